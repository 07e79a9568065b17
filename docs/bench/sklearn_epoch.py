"""Milliseconds per training epoch of scikit-learn's MLPClassifier on a CSV problem.

The scikit-learn half of compare_sklearn.sh; takes the same arguments as mllab.bench.EpochTiming:
csv name train_rows hidden adam|sgd lr batch alpha momentum epochs reps warmup

One repetition is one fit() of `epochs` epochs (max_iter=epochs, tol=0 and n_iter_no_change
larger than max_iter so it never stops early, no early_stopping so no validation set is scored):
per epoch that is shuffle + forward + backward + optimiser step per batch, and the running loss.
The per-epoch time is the fit's time / epochs, so the one-time set-up of a fit (input checks,
weight initialisation) is spread over the epochs. CPU time is time.process_time(), i.e. all
threads of this process; the thread count of OpenBLAS is whatever the caller's environment sets.

Output: one line, "name sklearn wall-median wall-min cpu-median cpu-min".
"""

import statistics
import sys
import time
import warnings

import numpy as np
from sklearn.neural_network import MLPClassifier


def main(argv):
    if len(argv) != 12:
        sys.exit("usage: sklearn_epoch.py csv name train_rows hidden adam|sgd lr batch alpha "
                 "momentum epochs reps warmup; got %d arguments" % len(argv))
    csv, name = argv[0], argv[1]
    train_rows, hidden = int(argv[2]), int(argv[3])
    solver, lr, batch = argv[4], float(argv[5]), int(argv[6])
    alpha, momentum = float(argv[7]), float(argv[8])
    epochs, reps, warmup = int(argv[9]), int(argv[10]), int(argv[11])

    with open(csv) as f:
        header = f.readline().strip().split(",")
    labels = sum(1 for h in header if h.startswith("l"))
    data = np.loadtxt(csv, delimiter=",", skiprows=1)
    x = np.ascontiguousarray(data[:train_rows, :-labels])
    y = data[:train_rows, -labels:].astype(int)

    def fit(n_epochs, seed):
        model = MLPClassifier(
            hidden_layer_sizes=(hidden,), activation="relu", solver=solver, batch_size=batch,
            learning_rate_init=lr, alpha=alpha, momentum=momentum, nesterovs_momentum=False,
            max_iter=n_epochs, tol=0.0, n_iter_no_change=n_epochs + 1, shuffle=True,
            early_stopping=False, random_state=seed)
        with warnings.catch_warnings():
            # max_iter reached without convergence is the point here, not a problem.
            warnings.simplefilter("ignore")
            model.fit(x, y)
        return model

    fit(warmup, 0)
    wall, cpu = [], []
    for r in range(reps):
        c0, t0 = time.process_time(), time.perf_counter()
        fit(epochs, r + 1)
        wall.append((time.perf_counter() - t0) * 1000 / epochs)
        cpu.append((time.process_time() - c0) * 1000 / epochs)
    print("%s sklearn %.3f %.3f %.3f %.3f" % (
        name, statistics.median(wall), min(wall), statistics.median(cpu), min(cpu)))


if __name__ == "__main__":
    main(sys.argv[1:])
