"""Fits Abridge's scoring weights on the dev splits (never test), offline and fast.

    .venv/bin/python scripts/eval/fit.py --data ../shared/eval [--check] [--search]

1. Runs `abridge --jsonl - --dump-features` on CNN/DM dev (given sentences, k = 3) and BBC dev (text +
   title, k from the Punkt split): per article the sentences Abridge scores, their stemmed terms, word
   counts, positions and LexRank centrality.
2. Recomputes every candidate feature from that in numpy, replays the selection (score order, hard
   duplicate filter, MMR) and scores the summaries with ROUGE-1/2 F1 computed exactly as rouge-score
   0.1.2 does (its tokenizer and Porter stemmer; the summary's tokens are its sentences' tokens in
   order, so n-gram counts add up per sentence plus the bigrams across sentence boundaries), cached per
   chosen set: a configuration costs a fraction of a second instead of a 15 s eval run.
3. `--check` compares the replayed scores of the shipped defaults with the CLI's (they must agree);
   `--search` runs coordinate ascent on the objective, mean(R1 + R2) of CNN/DM dev and of BBC dev
   (each set weighs the same) with a steep penalty for CNN/DM dev under CNNDM_FLOOR, from the shipped
   defaults. The features not shipped (textrank, trdegree, degree, relative, ...) are here for trying.

The figures it prints are only for choosing; `make eval` (rouge-score itself) is the measurement.
"""

import argparse
import collections
import json
import math
import os
import subprocess
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Mirrors of src/score.rs and src/select.rs (checked by --check).
DUPLICATE_SIMILARITY = 0.9
FULL_LENGTH_CONTENT_WORDS = 6
REDUNDANCY_FREE_SHARE = 0.45
COVERAGE_SHARE = 0.42
LEAD_IN_SCALE = 0.5
DEFAULT_DIVERSITY = 0.5


def faded(diversity, share_limit=REDUNDANCY_FREE_SHARE):
    """src/select.rs: the diversity asked for, faded by the summary's share of the article."""
    return lambda a: diversity * max(0.0, 1 - min(a.k, a.n) / max(a.n, 1) / share_limit)


def dump(binary, dataset, articles, extra_args=()):
    rows = []
    for a in articles:
        if dataset == "bbc":
            row = {"id": a["id"], "text": a["text"], "count": a["k"]}
            if a.get("title"):
                row["title"] = a["title"]
        else:
            row = {"id": a["id"], "sentences": a["sentences"], "count": a["k"]}
        rows.append(json.dumps(row, ensure_ascii=False))
    proc = subprocess.run(
        [binary, "--jsonl", "-", "--dump-features", *extra_args],
        input=("\n".join(rows) + "\n").encode(),
        capture_output=True,
        check=True,
    )
    return [json.loads(l) for l in proc.stdout.decode().split("\n") if l.strip()]


class Rouge:
    """ROUGE-1/2 F1 of rouge-score 0.1.2 (default tokenizer, Porter stemmer), by n-gram counts."""

    def __init__(self):
        self.tok = common._Tokenizer()

    def grams(self, text):
        t = self.tok.tokenize(text)
        return t, collections.Counter(t), collections.Counter(zip(t, t[1:]))


def f1(overlap, a, b):
    if a == 0 or b == 0 or overlap == 0:
        return 0.0
    p, r = overlap / a, overlap / b
    return 2 * p * r / (p + r)


