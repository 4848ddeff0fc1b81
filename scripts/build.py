#!/usr/bin/env python3
"""Builds the WebAssembly module with wasm-pack, then shrinks it with wasm-opt and its JS glue with esbuild.

Every setting comes from wasm-pack.toml (wasm-pack itself never reads that file): one `wasm-pack build`,
one `wasm-opt` call, the [glue] replacements and one `esbuild` call per [[build]] section. Prints the size of each output, raw and
gzip.

Before that, www/vendor/: third-party modules the page loads on demand, copied from node_modules (Mozilla's
Readability, for the HTML article extractor www/extract.js), so that no third-party code is committed.

Then, for the page (www/pkg/): pkg/build-info.js, the version, content hash and file list the service worker
precaches (www/sw.js), and the single-file build dist/abridge.html (scripts/single_file.py). For the npm
package (pkg/): the high-level modules (abridge-api.js, abridge-client.js, abridge-summary.js,
summarizer-polyfill.js, worker.js, the HTML article extractor extract.js, and the modules they import) and their
hand-written types under pkg/web/ with web/vendor/ (what extract.js loads on demand), listed in package.json
"files" and "exports"; and pkg/README.md, the package's npm page (docs/npm-package.md, in place of the crate
README that wasm-pack copies).
"""
import glob
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib

import single_file

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, env=None):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True, env=env)


def rustflags_env(flags):
    """The environment with wasm-pack.toml's rustflags added to any RUSTFLAGS, "{registry}" expanded to
    each of cargo's registry source folders (one flag each)."""
    cargo_home = os.environ.get("CARGO_HOME") or os.path.join(os.path.expanduser("~"), ".cargo")
    if any("{registry}" in flag for flag in flags):
        # On a fresh machine the folders appear only when the crates are first downloaded.
        run(["cargo", "fetch", "--quiet"])
    registries = sorted(glob.glob(os.path.join(cargo_home, "registry", "src", "*")))
    expanded = []
    for flag in flags:
        expanded += [flag.replace("{registry}", r) for r in registries] if "{registry}" in flag else [flag]
    env = dict(os.environ)
    # The encoded form (flags separated by 0x1F) keeps a cargo home with a space in its path one flag.
    env["CARGO_ENCODED_RUSTFLAGS"] = "\x1f".join([*env.get("RUSTFLAGS", "").split(), *expanded])
    return env


def patch_glue(glue, replacements):
    """Applies wasm-pack.toml's [glue] replacements to the glue wasm-bindgen wrote, each exactly once: a
    text not found once (a wasm-bindgen that writes its glue differently) stops the build."""
    source = open(glue, encoding="utf-8").read()
    for old, new in replacements:
        if source.count(old) != 1:
            sys.exit(f"build: {glue} holds {old!r} {source.count(old)} times, not once: update [glue] replace "
                     "in wasm-pack.toml for this wasm-bindgen")
        source = source.replace(old, new)
    open(glue, "w", encoding="utf-8").write(source)


def sizes(path):
    data = open(path, "rb").read()
    return len(data), len(gzip.compress(data, 9))


def main():
    config = tomllib.load(open(os.path.join(ROOT, "wasm-pack.toml"), "rb"))
    pack, opt = config["wasm-pack"], config["wasm-opt"]
    wasm_opt = shutil.which("wasm-opt", path=os.path.join(ROOT, "node_modules", ".bin"))
    if wasm_opt is None:
        sys.exit("build: node_modules/.bin/wasm-opt is missing: run `make setup` (npm package binaryen)")
    esbuild = shutil.which("esbuild", path=os.path.join(ROOT, "node_modules", ".bin"))
    if esbuild is None:
        sys.exit("build: node_modules/.bin/esbuild is missing: run `make setup` (npm package esbuild)")
    only = set(sys.argv[1:])
    vendor()
    # One environment for every build: the registry folders it names are looked up (and fetched) once.
    build_env = rustflags_env(pack.get("rustflags", []))
    for build in config["build"]:
        if only and build["name"] not in only:
            continue
        out_dir, name = build["out-dir"], pack["out-name"]
        cmd = ["wasm-pack", "--quiet", "build", "--no-opt", "--" + pack["profile"],
               "--target", build["target"], "--out-dir", out_dir, "--out-name", name]
        if build.get("scope"):
            cmd += ["--scope", build["scope"]]
        cmd += ["--", *pack.get("cargo-args", [])]
        run(cmd, env=build_env)
        wasm = os.path.join(ROOT, out_dir, name + "_bg.wasm")
        run([wasm_opt, *opt["args"], wasm, "-o", wasm])
        # wasm-pack writes a .gitignore of "*" into its output; the page's copy is served, not committed,
        # and the npm package is published from pkg/, so the file only gets in the way of `npm pack`.
        gitignore = os.path.join(ROOT, out_dir, ".gitignore")
        if build["name"] == "npm" and os.path.exists(gitignore):
            os.remove(gitignore)
        glue = os.path.join(ROOT, out_dir, name + ".js")
        patch_glue(glue, config["glue"].get("replace", []))
        run([esbuild, glue, *config["glue"]["esbuild-args"], "--outfile=" + glue, "--allow-overwrite"])
        (wr, wg), (jr, jg) = sizes(wasm), sizes(glue)
        print(f"build {build['name']}: {out_dir}/{name}_bg.wasm {wr/1024:.1f} KB raw, {wg/1024:.1f} KB gzip; "
              f"glue {jr/1024:.1f} KB raw, {jg/1024:.1f} KB gzip; total {(wg+jg)/1024:.1f} KB gzip")
        if build["name"] == "page":
            write_build_info(os.path.join(ROOT, out_dir))
            single_file.main()
        elif build["name"] == "npm":
            package_extras(os.path.join(ROOT, out_dir), name)


