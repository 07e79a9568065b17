"""scikit-learn's four classical multi-label methods on a MULAN train/test pair, timed.

The reference for `mllab compare` and for the speed benchmark in docs/benchmarks.md: min-max
scaling fitted on the training file, then binary relevance, a classifier chain (label order as in
the file), label powerset (one multinomial logistic regression over the label sets seen in
training) and k nearest neighbours (k = 10, vote share as probability), all at threshold 0.5.

    python3 src/test/python/compare_methods.py DATASET_FOLDER NAME [REPEATS]

prints one line per method: Hamming loss, micro-F1, macro-F1 and the median CPU time of fit +
predict (process time: on a shared machine it does not count the time others held the core).
"""
import re
import statistics
import sys
import time
import warnings
import xml.etree.ElementTree as ET

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, hamming_loss
from sklearn.multioutput import ClassifierChain, MultiOutputClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import MinMaxScaler


def read_arff(path, label_names):
    names, rows, data = [], [], False
    with open(path) as f:
        for line in f:
            s = line.strip()
            if not s or s.startswith('%'):
                continue
            if data:
                rows.append([float(v) for v in s.split(',')])
            elif s.lower().startswith('@attribute'):
                names.append(re.split(r'\s+', s, maxsplit=2)[1].strip("'\""))
            elif s.lower().startswith('@data'):
                data = True
    m = np.array(rows)
    label_idx = [names.index(n) for n in label_names]
    feature_idx = [i for i in range(len(names)) if i not in label_idx]
    return m[:, feature_idx], m[:, label_idx].astype(int)


def label_powerset(x, y, x_test):
    sets, codes = np.unique(y, axis=0, return_inverse=True)
    clf = LogisticRegression(C=1.0).fit(x, codes.ravel())
    proba = clf.predict_proba(x_test)
    # P(label k) = sum of the probabilities of the seen label sets that contain k
    return proba @ sets[clf.classes_]


def main():
    # scikit-learn's LogisticRegression stops at max_iter=100 on yeast and says so each time
    warnings.filterwarnings('ignore')
    folder, name = sys.argv[1], sys.argv[2]
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    ns = {'m': 'http://mulan.sourceforge.net/labels'}
    labels = [e.get('name') for e in ET.parse(f'{folder}/{name}.xml').getroot().iter('{%s}label' % ns['m'])]
    x, y = read_arff(f'{folder}/{name}-train.arff', labels)
    xt, yt = read_arff(f'{folder}/{name}-test.arff', labels)
    scaler = MinMaxScaler().fit(x)
    x, xt = scaler.transform(x), scaler.transform(xt)
    methods = {
        'br': lambda: np.column_stack([p[:, 1] for p in MultiOutputClassifier(LogisticRegression(C=1.0)).fit(x, y).predict_proba(xt)]),
        'cc': lambda: ClassifierChain(LogisticRegression(C=1.0), order=None).fit(x, y).predict_proba(xt),
        'lp': lambda: label_powerset(x, y, xt),
        'knn': lambda: np.column_stack([p[:, 1] if p.shape[1] > 1 else np.zeros(len(xt)) for p in KNeighborsClassifier(n_neighbors=10).fit(x, y).predict_proba(xt)]),
    }
    total = []
    for key, fit in methods.items():
        times = []
        for _ in range(repeats):
            t0 = time.process_time()
            p = fit()
            times.append(time.process_time() - t0)
        pred = (p >= 0.5).astype(int)
        total.append(statistics.median(times))
        print(f'{key:4s} hamming {hamming_loss(yt, pred):.4f} micro-F1 {f1_score(yt, pred, average="micro"):.4f}'
              f' macro-F1 {f1_score(yt, pred, average="macro", zero_division=0):.4f}'
              f' time {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f})')
    print(f'all four: {sum(total) * 1000:.0f} ms')


if __name__ == '__main__':
    main()
