#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ from a real window.
# Needs a display; on a headless Linux machine run it under Xvfb:
#   apt-get install -y xvfb xauth libgtk-3-0 libxtst6
#   xvfb-run -a -s "-screen 0 1280x800x24" bash docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java --add-modules jdk.incubator.vector -cp "target/test-classes:target/classes:$(cat target/cp.txt)" mllab.tools.ScreenshotTour docs/screenshots