# ---------------------------------------------------------------------------------------------------
# Third-party modules for the page, from node_modules

VENDOR = os.path.join(ROOT, "www", "vendor")
# name in www/vendor/ -> (the npm package's folder, its script, its licence file, the names it defines)
VENDORED = {
    "readability.js": ("@mozilla/readability", "Readability.js", "LICENSE.md", ["Readability"]),
}
# The CommonJS export at the end of such a script (`if (typeof module === "object") { … module.exports = … }`).
COMMONJS_EXPORT = re.compile(r'\nif \(typeof module === "object"\) \{[^{}]*?module\.exports = [^{}]*?\}\s*$')


def vendor():
    """Copies each script of VENDORED into www/vendor/ as an ES module, with its licence.

    Readability ships as a CommonJS script; its CommonJS export is replaced by an `export` of the names it
    declares, which is all the page needs (no bundler), and bundlers then see a plain ES module."""
    os.makedirs(VENDOR, exist_ok=True)
    for name, (package, script, licence, names) in VENDORED.items():
        folder = os.path.join(ROOT, "node_modules", *package.split("/"))
        if not os.path.exists(os.path.join(folder, script)):
            sys.exit(f"build: node_modules/{package}/{script} is missing: run `make setup` (npm package {package})")
        with open(os.path.join(folder, "package.json"), encoding="utf-8") as f:
            version = json.load(f)["version"]
        with open(os.path.join(folder, script), encoding="utf-8") as f:
            source = f.read()
        source, found = COMMONJS_EXPORT.subn("\n", source)
        if found != 1:
            sys.exit(f"build: node_modules/{package}/{script} does not end in the CommonJS export build.py replaces")
        with open(os.path.join(VENDOR, name), "w", encoding="utf-8") as f:
            f.write(f"// {package} {version}, {script}, copied by scripts/build.py from node_modules (its CommonJS "
                    f"export made an ES one); licence in {name[:-3]}.LICENSE.md.\n")
            f.write(source)
            f.write(f"export {{ {', '.join(names)} }};\n")
        shutil.copyfile(os.path.join(folder, licence), os.path.join(VENDOR, name[:-3] + ".LICENSE.md"))
        print(f"build vendor: www/vendor/{name} from {package} {version}")


# ---------------------------------------------------------------------------------------------------
# The page's offline copy

WWW = os.path.join(ROOT, "www")
# Not needed to run the page offline: the worker itself, types, and wasm-pack's package files.
NOT_PRECACHED = re.compile(r"^(sw\.js|.*\.d\.ts|pkg/package\.json|pkg/build-info\.js|pkg/\.gitignore|pkg/README.*|pkg/LICENSE.*)$")


def crate_version():
    with open(os.path.join(ROOT, "Cargo.toml"), "rb") as f:
        return tomllib.load(f)["package"]["version"]


def write_build_info(pkg_dir):
    """pkg/build-info.js for sw.js: the cache is named for the version and a hash of every file it holds."""
    files = []
    for folder, dirs, names in os.walk(WWW):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            rel = os.path.relpath(os.path.join(folder, name), WWW).replace(os.sep, "/")
            if not name.startswith(".") and not NOT_PRECACHED.match(rel):
                files.append(rel)
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode() + b"\0")
        with open(os.path.join(WWW, rel), "rb") as f:
            digest.update(f.read())
    info = {"version": crate_version(), "hash": digest.hexdigest()[:10], "files": ["./"] + [f"./{f}" for f in files]}
    with open(os.path.join(pkg_dir, "build-info.js"), "w") as f:
        f.write("// Written by scripts/build.py: what the service worker (sw.js) precaches, and the cache's version.\n")
        f.write(f"self.ABRIDGE_BUILD = {json.dumps(info, indent=2)};\n")
    print(f"build offline copy: cache abridge-offline-{info['version']}-{info['hash']}, {len(info['files'])} files")


