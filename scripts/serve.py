#!/usr/bin/env python3
"""Serves the Abridge page (www/) for development: `make serve`, or `python3 scripts/serve.py`.

Python standard library only. Sends the MIME types the page needs (`.wasm` as application/wasm, so the
browser can compile while downloading; `.js`/`.mjs` as text/javascript, which module scripts and module
workers require), and `Cache-Control: no-cache` so that a rebuilt `.wasm` or an edited script is picked up
on reload (the browser revalidates; unchanged files still answer 304). If the port is taken, the next few
ports are tried.

Every answer carries the page's Content-Security-Policy (read from the meta tag of www/index.html, the one
place it is written) as a header too: workers and the service worker get their policy only from the header,
so this is what makes them run under Trusted Types as the page does.
"""
import argparse
import errno
import functools
import http.server
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WWW = os.path.join(ROOT, "www")
PORT_ATTEMPTS = 10  # the asked-for port and the next nine


def page_policy(directory):
    """The Content-Security-Policy of index.html's meta tag in `directory`, or None."""
    try:
        with open(os.path.join(directory, "index.html"), encoding="utf-8") as f:
            found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', f.read())
    except OSError:
        return None
    return found.group(1) if found else None


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
        ".css": "text/css",
        ".html": "text/html",
        ".txt": "text/plain",
        ".map": "application/json",
        ".ts": "text/plain",
    }

    def guess_type(self, path):
        mime = super().guess_type(path)
        if mime.startswith("text/") and "charset" not in mime:
            mime += "; charset=utf-8"
        return mime

    policy = None

    def end_headers(self):
        if self.policy:
            self.send_header("Content-Security-Policy", self.policy)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format, *args):
        # One short line per request, without the date the terminal already shows.
        sys.stderr.write("%s %s\n" % (self.address_string(), format % args))


def main():
    parser = argparse.ArgumentParser(description="Serve the Abridge page for development.")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="first port to try (default 8080)")
    parser.add_argument("--dir", default=WWW, help="directory to serve (default www/)")
    args = parser.parse_args()

    if not os.path.exists(os.path.join(args.dir, "pkg", "abridge_bg.wasm")):
        print(f"serve: warning: {os.path.join(args.dir, 'pkg')} has no build yet; run `make build`.",
              file=sys.stderr)

    Handler.policy = page_policy(args.dir)
    handler = functools.partial(Handler, directory=args.dir)
    server = None
    for port in range(args.port, args.port + PORT_ATTEMPTS):
        try:
            server = http.server.ThreadingHTTPServer((args.host, port), handler)
            break
        except OSError as err:
            if err.errno != errno.EADDRINUSE:
                raise
            print(f"serve: port {port} is taken, trying {port + 1}", file=sys.stderr)
    if server is None:
        sys.exit(f"serve: ports {args.port}-{args.port + PORT_ATTEMPTS - 1} are all taken; pass --port")

    host, port = server.server_address[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"Abridge is at http://{shown}:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nserve: stopped")
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
