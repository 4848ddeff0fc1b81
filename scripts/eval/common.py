"""Data preparation and scoring shared by every system: the protocol of ../shared/eval/README.md.

Everything that decides *what* is compared lives here, so that all systems see the same sentences,
the same k and the same references:

- CNN/DM: the row's pre-split `sentences`, k = 3, references = the highlights, one per line.
- BBC: paragraphs split at blank lines, each split into sentences with NLTK Punkt (English);
  k = round(0.42 * number of sentences) with Python's round (half to even: half-up gives
  BBC dev Lead 63.78 instead of the README's 63.73); references split with Punkt.
- ROUGE: Google's rouge-score 0.1.2, Porter stemmer, F1 x 100 of ROUGE-1, ROUGE-2 and rougeLsum with
  one sentence per line in both summary and reference. Words = whitespace tokens of the summary.
"""

import functools
import gzip
import json
import os
import re

# Bump when anything here changes what a system is given or how it is scored: cached peer results
# (run.py) are keyed on it, not on this file's text.
PROTOCOL_VERSION = 1

DATASETS = {
    # name: (file, label in tables)
    "cnndm": ("cnndm.jsonl.gz", "CNN/DM"),
    "bbc": ("bbc.jsonl.gz", "BBC"),
}
CNNDM_K = 3
BBC_RATIO = 0.42
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@functools.lru_cache(maxsize=None)
def _punkt():
    # Imported late: only BBC needs it. The punkt_tab data is in the venv's nltk_data (scripts/setup.sh eval).
    import nltk

    return nltk.tokenize.PunktTokenizer("english")


def punkt_sentences(text):
    return [s for s in _punkt().tokenize(text) if s.strip()]


def bbc_paragraphs(text):
    """The article's paragraphs (blank-line separated), each a list of Punkt sentences."""
    return [punkt_sentences(p.strip()) for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def data_file(data_dir, dataset):
    return os.path.join(data_dir, DATASETS[dataset][0])


def load(data_dir, dataset, split, limit=None):
    """Prepared articles of one split, in file order.

    Each is a dict: id, sentences (what the extractive systems choose from), k, ref (reference
    sentences), and for BBC also text, title and paragraphs (lists of sentences).
    """
    out = []
    with gzip.open(data_file(data_dir, dataset), "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["split"] != split:
                continue
            if dataset == "cnndm":
                art = {
                    "id": row["id"],
                    "sentences": row["sentences"],
                    "k": CNNDM_K,
                    "ref": [s for s in row["summary"].split("\n") if s.strip()],
                }
            else:
                paragraphs = bbc_paragraphs(row["text"])
                sentences = [s for p in paragraphs for s in p]
                art = {
                    "id": row["id"],
                    "sentences": sentences,
                    "paragraphs": paragraphs,
                    "k": round(BBC_RATIO * len(sentences)),
                    "ref": punkt_sentences(row["summary"]),
                    "text": row["text"],
                    "title": row.get("title", ""),
                }
            out.append(art)
            if limit and len(out) >= limit:
                break
    return out


class _MemoPorter:
    """rouge-score's Porter stemmer with a cache: the same stems, about twice the scoring speed."""

    def __init__(self):
        from nltk.stem import porter

        self.stem = functools.lru_cache(maxsize=None)(porter.PorterStemmer().stem)


class _Tokenizer:
    """rouge-score's default tokenizer (tokenize.tokenize with a Porter stemmer), memoized stems."""

    def __init__(self):
        from rouge_score import tokenize

        self._tokenize = tokenize.tokenize
        self._stemmer = _MemoPorter()

    def tokenize(self, text):
        return self._tokenize(text, self._stemmer)


class Scorer:
    def __init__(self):
        from rouge_score import rouge_scorer

        # Equivalent to RougeScorer(..., use_stemmer=True); checked equal on CNN/DM dev Lead-3.
        self._scorer = rouge_scorer.RougeScorer(
            ["rouge1", "rouge2", "rougeLsum"], tokenizer=_Tokenizer()
        )

    def score(self, summary, ref):
        """Per-article figures for a summary (list of sentences) against reference sentences."""
        # Joined as they are: a line break inside a sentence (BBC's bulleted lists) splits it for
        # rougeLsum, for every system alike; normalizing it away moves BBC dev TextRank RLsum by
        # +0.02 off the README's figures.
        s = self._scorer.score("\n".join(ref), "\n".join(summary))
        return {
            "r1": 100 * s["rouge1"].fmeasure,
            "r2": 100 * s["rouge2"].fmeasure,
            "rlsum": 100 * s["rougeLsum"].fmeasure,
            "words": sum(len(x.split()) for x in summary),
        }


_worker_scorer = []


def _score_pair(pair):
    if not _worker_scorer:
        _worker_scorer.append(Scorer())
    return _worker_scorer[0].score(*pair)


def score_all(pairs, workers=2):
    """Scorer.score over [(summary, ref)], in order, with `workers` processes (ROUGE is the slow part
    of a tuning loop: rougeLsum on BBC's ~9-sentence summaries takes ~10 ms an article)."""
    if workers <= 1 or len(pairs) < 200:
        return [_score_pair(p) for p in pairs]
    from multiprocessing import Pool

    with Pool(workers) as pool:
        return pool.map(_score_pair, pairs, chunksize=64)


def mean(records):
    n = len(records)
    if n == 0:
        return None
    return {k: sum(r[k] for r in records) / n for k in ("r1", "r2", "rlsum", "words")} | {"n": n}
