"""Treebank text as sentence-splitting cases: Universal Dependencies treebanks turned into rows that
`scripts/eval/sentences.py --gold` scores with ../shared/eval/sentences/score.py.

Usage (from the repository root):
    python3 scripts/eval/ud_rows.py --split dev DIR [DIR ...] > target/eval/ud-dev.jsonl
    python3 scripts/eval/sentences.py --gold target/eval/ud-dev.jsonl --no-vi

Each DIR is a checkout of one treebank (github.com/UniversalDependencies/UD_<Language>-<Name>) or its
bare clone (the file is then read with `git show HEAD:…`). Its `*-ud-<split>.conllu` gives the rows: the
sentences of one paragraph (`# newpar`), or of one document where a treebank marks no paragraphs, or ten
consecutive sentences where it marks neither, joined as the treebank spaces them (one space between
sentences; runs of ten, too, where every sentence is a document of its own); the row's language is the file name's prefix ("de_gsd-ud-dev.conllu" → "de"). A row holds at
most 20 sentences.

The treebanks' sentence ends are their annotators', made for parsing: a heading is a sentence, and so is
a line with no punctuation at all, so a perfect score is out of reach for any splitter. Look at `dev`,
report `test`: pySBD's cases were tuned on; this set is the cross-check.
"""

import argparse
import glob
import json
import os
import subprocess
import sys

MAX_SENTENCES = 20
CHUNK_WITHOUT_MARKS = 10


def conllu_text(directory, split):
    """(file name, text) of the treebank's `split` file, from a checkout or a bare clone."""
    found = sorted(glob.glob(os.path.join(directory, f"*-ud-{split}.conllu")))
    if found:
        with open(found[0], encoding="utf-8") as f:
            return os.path.basename(found[0]), f.read()
    names = subprocess.run(["git", "--git-dir", directory, "ls-tree", "--name-only", "HEAD"],
                           capture_output=True, text=True).stdout.split()
    names = [n for n in names if n.endswith(f"-ud-{split}.conllu")]
    if not names:
        return None, None
    show = subprocess.run(["git", "--git-dir", directory, "show", f"HEAD:{names[0]}"], capture_output=True)
    if show.returncode != 0 or show.stdout.startswith(b"version https://git-lfs"):
        return names[0], None
    return names[0], show.stdout.decode("utf-8")


def groups(text):
    """The sentences' texts, grouped by paragraph, else by document, else in runs of ten."""
    marks_paragraphs = "# newpar" in text
    marks_documents = "# newdoc" in text
    current, out = [], []
    for line in text.splitlines():
        if line.startswith("# newpar") and marks_paragraphs or line.startswith("# newdoc") and marks_documents:
            if current:
                out.append(current)
            current = []
        elif line.startswith("# text ="):
            current.append(line[len("# text ="):].strip())
            if not (marks_paragraphs or marks_documents) and len(current) == CHUNK_WITHOUT_MARKS:
                out.append(current)
                current = []
    if current:
        out.append(current)
    # Some treebanks mark every sentence as a document of its own (the PUD sets, Japanese GSD): their
    # sentences are consecutive text all the same, taken in runs of ten.
    if out and all(len(group) == 1 for group in out):
        flat = [group[0] for group in out]
        out = [flat[at:at + CHUNK_WITHOUT_MARKS] for at in range(0, len(flat), CHUNK_WITHOUT_MARKS)]
    for group in out:
        for at in range(0, len(group), MAX_SENTENCES):
            yield group[at:at + MAX_SENTENCES]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", help="treebank checkouts or bare clones")
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    a = ap.parse_args()
    for directory in a.dirs:
        name, text = conllu_text(directory, a.split)
        if text is None:
            print(f"ud_rows: {directory}: no {a.split} file{' (stored elsewhere: ' + name + ')' if name else ''}", file=sys.stderr)
            continue
        lang = name.split("_")[0]
        for n, sentences in enumerate(groups(text)):
            row = {"lang": lang, "id": f"{name}/{n}", "text": " ".join(sentences), "sentences": sentences}
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
