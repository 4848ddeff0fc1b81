"""The languages Abridge supports, as the crate declares them: the order of `REGISTRY` in
src/lang/mod.rs and each folder's `tag` and `name` (src/lang/<module>/mod.rs). The scripts read them from
there, so that adding a language is the folder and its registry line, not a list in every script.
"""

import os
import re

LANG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "lang")


def supported():
    """[(tag, English name)] in registry order, `und` left out."""
    source = open(os.path.join(LANG, "mod.rs"), encoding="utf-8").read()
    registry = re.search(r"const REGISTRY: \[&LanguageData; \d+\] = \[(.*?)\];", source, re.S)
    out = []
    for module in re.findall(r"&(\w+)::DATA", registry.group(1)):
        data = open(os.path.join(LANG, module, "mod.rs"), encoding="utf-8").read()
        tag = re.search(r'\btag: "([^"]+)"', data).group(1)
        name = re.search(r'\bname: "([^"]+)"', data).group(1)
        if tag != "und":
            out.append((tag, name))
    return out


def tags():
    return [tag for tag, _ in supported()]


if __name__ == "__main__":
    print(" ".join(tags()))
