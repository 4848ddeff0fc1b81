// The saved pages that paste_pages.mjs and widget_pages.mjs go through: the NAME.html.gz and NAME.html
// files of the folders given on the command line, sorted by name in each.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The pages of the folders in `process.argv`, or the usage line and exit 2 when none is given. */
export function savedPages(script) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error(`usage: node scripts/pastes/${script} HTML_DIR...`);
    process.exit(2);
  }
  return dirs.flatMap((dir) => fs.readdirSync(dir).filter((f) => /\.html(\.gz)?$/.test(f)).sort().map((f) => path.join(dir, f)));
}

/** A saved page's HTML. */
export function readPage(file) {
  return (file.endsWith('.gz') ? zlib.gunzipSync(fs.readFileSync(file)) : fs.readFileSync(file)).toString('utf8');
}
