#!/usr/bin/env python3
"""Writes dist/abridge.html: the whole page in one file that works opened straight from disk (file://).

Called by scripts/build.py after the page's build (www/pkg/). Everything is inlined:
- the stylesheet, as one <style>;
- the page's modules (reading.js, transcript.js, sample.js, saved-work.js, trusted-types.js, abridge-client.js, latest-request.js, app.js) as one inline module script:
  their relative imports and `export` keywords are stripped, which is safe because they are concatenated into
  one module scope in dependency order (the build fails if any other import is left);
- the worker: the wasm-bindgen glue, the .wasm as base64 and worker.js, concatenated into one classic script
  that the page turns into a Blob URL (`configure({ workerUrl, workerType: 'classic' })`: Chromium starts no
  module worker from a blob: URL of a file:// page). worker.js's import of the glue becomes the glue's
  functions, and it finds the module in `globalThis.__abridgeInline.wasm` and fetches nothing.

The file keeps a strict Content Security Policy: scripts and styles allowed by their SHA-256 hashes only,
workers from blob: only, 'wasm-unsafe-eval' for the module, and no connect-src at all, so the page could not
send the text anywhere even if it tried.
"""
import base64
import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WWW = os.path.join(ROOT, "www")
OUT = os.path.join(ROOT, "dist", "abridge.html")

# The page's own modules, dependencies first.
MODULES = ["reading.js", "transcript.js", "sample.js", "saved-work.js", "trusted-types.js", "abridge-client.js", "latest-request.js", "app.js"]
LOCAL_IMPORT = re.compile(r"^import \{[^}]*\} from '\./[\w.-]+\.js';\n", re.M)
# The glue's `export { a as default, b as summarize }` (or `export{…}` minified), where it stands.
GLUE_EXPORT_LIST = re.compile(r"(?:^|(?<=[;}\s]))export\s*\{([^}]*)\};?\n?", re.M)
# worker.js's one import: the glue, as a namespace.
GLUE_IMPORT = re.compile(r"^import \* as (\w+) from '\./pkg/abridge\.js';\n", re.M)


def read(*parts):
    with open(os.path.join(*parts), encoding="utf-8") as f:
        return f.read()


def fail(message):
    sys.exit(f"single_file: {message}")


def strip_module(name, source):
    for imported in re.findall(r"^import \{[^}]*\} from '\./([\w.-]+\.js)';$", source, re.M):
        if imported not in MODULES[:MODULES.index(name)]:
            fail(f"{name} imports {imported}, which MODULES does not list before it")
    source = LOCAL_IMPORT.sub("", source)
    source = re.sub(r"^export (?=(class|const|function|async function|let) )", "", source, flags=re.M)
    if re.search(r"^\s*(import|export)\b", source, re.M):
        fail(f"{name} has an import or export this build does not know how to inline")
    return source


def script_safe(source, what):
    """Code that can sit inside <script>…</script> unchanged."""
    if re.search(r"</script|<!--", source, re.I):
        fail(f"{what} contains </script or <!--, which would end the inline script")
    return source


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def classic(name, source):
    """A module's source as a classic script: Chromium will not start a module worker from a blob: URL of a
    file:// page (its origin is opaque), so the inlined worker is a classic one. `import.meta` is a syntax
    error there; the URL it gives is never used when everything is inlined."""
    # The glue is minified (wasm-pack.toml's [glue]): its export list may stand anywhere on a line.
    source = GLUE_EXPORT_LIST.sub("", source)
    source = re.sub(r"^export (?=(class|const|function|async function|let) )", "", source, flags=re.M)
    source = source.replace("import.meta.url", "self.location.href")
    # Anywhere on a line, not only at its start: the glue is minified.
    if re.search(r"^\s*import\b|\bexport\s*(\{|\*|default\b|function\b|class\b|const\b|let\b|var\b)|import\.meta", source, re.M):
        fail(f"{name} has an import or export that a classic worker cannot hold")
    return source


