#!/bin/sh
# Regenerates the golden reports (core/src/test/resources/golden) from main's engine, i.e. without this branch's
# optimisations: run it after merging main when merged rules legitimately change findings.
#   sh benchmarks/golden-from-main.sh [REF]      (REF defaults to main)
set -eu
ref=${1:-main}
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive "$ref" | tar -x -C "$tmp"
cp "$root/core/src/test/java/io/fitg/core/GoldenReportsTest.java" "$tmp/core/src/test/java/io/fitg/core/"
rm -rf "$tmp/core/src/test/resources/golden"
(cd "$tmp" && mvn -B -o -q test -pl core -am -Dtest=GoldenReportsTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfitg.updateGoldens=true)
rm -rf "$root/core/src/test/resources/golden"
cp -r "$tmp/core/src/test/resources/golden" "$root/core/src/test/resources/golden"
echo "goldens regenerated from $ref ($(git -C "$root" rev-parse --short "$ref"))"
