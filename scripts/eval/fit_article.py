"""Fits the article and headline models of src/clean/article.rs on the pasted pages (../shared/pastes/).

    .venv/bin/python scripts/eval/fit_article.py [--pastes ../shared/pastes] [--write] [--stage block|title]

1. Runs `abridge --jsonl - --dump-blocks` over every page: per paragraph the features the block model
   reads (computed by the Rust code itself, so what is fitted is what runs), and the headline
   candidates with theirs.
2. Labels each paragraph from the page's annotated article body with the scorer's own rule (a paragraph
   is article text when >= 80 % of its word 3-grams occur in the body: score.py's `Body.frac_text`), and
   each headline candidate with the scorer's title match (exact, or contained and >= half as long).
3. Fits the block model as an L2-regularised logistic regression (Newton's method, no dependency
   beyond numpy), paragraphs weighted by the square root of their length as the article run weighs
   them, and the headline model as a conditional logit over each page's candidates; reports
   five-fold cross-validated figures by page (the run's share of prose words inside the article, the
   share of pages whose run holds prose from outside, the headline's accuracy) so that the figures are
   not the training fit.
4. `--write` writes the weights into src/clean/model.rs. The block stage comes first (the headline
   candidates depend on the run it finds): `--stage block --write`, rebuild, `--stage title --write`.

The pages are the development set; a held-out set checks the result elsewhere. Nothing here reads a
page's name or address.
"""

import argparse
import json
import math
import os
import re
import subprocess
import sys

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODEL_RS = os.path.join(REPO, "src", "clean", "model.rs")
# L2 strength: weak, the data (tens of thousands of paragraphs) dominates; keeps separable features finite.
L2 = 1.0
# The headline model's candidates are few per page (a few hundred pages of evidence): weaker shrinkage
# ranks better in cross-validation (0.1: 0.706, 0.3: 0.700, 1: 0.696, 3: 0.681, 10: 0.661 of the pages).
TITLE_L2 = 0.1
FOLDS = 5
# Paragraphs of at least this many words with a sentence's end count as prose for the run's figures.
PROSE_WORDS = 8


def load_scorer(pastes):
    sys.path.insert(0, pastes)
    import score  # noqa: E402  (../shared/pastes/score.py: the scorer's own labels)

    return score


def dump(binary, pastes):
    names = sorted(f[:-5] for f in os.listdir(os.path.join(pastes, "gt")) if f.endswith(".json"))
    names = [n for n in names if os.path.exists(os.path.join(pastes, "pages", n + ".txt"))]
    rows = []
    for n in names:
        with open(os.path.join(pastes, "pages", n + ".txt"), encoding="utf-8") as f:
            rows.append(json.dumps({"id": n, "text": f.read()}, ensure_ascii=False))
    out = subprocess.run([binary, "--jsonl", "-", "--dump-blocks"], input="\n".join(rows).encode(),
                         capture_output=True, check=True).stdout.decode()
    return [json.loads(line) for line in out.split("\n") if line.strip()]  # not splitlines: U+2028 inside strings


def fit_logistic(X, y, w, l2=L2, iterations=50):
    """Weights and bias of an L2-regularised logistic regression, by Newton's method."""
    Xb = np.hstack([X, np.ones((len(X), 1))])
    beta = np.zeros(Xb.shape[1])
    reg = np.eye(Xb.shape[1]) * l2
    reg[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(Xb @ beta, -30, 30)))
        g = Xb.T @ (w * (p - y)) + reg @ beta
        H = (Xb * (w * p * (1 - p))[:, None]).T @ Xb + reg
        step = np.linalg.solve(H, g)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:-1], beta[-1]


def choice_loss(groups_X, chosen, w, l2):
    """The conditional logit's penalised negative log-likelihood (what fit_choice minimises)."""
    loss = 0.5 * l2 * w @ w
    for X, k in zip(groups_X, chosen):
        z = X @ w
        top = z.max()
        loss -= z[k] - top - np.log(np.exp(z - top).sum())
    return loss