def glue_exports(glue):
    """`name: local` pairs for everything the glue exports (`export function f`, `export { a, b as c }`)."""
    pairs = [(name, name) for name in re.findall(r"^export function (\w+)\(", glue, re.M)]
    for group in GLUE_EXPORT_LIST.findall(glue):
        for item in filter(None, (part.strip() for part in group.split(","))):
            local, _, exported = item.partition(" as ")
            pairs.append((exported.strip() or local.strip(), local.strip()))
    names = {name for name, _ in pairs}
    for needed in ("default", "summarize", "version"):
        if needed not in names:
            fail(f"the wasm-bindgen glue does not export {needed}: has wasm-bindgen changed its output?")
    return pairs


def worker_source():
    glue = read(WWW, "pkg", "abridge.js")
    exports = ", ".join(f"{name}: {local}" for name, local in glue_exports(glue))
    with open(os.path.join(WWW, "pkg", "abridge_bg.wasm"), "rb") as f:
        wasm = base64.b64encode(f.read()).decode()
    worker = read(WWW, "worker.js")
    if "globalThis.__abridgeInline" not in worker:
        fail("worker.js no longer reads globalThis.__abridgeInline")
    worker, n = GLUE_IMPORT.subn(lambda m: f"const {m.group(1)} = globalThis.__abridgeInline.glue;\n", worker)
    if n != 1:
        fail("worker.js no longer imports the glue as `import * as glue from './pkg/abridge.js'`")
    # One classic script, each part in its own block scope so that their top-level names cannot collide
    # (function declarations in blocks are block-scoped in strict code, hence the directive).
    return ("'use strict';\n"
            "globalThis.__abridgeInline = { wasm: '" + wasm + "' };\n"
            "{\n" + classic("the glue", glue) + "\n"
            "globalThis.__abridgeInline.glue = { " + exports + " };\n}\n"
            "{\n" + classic("worker.js", worker) + "\n}\n")


def main():
    html = read(WWW, "index.html")
    css = read(WWW, "style.css")
    if "url(" in css:
        fail("style.css refers to another file with url(): inline it too")

    worker = json.dumps(worker_source()).replace("<", "\\u003c")
    code = "\n".join([
        "// Abridge, single-file build (scripts/single_file.py): the modules of www/ in one scope.",
        *(strip_module(name, read(WWW, name)) for name in MODULES[:-1]),
        "// The worker runs from a Blob URL made from this source: glue, .wasm (base64) and worker.js.",
        f"const ABRIDGE_WORKER_SOURCE = {worker};",
        "configure({ workerUrl: URL.createObjectURL(new Blob([ABRIDGE_WORKER_SOURCE], { type: 'text/javascript' })), workerType: 'classic' });",
        strip_module(MODULES[-1], read(WWW, MODULES[-1])),
    ])
    code = script_safe(code, "the page's script")
    css = script_safe(css, "style.css")  # the same two sequences would end a <style> early too

    policy = ("default-src 'none'; "
              f"script-src {sha256(code)} 'wasm-unsafe-eval'; "
              f"style-src {sha256(css)}; "
              "worker-src blob:; img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'")

    replacements = [
        (r'<html lang="en">', '<html lang="en" data-single-file>'),
        (r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
         f'<meta http-equiv="Content-Security-Policy" content="{policy}">'),
        (r'\s*<link rel="manifest"[^>]*>', ""),
        (r'\s*<link rel="apple-touch-icon"[^>]*>', ""),
        (r'\s*<link rel="modulepreload"[^>]*>', ""),
        (r'<link rel="stylesheet" href="\./style\.css">', lambda _: f"<style>{css}</style>"),
        (r'<script type="module" src="\./app\.js"></script>', lambda _: f'<script type="module">{code}</script>'),
    ]
    for pattern, replacement in replacements:
        html, n = re.subn(pattern, replacement, html, count=0 if "modulepreload" in pattern else 1)
        if n < 1:
            fail(f"index.html has no {pattern!r} any more")
    leftover = re.findall(r'(?:src|href)="(?!data:|#)[^"]*"', html)
    if leftover:
        fail(f"index.html still refers to other files: {leftover}")

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"build single-file: dist/abridge.html {len(html.encode()) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
