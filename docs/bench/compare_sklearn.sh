#!/usr/bin/env bash
# Time per training epoch: Multi-Label Lab against scikit-learn's MLPClassifier, on the same
# generated data with the same settings, in one run. See docs/benchmarks.md for what is measured.
#
# Builds nothing: run `mvn -q -B test-compile` first. Run from anywhere:
#   bash docs/bench/compare_sklearn.sh
# Environment: PYTHON (a python3 with scikit-learn; default: Debian's), REPS (timed repetitions,
# default 7), EPOCHS (epochs per repetition, default 10), WARMUP (untimed epochs first, default 100),
# JAVA_FLAGS (extra JVM flags for our side, e.g. -Dmllab.simd=false for the plain-Java kernels),
# SHAPES (which of "yeast lesson" to time, default both), BENCH_CLASSPATH (the whole test class
# path, as the build's BenchmarkMainsTest passes it; default: target/test-classes, target/classes
# and the dependencies Maven lists).
set -euo pipefail

cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-/usr/bin/python3}
REPS=${REPS:-7}
EPOCHS=${EPOCHS:-10}
WARMUP=${WARMUP:-100}

if [[ -n "${BENCH_CLASSPATH:-}" ]]; then
  CP=$BENCH_CLASSPATH
else
  if [[ ! -d target/test-classes/mllab/bench ]]; then
    echo "target/test-classes is missing: run 'mvn -q -B test-compile' first" >&2
    exit 2
  fi
  if [[ ! -s target/bench-classpath.txt ]]; then
    mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >&2
  fi
  CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
fi

data=$(mktemp -d)
results="$data/results.txt"
trap 'rm -rf "$data"' EXIT
java -cp "$CP" mllab.bench.BenchData "$data" >&2

echo "java: $(java -version 2>&1 | head -1)" >&2
echo "scikit-learn: $("$PYTHON" -c 'import sklearn, numpy; print(sklearn.__version__, "numpy", numpy.__version__)')" >&2
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# name, file, train rows, hidden units, solver, learning rate, batch, L2 (alpha), momentum
shapes=(
  "yeast yeast.csv 2417 64 adam 1e-3 32 1e-4 0.9"
  "lesson lesson.csv 800 16 sgd 0.025 32 0 0.9"
)
SHAPES=${SHAPES:-yeast lesson}
for s in "${shapes[@]}"; do
  read -r name file train hidden solver lr batch l2 momentum <<<"$s"
  [[ " $SHAPES " == *" $name "* ]] || continue
  args=("$data/$file" "$name" "$train" "$hidden" "$solver" "$lr" "$batch" "$l2" "$momentum"
        "$EPOCHS" "$REPS" "$WARMUP")
  echo "timing $name ..." >&2
  java --add-modules jdk.incubator.vector ${JAVA_FLAGS:-} -cp "$CP" mllab.bench.EpochTiming "${args[@]}" >>"$results"
  # One thread, like ours; then the default (OpenBLAS uses every core).
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$PYTHON" docs/bench/sklearn_epoch.py "${args[@]}" | sed 's/ sklearn / sklearn1 /' >>"$results"
  "$PYTHON" docs/bench/sklearn_epoch.py "${args[@]}" | sed 's/ sklearn / sklearnN /' >>"$results"
done

# results: name measure wall-median wall-min cpu-median cpu-min
awk -v reps="$REPS" -v epochs="$EPOCHS" -v shapes="$SHAPES" '
  { w[$1, $2] = $3; wmin[$1, $2] = $4; c[$1, $2] = $5; cmin[$1, $2] = $6 }
  END {
    shape["yeast"] = "2417 × 103 × 14 (all train)"; hid["yeast"] = 64
    shape["lesson"] = "1000 × 20 × 4 (800 train)"; hid["lesson"] = 16
    printf "ms per epoch, CPU time median (min) of %d repetitions of %d epochs; wall median in [ ]\n", reps, epochs
    printf "%-28s %6s | %-20s | %-20s | %-20s | %-20s | %s\n", "rows × features × labels", "hidden",
      "ours: train", "ours: full epoch", "sklearn, 1 thread", "sklearn, default", "ratio (1 thread, CPU)"
    count = split(shapes, order, " ")
    for (i = 1; i <= count; i++) {
      n = order[i]
      printf "%-28s %6d | %5.2f (%5.2f) [%5.2f] | %5.2f (%5.2f) [%5.2f] | %5.2f (%5.2f) [%5.2f] | %5.2f (%5.2f) [%5.2f] | %.1f×\n",
        shape[n], hid[n],
        c[n, "train"], cmin[n, "train"], w[n, "train"],
        c[n, "epoch"], cmin[n, "epoch"], w[n, "epoch"],
        c[n, "sklearn1"], cmin[n, "sklearn1"], w[n, "sklearn1"],
        c[n, "sklearnN"], cmin[n, "sklearnN"], w[n, "sklearnN"],
        c[n, "sklearn1"] / c[n, "train"]
    }
  }' "$results"
