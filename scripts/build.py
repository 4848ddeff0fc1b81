#!/usr/bin/env python3
"""Builds the WebAssembly module with wasm-pack, then shrinks it with wasm-opt.

Every setting comes from wasm-pack.toml (wasm-pack itself never reads that file): one `wasm-pack build`
and one `wasm-opt` call per [[build]] section. Prints the size of each output, raw and gzip.
"""
import gzip
import os
import shutil
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def sizes(path):
    data = open(path, "rb").read()
    return len(data), len(gzip.compress(data, 9))


def main():
    config = tomllib.load(open(os.path.join(ROOT, "wasm-pack.toml"), "rb"))
    pack, opt = config["wasm-pack"], config["wasm-opt"]
    wasm_opt = shutil.which("wasm-opt", path=os.path.join(ROOT, "node_modules", ".bin"))
    if wasm_opt is None:
        sys.exit("build: node_modules/.bin/wasm-opt is missing: run `make setup` (npm package binaryen)")
    only = set(sys.argv[1:])
    for build in config["build"]:
        if only and build["name"] not in only:
            continue
        out_dir, name = build["out-dir"], pack["out-name"]
        cmd = ["wasm-pack", "--quiet", "build", "--no-opt", "--" + pack["profile"],
               "--target", build["target"], "--out-dir", out_dir, "--out-name", name]
        if build.get("scope"):
            cmd += ["--scope", build["scope"]]
        cmd += ["--", *pack.get("cargo-args", [])]
        run(cmd)
        wasm = os.path.join(ROOT, out_dir, name + "_bg.wasm")
        run([wasm_opt, *opt["args"], wasm, "-o", wasm])
        # wasm-pack writes a .gitignore of "*" into its output; the page's copy is served, not committed,
        # and the npm package is published from pkg/, so the file only gets in the way of `npm pack`.
        gitignore = os.path.join(ROOT, out_dir, ".gitignore")
        if build["name"] == "npm" and os.path.exists(gitignore):
            os.remove(gitignore)
        glue = os.path.join(ROOT, out_dir, name + ".js")
        (wr, wg), (jr, jg) = sizes(wasm), sizes(glue)
        print(f"build {build['name']}: {out_dir}/{name}_bg.wasm {wr/1024:.1f} KB raw, {wg/1024:.1f} KB gzip; "
              f"glue {jr/1024:.1f} KB raw, {jg/1024:.1f} KB gzip; total {(wg+jg)/1024:.1f} KB gzip")


if __name__ == "__main__":
    main()
