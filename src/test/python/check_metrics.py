#!/usr/bin/env python3
"""Recompute the metrics of an `mllab run` with scikit-learn and compare them with metrics.json.

Usage: check_metrics.py RUN_DIR          (a folder with predictions.csv and metrics.json)
       check_metrics.py PREDICTIONS.csv METRICS.json

Every metric the app computes is recomputed from the probabilities, thresholds and true labels in
predictions.csv, with scikit-learn's definitions and zero_division=0. The script prints each
metric, the largest absolute difference, and exits 1 when any difference exceeds 1e-9 (or when
metrics.json has a value where scikit-learn has none, or the other way round), else 0.
"""
import csv
import json
import math
import os
import sys

import numpy as np
from sklearn.metrics import (
    accuracy_score,
    coverage_error,
    f1_score,
    hamming_loss,
    jaccard_score,
    label_ranking_average_precision_score,
    label_ranking_loss,
    precision_score,
    recall_score,
    roc_auc_score,
)

TOLERANCE = 1e-9


def read_predictions(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    if header[0] not in ("test_row_from_1", "row") or (len(header) - 1) % 4 != 0:
        sys.exit(f"{path}: expected 'test_row_from_1' then four columns per label, found {header[:5]}...")
    labels = [header[1 + 4 * k][len("probability_"):] for k in range((len(header) - 1) // 4)]
    n, l = len(body), len(labels)
    prob = np.zeros((n, l))
    thr = np.zeros((n, l))
    pred = np.zeros((n, l), dtype=int)
    true = np.zeros((n, l), dtype=int)
    for i, r in enumerate(body):
        for k in range(l):
            prob[i, k] = float(r[1 + 4 * k])
            thr[i, k] = float(r[2 + 4 * k])
            pred[i, k] = int(r[3 + 4 * k])
            true[i, k] = int(r[4 + 4 * k])
    return labels, prob, thr, pred, true


def expected(prob, thr, pred, true):
    """scikit-learn's values, keyed like metrics.json."""
    recomputed = (prob >= thr).astype(int)
    if not np.array_equal(recomputed, pred):
        bad = np.argwhere(recomputed != pred)[0]
        sys.exit(f"row {bad[0]} label {bad[1]}: predicted column disagrees with probability >= threshold")
    z = dict(zero_division=0)
    m = {
        "metrics.hamming_loss": hamming_loss(true, pred),
        "metrics.label_accuracy": 1 - hamming_loss(true, pred),
        "metrics.subset_accuracy": accuracy_score(true, pred),
        "metrics.jaccard": jaccard_score(true, pred, average="samples", **z),
    }
    for avg in ("micro", "macro", "weighted", "samples"):
        m[f"metrics.{avg}_precision"] = precision_score(true, pred, average=avg, **z)
        m[f"metrics.{avg}_recall"] = recall_score(true, pred, average=avg, **z)
        m[f"metrics.{avg}_f1"] = f1_score(true, pred, average=avg, **z)
    m["ranking.coverage_error"] = coverage_error(true, prob)
    m["ranking.label_ranking_average_precision"] = label_ranking_average_precision_score(true, prob)
    m["ranking.label_ranking_loss"] = label_ranking_loss(true, prob)
    per_p = precision_score(true, pred, average=None, **z)
    per_r = recall_score(true, pred, average=None, **z)
    per_f = f1_score(true, pred, average=None, **z)
    aucs = []
    for k in range(true.shape[1]):
        m[f"per_label[{k}].precision"] = per_p[k]
        m[f"per_label[{k}].recall"] = per_r[k]
        m[f"per_label[{k}].f1"] = per_f[k]
        m[f"per_label[{k}].support"] = int(true[:, k].sum())
        # roc_auc_score raises for a label with one class only; metrics.json writes null there.
        if 0 < true[:, k].sum() < len(true):
            auc = roc_auc_score(true[:, k], prob[:, k])
            aucs.append(auc)
        else:
            auc = None
        m[f"per_label[{k}].roc_auc"] = auc
    m["ranking.macro_roc_auc"] = float(np.mean(aucs)) if aucs else None
    return m


def lookup(doc, key):
    node = doc
    for part in key.split("."):
        if "[" in part:
            name, index = part[:-1].split("[")
            node = node[name][int(index)]
        else:
            node = node[part]
    return node


def main(argv):
    if len(argv) == 2:
        predictions, metrics = (os.path.join(argv[1], f) for f in ("predictions.csv", "metrics.json"))
    elif len(argv) == 3:
        predictions, metrics = argv[1], argv[2]
    else:
        sys.exit(__doc__)
    labels, prob, thr, pred, true = read_predictions(predictions)
    with open(metrics, encoding="utf-8") as f:
        doc = json.load(f)
    if [b["label"] for b in doc["per_label"]] != labels:
        sys.exit("metrics.json and predictions.csv name different labels")
    worst, worst_key, failures = 0.0, None, []
    for key, want in expected(prob, thr, pred, true).items():
        got = lookup(doc, key)
        if want is None or got is None:
            ok = want is None and got is None
            print(f"{key:45s} app={got!s:>22s} sklearn={want!s:>22s} {'ok' if ok else 'MISMATCH'}")
            if not ok:
                failures.append(key)
            continue
        diff = abs(float(got) - float(want))
        if not math.isfinite(diff) or diff > TOLERANCE:
            failures.append(key)
        if diff > worst:
            worst, worst_key = diff, key
        print(f"{key:45s} app={float(got):22.17g} sklearn={float(want):22.17g} diff={diff:.3g}")
    print(f"{len(true)} rows x {len(labels)} labels; max abs difference {worst:.3g}"
          + (f" ({worst_key})" if worst_key else ""))
    if failures:
        print(f"FAIL: {len(failures)} value(s) differ by more than {TOLERANCE}: {', '.join(failures)}")
        return 1
    print(f"OK: every metric agrees with scikit-learn to {TOLERANCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
