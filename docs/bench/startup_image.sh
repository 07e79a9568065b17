#!/usr/bin/env bash
# Start-up of the packaged app against the bare window (see docs/benchmarks.md, "Start-up of
# the packaged app"): StartupBenchmark three ways, each alternating app and bare window in fresh
# JVMs, medians of RUNS (default 5):
#   image      the app image's runtime and class path, with its start-up archive (as its launcher)
#   image-nocds the same without the start-up archive (the runtime's JDK archive only)
#   source     the build's java with target/classes and the jars, as `mvn javafx:run` starts it
#              (javafx:run puts JavaFX on the module path; this uses the class path)
# Needs a display (run under xvfb-run) and, first: mvn -Ppackage-app -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
img=$PWD/target/app/MultiLabelLab
cfg=$img/lib/app/MultiLabelLab.cfg
[[ -f $cfg && -d target/test-classes/mllab/bench ]] || {
  echo "run 'mvn -Ppackage-app -DskipTests package' first" >&2; exit 2; }
image_cp=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s#[\$]APPDIR#$img/lib/app#" | paste -sd: -)
jars=$(ls target/lib/*.jar | grep -v multi-label-lab | paste -sd: -)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for way in ${WAYS:-image image-nocds source}; do
  echo "== $way"
  case $way in
    image) "$img/lib/runtime/bin/java" --add-modules=jdk.incubator.vector \
        -XX:SharedArchiveFile="$img/lib/app/mllab.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -cp "$image_cp:$PWD/target/test-classes" mllab.bench.StartupBenchmark "$RUNS" ;;
    image-nocds) "$img/lib/runtime/bin/java" --add-modules=jdk.incubator.vector \
        -cp "$image_cp:$PWD/target/test-classes" mllab.bench.StartupBenchmark "$RUNS" ;;
    source) java --add-modules jdk.incubator.vector \
        -cp "target/classes:$jars:target/test-classes" mllab.bench.StartupBenchmark "$RUNS" ;;
  esac 2>&1 | grep -v "^WARNING\|^Dec\|^[A-Z][a-z][a-z] [0-9]" | grep -v "^run "
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
