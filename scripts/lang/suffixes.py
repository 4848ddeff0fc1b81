#!/usr/bin/env python3
"""Learns the `[suffixes]` lists of the languages without a Snowball stemmer in `rust-stemmers`, and
measures them, on Universal Dependencies treebanks.

Czech, Slovak, Polish and Ukrainian inflect their nouns, adjectives and verbs by endings, so without a
stemmer the seven cases of a noun are seven terms. `tokenize` stands in for a stemmer with a light one:
it takes the longest ending of the language's `[suffixes]` list off a word (when three bytes are left),
as it takes Korean's particles off, but for the term only (the word is still shown as written).

The lists are learned from the *dev* files of the language's treebanks (two where the snapshot has two
with a dev file: a list learned from one genre carries over less well to another): the forms of one lemma (with the lemma) share a
stem, their longest common prefix, and what follows it in each form is an ending; the endings are
counted over the words (nouns, proper nouns, adjectives, verbs) and the CANDIDATES most frequent are
the candidates. Then each candidate whose removal from the list makes the pairs better (F1, below) is
removed, until none does: a frequent ending can be the end of a stem ("-na" of Czech "žena", which
would cut the word to "že" while "ženou" is "žen"). The figures are measured on the *test* file: of the
pairs of different word forms (types) that have the same lemma, the share made one term (recall), and
of the pairs made one term, the share that have the same lemma (precision). (CANDIDATES was chosen on
the dev file's halves, learning on the first and measuring on the second, from 40, 60, 80, 120, 160:
80 was best or within 0.03 F1 of the best in each language, with lists of 56 to 67 endings.)

Greek has a Snowball stemmer in `rust-stemmers`, but it was the largest single item of the page's
bundle (9.6 KB gzip of 200) and a learned list does as well on Greek-GDT's test file (F1 0.769 against
Snowball 3.0's 0.723): Greek's list is learned as the others are, on the words as `stopwords.FOLD` leaves
them (no accents, one sigma), which is how `tokenize` reads a Greek word before its ending comes off.

Hindi's list is not learned (its treebank with a dev file, HDTB, is not in the snapshot): it is the
published suffix list of Ramanathan and Rao's lightweight Hindi stemmer (2003), as Snowball's `hindi.sbl`
has it, and Snowball's algorithm is exactly this rule (the longest suffix, one letter left). Measured on
UD Hindi-PUD, the one Hindi treebank here (a test file only).

The result is written into `stopwords.txt` by `scripts/lang/stopwords.py` (its SUFFIXES, printed here).

Usage (bare clones or checkouts of the treebanks; `git show` reads a bare clone):
    python3 scripts/lang/suffixes.py --cs UD_Czech-FicTree UD_Czech-CAC --sk UD_Slovak-SNK \
        --pl UD_Polish-PDB UD_Polish-LFG --uk UD_Ukrainian-IU UD_Ukrainian-ParlaMint --el UD_Greek-GDT \
        --hi UD_Hindi-PUD
"""

import argparse
import collections
import os
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stopwords import FOLD, SUFFIXES  # noqa: E402

CONTENT = {"NOUN", "PROPN", "ADJ", "VERB"}
# What `tokenize` leaves of a word at the least (STEM_MIN_BYTES).
MIN_STEM_BYTES = 3
# Endings longer than this are not endings but parts of different stems.
MAX_SUFFIX_CHARS = 5
CANDIDATES = 80


def conllu_words(repo, split):
    """(form, lemma, UPOS) of every word of the treebank's `split` file, form and lemma in lower case
    (none if the treebank has no such file)."""
    if os.path.isdir(os.path.join(repo, "repo")):
        repo = os.path.join(repo, "repo")
    names = subprocess.run(["git", "-C", repo, "ls-tree", "--name-only", "HEAD"], capture_output=True,
                           text=True, check=True).stdout.split()
    name = next((n for n in names if n.endswith(f"-{split}.conllu")), None)
    if name is None:
        return []
    text = subprocess.run(["git", "-C", repo, "show", f"HEAD:{name}"], capture_output=True, text=True,
                          check=True).stdout
    rows = []
    for line in text.split("\n"):
        cols = line.split("\t")
        if len(cols) >= 4 and not line.startswith("#") and cols[0].isdigit():
            rows.append((cols[1].lower(), cols[2].lower(), cols[3]))
    return rows