def fit_choice(groups_X, chosen, l2=L2, iterations=100):
    """Weights of a conditional logit (McFadden): for each page, the probability that candidate i is the
    headline is softmax(X w)_i; maximises the log-probability of the true headline over the pages that
    have one among their candidates, by Newton's method with the step halved until the loss falls (a full
    Newton step overshoots under weak shrinkage, and a feature more then left the fit worse, not better)."""
    w = np.zeros(groups_X[0].shape[1])
    loss = choice_loss(groups_X, chosen, w, l2)
    for _ in range(iterations):
        g = l2 * w
        H = l2 * np.eye(len(w))
        for X, k in zip(groups_X, chosen):
            z = X @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            mu = p @ X
            g -= X[k] - mu
            H += (X * p[:, None]).T @ X - np.outer(mu, mu)
        step = np.linalg.solve(H, g)
        t = 1.0
        while True:
            trial = w - t * step
            trial_loss = choice_loss(groups_X, chosen, trial, l2)
            if trial_loss <= loss or t < 1e-4:
                break
            t /= 2
        w, gain, loss = trial, loss - trial_loss, trial_loss
        if gain < 1e-9:
            break
    return w


def predict(weights, bias, X):
    return 1 / (1 + np.exp(-np.clip(X @ weights + bias, -30, 30)))


def kadane(words, p, threshold):
    best, run, total, start = None, None, 0.0, 0
    for i, (n, q) in enumerate(zip(words, p)):
        if total <= 0:
            total, start = 0.0, i
        total += (q - threshold) * math.sqrt(n + 1)
        if best is None or total > best:
            best, run = total, (start, i + 1)
    return run if best is not None and best >= 0 else None


def prose(block):
    text = block["text"].strip()
    return block["words"] >= PROSE_WORDS and re.search(r"[.!?…。！？]['\"”’»)\]]*$", text) is not None


