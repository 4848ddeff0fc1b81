"""The systems Abridge is compared with: Lead, and sumy 0.13's TextRank and LexRank.

sumy is given the same pre-split sentences as every other system (one sumy Paragraph per article
paragraph, one Sentence per prepared sentence) rather than raw text through PlaintextParser, which
would re-split them with its own Punkt (plus extra abbreviations). That is how the README's baselines
were measured: with pre-split sentences CNN/DM dev and BBC dev match them to the hundredth; raw text
through PlaintextParser is 0.02-0.07 off (see docs/quality.md).

Each summarizer uses sumy's English Snowball stemmer and English stop words, as its README shows.
"""

import sys
import time
from multiprocessing import Pool

# Bump when a change here changes any peer's output: cached peer results (run.py) are keyed on it.
VERSION = 1

SUMY = {"textrank": "sumy TextRank", "lexrank": "sumy LexRank"}


def lead(art):
    k = art["k"]
    return {"indices": list(range(min(k, len(art["sentences"]))))}


_worker = {}


def _init_worker(name):
    import warnings

    # LexRank's power method divides by a zero norm on a few degenerate articles (NaN ratings, then
    # its usual ordering): sumy's own behaviour, measured as is; the warning would only be noise.
    warnings.filterwarnings("ignore", "invalid value encountered", RuntimeWarning)
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    cls = {"textrank": TextRankSummarizer, "lexrank": LexRankSummarizer}[name]
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    _worker.update(summarizer=summarizer, tokenizer=Tokenizer("english"))


def _sumy_one(art):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tok = _worker["tokenizer"]
    paragraphs = art.get("paragraphs") or [art["sentences"]]
    objects = [[Sentence(s, tok) for s in p] for p in paragraphs]
    doc = ObjectDocumentModel([Paragraph(p) for p in objects])
    chosen = _worker["summarizer"](doc, art["k"])
    # sumy returns Sentence objects; map them back to positions by identity, never by text
    # (sumy itself keys ratings by text, so duplicate sentences share a rating: its behaviour, kept).
    position = {id(s): i for i, s in enumerate(x for p in objects for x in p)}
    return {"indices": sorted(position[id(s)] for s in chosen)}


def sumy_run(name, articles, workers=2, label=""):
    """sumy `name` over the articles with `workers` processes; progress on stderr."""
    slim = [{"sentences": a["sentences"], "paragraphs": a.get("paragraphs"), "k": a["k"]} for a in articles]
    out = []
    start = last = time.time()
    with Pool(workers, initializer=_init_worker, initargs=(name,)) as pool:
        for r in pool.imap(_sumy_one, slim, chunksize=16):
            out.append(r)
            now = time.time()
            if now - last >= 10 or len(out) == len(slim):
                last = now
                rate = len(out) / max(now - start, 1e-9)
                eta = (len(slim) - len(out)) / max(rate, 1e-9)
                print(
                    f"  {label} {SUMY[name]}: {len(out)}/{len(slim)} articles, "
                    f"{rate:.0f}/s, {eta:.0f}s left",
                    file=sys.stderr,
                    flush=True,
                )
    return out