def read_treebank(repo, split, tag=None):
    """(form, lemma) of the content words of the treebank's `split` file, lower case, with the letters of
    `tag`'s FOLD folded as `tokenize` folds them."""
    table = {entry[0]: entry[1] for entry in FOLD.get(tag, [])}
    fold = lambda word: "".join(table.get(c, c) for c in word)  # noqa: E731
    return [(fold(form), fold(lemma)) for form, lemma, upos in conllu_words(repo, split)
            if upos in CONTENT and all(unicodedata.category(c)[0] in "LM" for c in form)]


def learn(rows):
    """Endings by how many words end in them after their lemma's stem."""
    forms = collections.defaultdict(set)
    for form, lemma in rows:
        forms[lemma].add(form)
    stems = {lemma: os.path.commonprefix(sorted(f | {lemma})) for lemma, f in forms.items()}
    counts = collections.Counter()
    for form, lemma in rows:
        ending = form[len(stems[lemma]):]
        if ending and len(ending) <= MAX_SUFFIX_CHARS and len(stems[lemma]) >= 2:
            counts[ending] += 1
    return counts


def stemmer(suffixes):
    """`tokenize`'s rule: the longest suffix on the list, if MIN_STEM_BYTES are left."""
    ordered = sorted(suffixes, key=len, reverse=True)

    def stem(word):
        for s in ordered:
            if word.endswith(s) and len(word.encode()) >= len(s.encode()) + MIN_STEM_BYTES:
                return word[: -len(s)]
        return word

    return stem


def pairs(rows, stem):
    """Precision and recall of the pairs of word forms made one term, against the lemmas."""
    lemma_of = {}
    for form, lemma in rows:
        lemma_of.setdefault(form, lemma)
    by_stem, by_lemma, by_both = collections.Counter(), collections.Counter(), collections.Counter()
    for form, lemma in lemma_of.items():
        s = stem(form)
        by_stem[s] += 1
        by_lemma[lemma] += 1
        by_both[(s, lemma)] += 1
    n = lambda counts: sum(c * (c - 1) // 2 for c in counts.values())  # noqa: E731
    merged, same, right = n(by_stem), n(by_lemma), n(by_both)
    return (right / merged if merged else 1.0), (right / same if same else 0.0)


def prune(rows, suffixes):
    """The list without the endings whose removal makes the pairs of `rows` better, one at a time."""
    kept = list(suffixes)
    best = f1(*pairs(rows, stemmer(kept)))
    changed = True
    while changed:
        changed = False
        for ending in list(kept):
            trial = [s for s in kept if s != ending]
            score = f1(*pairs(rows, stemmer(trial)))
            if score > best:
                best, kept, changed = score, trial, True
    return kept


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for tag in ("cs", "sk", "pl", "uk", "el", "hi"):
        parser.add_argument(f"--{tag}", nargs="+", default=[], help="the clones of the language's treebanks")
    args = parser.parse_args()
    learned = {}
    for tag in ("cs", "sk", "pl", "uk", "el"):
        repos = getattr(args, tag)
        if not repos:
            continue
        dev = [row for repo in repos for row in read_treebank(repo, "dev", tag)]
        suffixes = prune(dev, [s for s, _ in learn(dev).most_common(CANDIDATES)])
        learned[tag] = suffixes
        for repo in repos:
            test = read_treebank(repo, "test", tag)
            p0, r0 = pairs(test, lambda w: w)
            p, r = pairs(test, stemmer(suffixes))
            shipped = pairs(test, stemmer(SUFFIXES.get(tag, [])))
            print(f"{tag} ({os.path.basename(repo.rstrip('/'))}): {len(suffixes)} endings; test pairs made one term: "
                  f"recall {r0:.3f} -> {r:.3f}, precision {p:.3f}, F1 {f1(p, r):.3f} (as shipped: {f1(*shipped):.3f})")
    for repo in args.hi:
        test = read_treebank(repo, "test")
        p0, r0 = pairs(test, lambda w: w)
        p, r = pairs(test, stemmer(SUFFIXES["hi"]))
        print(f"hi: {len(SUFFIXES['hi'])} suffixes (Ramanathan and Rao); test pairs made one term: recall "
              f"{r0:.3f} -> {r:.3f}, precision {p:.3f}, F1 {f1(p, r):.3f}")
    print("SUFFIXES learned:")
    for tag, suffixes in learned.items():
        print(f'    "{tag}": {suffixes!r},')


if __name__ == "__main__":
    main()