def block_stage(pages, labels, args):
    order = np.random.RandomState(0).permutation(len(pages))
    folds = [order[k::FOLDS] for k in range(FOLDS)]
    X = [np.array([b["features"] for b in p["blocks"]]) for p in pages]
    W = [np.array([math.sqrt(b["words"] + 1) for b in p["blocks"]]) for p in pages]
    thresholds = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8]
    tally = {t: [0.0, 0.0, 0, 0] for t in thresholds}  # inside words, run prose words, pages with outside, pages
    for k in range(FOLDS):
        test = set(folds[k].tolist())
        train = [i for i in range(len(pages)) if i not in test and len(X[i])]
        weights, bias = fit_logistic(np.vstack([X[i] for i in train]), np.concatenate([labels[i] for i in train]),
                                     np.concatenate([W[i] for i in train]))
        for i in test:
            if not len(X[i]):
                continue
            p = predict(weights, bias, X[i])
            words = [b["words"] for b in pages[i]["blocks"]]
            for t in thresholds:
                run = kadane(words, p, t)
                if run is None:
                    continue
                inside = sum(b["words"] for b, y in zip(pages[i]["blocks"][run[0]:run[1]], labels[i][run[0]:run[1]]) if prose(b) and y)
                outside = sum(b["words"] for b, y in zip(pages[i]["blocks"][run[0]:run[1]], labels[i][run[0]:run[1]]) if prose(b) and not y)
                tally[t][0] += inside
                tally[t][1] += inside + outside
                tally[t][2] += outside > 0
                tally[t][3] += 1
    print("block model, 5-fold cross-validation by page:")
    for t in thresholds:
        a, b, c, d = tally[t]
        print(f"  threshold {t:.2f}: prose words of the run inside the article {a / max(b, 1):.3f}, "
              f"pages whose run holds outside prose {c / max(d, 1):.3f}")
    keep = [i for i in range(len(pages)) if len(X[i])]
    weights, bias = fit_logistic(np.vstack([X[i] for i in keep]), np.concatenate([labels[i] for i in keep]),
                                 np.concatenate([W[i] for i in keep]))
    names = pages[0]["block_features"]
    print("weights:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(names, weights)), f"bias {bias:+.2f}")
    return weights, bias


def title_stage(pages, score, gts):
    """The headline model: a conditional logit over each page's candidates (which one is the headline),
    so that candidates compete as they do at run time (the best-scored one is taken)."""
    groups, truth = [], []
    for page, gt in zip(pages, gts):
        X = np.array([c["features"] for c in page["title_candidates"]]) if page["title_candidates"] else None
        right = [k for k, c in enumerate(page["title_candidates"]) if gt.get("title") and score.title_match(
            page["blocks"][c["block"]]["text"], gt["title"], gt.get("title_alternatives") or []) in ("exact", "contained")]
        groups.append(X)
        truth.append(right)
    order = np.random.RandomState(0).permutation(len(pages))
    folds = [set(order[k::FOLDS].tolist()) for k in range(FOLDS)]
    right_pages = titled = 0
    for k in range(FOLDS):
        train = [i for i in range(len(pages)) if i not in folds[k] and groups[i] is not None and truth[i]]
        w = fit_choice([groups[i] for i in train], [truth[i][0] for i in train], l2=TITLE_L2)
        for i in folds[k]:
            if not gts[i].get("title"):
                continue
            titled += 1
            if groups[i] is not None and int(np.argmax(groups[i] @ w)) in truth[i]:
                right_pages += 1
    covered = sum(1 for i in range(len(pages)) if truth[i]) / max(titled, 1)
    print(f"headline model, 5-fold cross-validation by page: right on {right_pages / max(titled, 1):.3f} of {titled} "
          f"pages (a headline among the candidates on {covered:.3f})")
    train = [i for i in range(len(pages)) if groups[i] is not None and truth[i]]
    w = fit_choice([groups[i] for i in train], [truth[i][0] for i in train], l2=TITLE_L2)
    names = pages[0]["title_features"]
    print("weights:", ", ".join(f"{n} {x:+.2f}" for n, x in zip(names, w)))
    return w, None


def rust_array(values):
    return "[" + ", ".join(f"{v:.4f}" for v in values) + "]"


def write(name, weights, bias):
    with open(MODEL_RS, encoding="utf-8") as f:
        src = f.read()
    src = re.sub(rf"pub const {name}_WEIGHTS: \[f32; ([^\]]+)\] = \[[^\]]*\];",
                 lambda m: f"pub const {name}_WEIGHTS: [f32; {m.group(1)}] = {rust_array(weights)};", src, flags=re.S)
    if bias is not None:
        src = re.sub(rf"pub const {name}_BIAS: f64 = [^;]*;", f"pub const {name}_BIAS: f64 = {bias:.4f};", src)
    with open(MODEL_RS, "w", encoding="utf-8") as f:
        f.write(src)
    print(f"wrote {name} weights into {os.path.relpath(MODEL_RS, REPO)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pastes", default=os.path.join(REPO, "..", "shared", "pastes"))
    ap.add_argument("--binary", default=os.path.join(REPO, "target", "release", "abridge"))
    ap.add_argument("--stage", choices=["block", "title"], default="block")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    score = load_scorer(os.path.abspath(args.pastes))
    pages = dump(args.binary, args.pastes)
    gts = []
    for page in pages:
        with open(os.path.join(args.pastes, "gt", page["id"] + ".json"), encoding="utf-8") as f:
            gts.append(json.load(f))
    if args.stage == "block":
        labels = []
        for page, gt in zip(pages, gts):
            body = score.Body(gt["body"])
            labels.append(np.array([1.0 if (body.frac_text(b["text"]) or 0) >= score.THRESH else 0.0 for b in page["blocks"]]))
        weights, bias = block_stage(pages, labels, args)
        if args.write:
            write("BLOCK", weights, bias)
    else:
        weights, bias = title_stage(pages, score, gts)
        if args.write:
            write("TITLE", weights, bias)


if __name__ == "__main__":
    main()