# ---------------------------------------------------------------------------------------------------
# The npm package

# The modules on top of the raw binding, copied to pkg/web/ with whatever they import (and their types),
# where the glue and the .wasm are one folder up (`./pkg/` in www/ becomes `../`).
WEB_ENTRIES = ["abridge-api.js", "abridge-client.js", "abridge-summary.js", "summarizer-polyfill.js", "worker.js",
               "extract.js"]
EXPORTS = {
    ".": {"types": "./abridge.d.ts", "default": "./abridge.js"},
    "./api": {"types": "./web/abridge-api.d.ts", "default": "./web/abridge-api.js"},
    "./client": {"types": "./web/abridge-client.d.ts", "default": "./web/abridge-client.js"},
    "./widget": {"types": "./web/abridge-summary.d.ts", "default": "./web/abridge-summary.js"},
    "./polyfill": {"types": "./web/summarizer-polyfill.d.ts", "default": "./web/summarizer-polyfill.js"},
    "./extract": {"types": "./web/extract.d.ts", "default": "./web/extract.js"},
    "./worker.js": "./web/worker.js",
    "./abridge_bg.wasm": "./abridge_bg.wasm",
    "./package.json": "./package.json",
}
# Modules that do something when imported (define the element, install the global): bundlers keep them.
SIDE_EFFECTS = ["./web/abridge-summary.js", "./web/summarizer-polyfill.js", "./snippets/*"]
# A module's references to its siblings: `from './x.js'`, `import './x.js'`, `new URL('./x.js', import.meta.url)`.
SIBLING = re.compile(r"""(?:from\s+|import\s+|new URL\()'\./([\w.-]+\.js)'""")


def web_modules():
    """The entry modules and every sibling module they reach, in a stable order."""
    found, todo = [], list(WEB_ENTRIES)
    while todo:
        module = todo.pop(0)
        if module in found:
            continue
        found.append(module)
        with open(os.path.join(WWW, module), encoding="utf-8") as f:
            todo += SIBLING.findall(f.read())
    return found


def package_extras(pkg_dir, name):
    web = os.path.join(pkg_dir, "web")
    shutil.rmtree(web, ignore_errors=True)
    os.makedirs(web)
    modules = web_modules()
    typed = [m[:-3] + ".d.ts" for m in modules if os.path.exists(os.path.join(WWW, m[:-3] + ".d.ts"))]
    for module in modules + typed:
        with open(os.path.join(WWW, module), encoding="utf-8") as f:
            source = f.read()
        source = source.replace("'./pkg/", "'../")
        if "./pkg/" in source:
            sys.exit(f"build: www/{module} refers to ./pkg/ in a way the npm copy cannot rewrite")
        with open(os.path.join(web, module), "w", encoding="utf-8") as f:
            f.write(source)

    vendor_copy = os.path.join(web, "vendor")
    shutil.rmtree(vendor_copy, ignore_errors=True)
    shutil.copytree(VENDOR, vendor_copy, ignore=shutil.ignore_patterns(".*"))

    # wasm-bindgen types the raw export table's externref parameter as `any`; `unknown` says the same
    # without opening a hole in strict TypeScript. Nothing public is typed `any`: checked below.
    dts = os.path.join(pkg_dir, name + ".d.ts")
    with open(dts, encoding="utf-8") as f:
        types = f.read()
    types = re.sub(r"(\(.*?): any\)", r"\1: unknown)", types)
    types = re.sub(r"\b(\w+): any\b", r"\1: unknown", types)
    with open(dts, "w", encoding="utf-8") as f:
        f.write(types)
    for types_file in [dts] + [os.path.join(web, m) for m in typed]:
        with open(types_file, encoding="utf-8") as f:
            if re.search(r"\bany\b", re.sub(r"//.*|/\*[\s\S]*?\*/", "", f.read())):
                sys.exit(f"build: {os.path.relpath(types_file, ROOT)} has an `any` type")

    shutil.copyfile(os.path.join(ROOT, "docs", "npm-package.md"), os.path.join(pkg_dir, "README.md"))

    manifest_path = os.path.join(pkg_dir, "package.json")
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    manifest["files"] = sorted(set(manifest.get("files", [])) | {"web/"})
    manifest["exports"] = EXPORTS
    manifest["sideEffects"] = SIDE_EFFECTS
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"build npm extras: pkg/web/ ({len(modules)} modules, {len(typed)} type files, vendor/), "
          f"package.json exports {', '.join(EXPORTS)}")


if __name__ == "__main__":
    main()