class Article:
    def __init__(self, art, dumped, rouge):
        self.k = art["k"]
        self.sent_text = dumped["sentences"]
        self.n = len(self.sent_text)
        self.terms = [collections.Counter(t) for t in dumped["terms"]]
        self.words = np.array(dumped["words"], dtype=float)
        self.paragraph = np.array(dumped["paragraph"], dtype=float)
        self.pstart = np.array(dumped["paragraph_start"], dtype=float)
        self.introduction = np.array(dumped["introduction"], dtype=float)
        self.lead_in = np.array(dumped["lead_in"], dtype=bool)
        self.lexrank = np.array(dumped["lexrank"], dtype=float)
        self.cli_score = np.array(dumped["score"], dtype=float)
        self.title = set(dumped["title_terms"])
        self.grams = [rouge.grams(s) for s in self.sent_text]
        ref_tokens = rouge.tok.tokenize("\n".join(art["ref"]))
        self.ref1 = collections.Counter(ref_tokens)
        self.ref2 = collections.Counter(zip(ref_tokens, ref_tokens[1:]))
        self.ref_len = len(ref_tokens)
        self.cache = {}
        self._features()

    def _features(self):
        n = self.n
        df = collections.Counter(t for c in self.terms for t in c)
        vocab = sorted(df)
        col = {t: j for j, t in enumerate(vocab)}
        m = np.zeros((n, len(vocab)))
        for i, c in enumerate(self.terms):
            for t, tf in c.items():
                m[i, col[t]] = (1 + math.log(tf)) * (1 + math.log((1 + n) / (1 + df[t])))
        norms = np.linalg.norm(m, axis=1)
        m = m / np.where(norms > 0, norms, 1)[:, None]
        self.cos = (m @ m.T).astype(np.float32)  # f32 like the Rust vectors
        self.content = np.array([len(c) for c in self.terms], dtype=float)
        idx = np.arange(n, dtype=float)
        f = {}
        f["lexrank"] = self.lexrank / max(self.lexrank.max(), 1e-300) if n else self.lexrank
        f["position_absolute"] = 1 / np.sqrt(1 + idx)  # the prior before the fit (1 / sqrt(1 + i))
        f["position"] = 1 / np.sqrt(1 + idx / max(min(self.k, n), 1))  # src/score.rs: relative to k
        f["relative"] = 1 - idx / max(n - 1, 1)
        f["pstart"] = self.pstart
        # src/score.rs: the introduction's bonus, where it has 2 sentences or more and fills at most half the summary.
        intro = self.introduction.sum()
        f["introduction"] = self.introduction if 2 <= intro and 2 * intro <= min(self.k, n) else np.zeros(n)
        f["title"] = (
            np.array([len(self.title & set(c)) / len(self.title) for c in self.terms]) if self.title else np.zeros(n)
        )
        # src/score.rs: the length scale, and LEAD_IN_SCALE for a sentence that ends its paragraph on a colon.
        f["lenscale"] = np.sqrt(np.minimum(self.content, FULL_LENGTH_CONTENT_WORDS) / FULL_LENGTH_CONTENT_WORDS)
        f["lenscale"] = f["lenscale"] * np.where(self.lead_in, LEAD_IN_SCALE, 1.0)
        # Length: content words relative to the article's longest sentence, and its log.
        f["length"] = self.content / max(self.content.max(), 1) if n else self.content
        f["loglength"] = np.log1p(self.content) / max(np.log1p(self.content).max(), 1e-9) if n else self.content
        # Degree centrality: the sum of a sentence's cosines (without itself), scaled to the max.
        c = self.cos.astype(float).copy()
        np.fill_diagonal(c, 0)
        # src/score.rs's graph is the complete cosine graph: its weighted degrees are these sums.
        deg = c.sum(1)
        f["degree"] = deg / max(deg.max(), 1e-300) if n else deg
        # src/score.rs `coverage`: degree weighted by the summary's share of the article, up to COVERAGE_SHARE.
        coverage_scale = min(min(self.k, n) / max(n, 1) / COVERAGE_SHARE, 1.0)
        f["coverage"] = f["degree"] * coverage_scale
        # src/score.rs `headline`: the title's extra weight for a short summary of one or a few sentences.
        f["headline"] = f["title"] * (1 - coverage_scale) ** 2 / max(self.k, 1) ** 2
        # Centroid similarity (MEAD): cosine with the article's tf-idf centroid.
        cen = m.sum(0)
        cn = np.linalg.norm(cen)
        f["centroid"] = (m @ cen) / cn if cn > 0 else np.zeros(n)
        f["lead"] = c[0] if n else np.zeros(0)
        # TextRank similarity: shared distinct terms / (log|a| + log|b|), PageRank over it.
        sets = [set(t) for t in self.terms]
        tr = np.zeros((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                d = math.log(max(len(sets[i]), 1)) + math.log(max(len(sets[j]), 1))
                if d > 0:
                    tr[i, j] = tr[j, i] = len(sets[i] & sets[j]) / d
        f["textrank"] = pagerank(tr)
        trd = tr.sum(1)
        f["trdegree"] = trd / max(trd.max(), 1e-300) if n else trd
        f["quote"] = np.array([1.0 if s.lstrip()[:1] in "\"'“‘" else 0.0 for s in self.sent_text])
        self.f = f

    def rouge(self, chosen):
        key = tuple(chosen)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        c1, c2, ln, prev = collections.Counter(), collections.Counter(), 0, None
        for i in key:
            t, g1, g2 = self.grams[i]
            c1.update(g1)
            c2.update(g2)
            if prev is not None and prev and t:
                c2[(prev[-1], t[0])] += 1
            if t:
                prev = t
            ln += len(t)
        o1 = sum(min(v, self.ref1[g]) for g, v in c1.items())
        o2 = sum(min(v, self.ref2[g]) for g, v in c2.items())
        r = (100 * f1(o1, ln, self.ref_len), 100 * f1(o2, max(ln - 1, 0), max(self.ref_len - 1, 0)))
        self.cache[key] = r
        return r


def pagerank(w, damping=0.85, rounds=100):
    n = len(w)
    if n == 0:
        return np.zeros(0)
    out = w.sum(1)
    r = np.full(n, 1 / n)
    for _ in range(rounds):
        dangling = r[out == 0].sum()
        nxt = (1 - damping) / n + damping * dangling / n + damping * (w.T @ np.where(out > 0, r / np.where(out > 0, out, 1), 0))
        if np.abs(nxt - r).sum() < 1e-8:
            r = nxt
            break
        r = nxt
    return r / max(r.max(), 1e-300)


def select(a, scores, diversity, k=None):
    """src/select.rs: best first (ties to the lower index), hard duplicate filter, MMR."""
    k = min(a.k if k is None else k, a.n)
    k = max(min(k, a.n), 1 if a.n else 0)
    order = sorted(range(a.n), key=lambda i: (-scores[i], i))
    maxsim = np.zeros(a.n)
    taken = np.zeros(a.n, bool)
    chosen = []
    while len(chosen) < k:
        best, bv = None, None
        for i in order:
            if taken[i] or maxsim[i] >= DUPLICATE_SIMILARITY:
                continue
            v = (1 - diversity) * scores[i] - diversity * maxsim[i]
            if bv is None or v > bv:
                best, bv = i, v
        if best is None:
            break
        taken[best] = True
        chosen.append(best)
        maxsim = np.maximum(maxsim, a.cos[:, best])
    return sorted(chosen)


def evaluate(sets, config):
    """Mean (R1, R2) per set for a config: {'w': {feature: weight}, 'diversity': d, 'scale': feature}."""
    out = {}
    for name, arts in sets.items():
        r1 = r2 = 0.0
        for a in arts:
            s = sum(w * a.f[f] for f, w in config["w"].items() if w)
            if isinstance(s, (int, float)):
                s = np.zeros(a.n)
            s = s * a.f["lenscale"] if config.get("lenscale", True) else s
            s = s / s.max() if a.n and s.max() > 0 else s  # score() scales to the best; MMR depends on it
            div = config.get("diversity", 0.0)
            if callable(div):
                div = div(a)
            x, y = a.rouge(select(a, s, div))
            r1 += x
            r2 += y
        out[name] = (r1 / len(arts), r2 / len(arts))
    return out


def objective(res):
    """Mean R1 + R2 over the sets, minus a steep penalty for CNN/DM dev under CNNDM_FLOOR."""
    pooled = sum(r1 + r2 for r1, r2 in res.values()) / len(res)
    if "cnndm" in res:
        r1, r2 = res["cnndm"]
        pooled -= 20 * (max(0.0, CNNDM_FLOOR[0] - r1) + max(0.0, CNNDM_FLOOR[1] - r2))
    return pooled


def show(label, res):
    parts = "  ".join(f"{k} {v[0]:.2f}/{v[1]:.2f}" for k, v in res.items())
    print(f"{label:<60} {parts}  obj {objective(res):.3f}", flush=True)


def load_sets(data, binary, limit=None):
    rouge = Rouge()
    sets = {}
    for ds in ("cnndm", "bbc"):
        arts = common.load(data, ds, "dev", limit=limit)
        dumped = dump(binary, ds, arts)
        sets[ds] = [Article(a, d, rouge) for a, d in zip(arts, dumped)]
    return sets


# src/score.rs WEIGHTS (names here: lexrank = centrality, loglength = length; pstart, a bonus for a
# paragraph's first sentence, is a feature for trying).
SHIPPED = {
    "w": {"lexrank": 0.6, "centroid": 1.2, "position": 1.0, "title": 0.15, "headline": 5.0, "loglength": 0.05, "coverage": 0.5, "introduction": 3.0},
    "diversity": faded(DEFAULT_DIVERSITY),
}
# Before the fit: absolute position prior, fixed diversity.
BEFORE = {"w": {"lexrank": 1.0, "position_absolute": 1.0, "pstart": 0.1, "title": 0.5}, "diversity": 0.3}
# CNN/DM dev must stay at least this far above Lead (40.31 / 17.58) while BBC is raised: the pooled mean
# alone trades CNN/DM's lead away for BBC's larger gains.
CNNDM_FLOOR = (40.85, 17.62)


def coordinate_ascent(sets, start, features, steps=(0.4, 0.2, 0.1, 0.05), rounds=20):
    """Greedy: the first step on one weight (or on the diversity D) that raises the objective is taken;
    the step halves when none does. Diversity is D, faded as in select.rs."""
    cfg = {"w": dict(start["w"]), "diversity": start.get("D", DEFAULT_DIVERSITY)}

    def evaluate_d(c):
        return evaluate(sets, {"w": c["w"], "diversity": faded(c["diversity"])})

    best = objective(evaluate_d(cfg))
    for step in steps:
        for _ in range(rounds):
            improved = False
            for f in features + ["diversity"]:
                for sign in (1, -1):
                    trial = {"w": dict(cfg["w"]), "diversity": cfg["diversity"]}
                    if f == "diversity":
                        trial["diversity"] = round(min(max(cfg["diversity"] + sign * step / 2, 0), 1), 4)
                    else:
                        trial["w"][f] = round(trial["w"].get(f, 0) + sign * step, 4)
                    o = objective(evaluate_d(trial))
                    if o > best + 1e-9:
                        best, cfg, improved = o, trial, True
                        show(f"  {f} -> {trial['w'].get(f, trial['diversity'])}", evaluate_d(cfg))
                        break
            if not improved:
                break
    return cfg, best


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.path.join(REPO, "..", "shared", "eval"))
    p.add_argument("--binary", default=os.path.join(REPO, "target", "release", "abridge"))
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--check", action="store_true")
    p.add_argument("--search", action="store_true")
    args = p.parse_args()
    sets = load_sets(args.data, args.binary, args.limit)
    show("before the fit", evaluate(sets, BEFORE))
    show("shipped (replayed)", evaluate(sets, SHIPPED))
    if args.check:
        for name, arts in sets.items():
            same = sum(np.allclose(a.cli_score, evaluate_scores(a, SHIPPED), atol=1e-5) for a in arts)
            print(f"{name}: replayed scores equal the CLI's on {same}/{len(arts)} articles")
    if args.search:
        feats = ["lexrank", "centroid", "position", "pstart", "title", "loglength", "coverage", "trdegree", "textrank"]
        start = {"w": {**SHIPPED["w"], "trdegree": 0.0, "textrank": 0.0}, "D": DEFAULT_DIVERSITY}
        cfg, best = coordinate_ascent(sets, start, feats)
        print(f"fitted {cfg} objective {best:.3f}")


def evaluate_scores(a, config):
    s = sum(w * a.f[f] for f, w in config["w"].items() if w) * a.f["lenscale"]
    return s / s.max() if a.n and s.max() > 0 else s


if __name__ == "__main__":
    main()
