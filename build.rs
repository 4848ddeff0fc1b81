//! Build script: the language data files (`src/lang/**/*.txt`) as the `.wasm` carries them, without
//! their comment lines and blank lines.
//!
//! The data files explain themselves in `#` comments (sources, licences, what each section means); the
//! parser (`lang::sections`) skips those lines, so the module would carry them for nothing — every byte
//! of the `.wasm` is downloaded by every reader. Each file is copied to `$OUT_DIR/lang/` with those
//! lines dropped, by the parser's own rule (a line that is blank or starts with `#` once trimmed), and
//! `lang::data_file!` includes the copy. The entries themselves are copied byte for byte; a stopword
//! list's are sorted, as its run-time set does not care about their order and sorted words compress
//! better.

use std::fs;
use std::path::Path;

fn main() {
    let source = Path::new("src/lang");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lang");
    println!("cargo:rerun-if-changed=src/lang");
    copy_stripped(source, &out);
}

fn copy_stripped(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create the stripped data directory");
    let mut entries: Vec<_> = fs::read_dir(from).expect("read src/lang").map(|e| e.expect("a directory entry").path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().expect("a file name");
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            copy_stripped(&path, &to.join(name));
        } else if path.extension().is_some_and(|e| e == "txt") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut kept: Vec<&str> = text
                .lines()
                .filter(|line| {
                    let line = line.trim();
                    !line.is_empty() && !line.starts_with('#')
                })
                .collect();
            if name == "stopwords.txt" {
                sort_each_section(&mut kept);
            }
            let kept: String = kept.iter().flat_map(|line| [*line, "\n"]).collect();
            fs::write(to.join(name), kept).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
    }
}

/// A stopword list is a set (`lang::Lexicon`), but its file keeps the source's order (most frequent
/// first): sorted, each word sits beside the words it shares letters with, and the `.wasm` compresses
/// better (docs/performance.md). Each `[section]` header stays where it is and its entries are sorted.
fn sort_each_section(lines: &mut [&str]) {
    for section in lines.split_mut(|line| line.starts_with('[')) {
        section.sort_unstable();
    }
}
