#!/bin/sh
# Runs every JMH benchmark (with the GC profiler), the cold-start measurement in 7 fresh JVMs and the CLI end to
# end 7 times (java -jar, then the launcher examples/target/fitg), then writes benchmarks/results/summary.md. Build first:
#   mvn -B -DskipTests package -pl benchmarks,examples -am
#   sh benchmarks/run.sh                   (extra arguments go to JMH, e.g. a benchmark regex or -f 1 -i 3)
#   FITG_REUSE_JMH=1 sh benchmarks/run.sh  (cold start and CLI only, keeping the last jmh.json)
# The cold start is measured twice: plain JVMs, and JVMs given an application CDS archive that one training run writes.
set -eu
cd "$(dirname "$0")/.."
out=benchmarks/results
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
{
  echo "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //') × $(nproc 2>/dev/null || echo '?') cores"
  echo "$(java -version 2>&1 | head -1)"
  echo "run $(date -u +%Y-%m-%dT%H:%MZ)"
  if [ "${FITG_REUSE_JMH:-0}" = 1 ] && [ -f "$out/jmh.json" ]; then
    # when that run started (jmh-run.txt); a file's time would be that of the last checkout
    echo "JMH figures from the run of $(cat "$out/jmh-run.txt" 2>/dev/null || echo '?') (kept with FITG_REUSE_JMH=1)"
  fi
} > "$out/machine.txt.new"
mv "$out/machine.txt.new" "$out/machine.txt"
# FITG_REUSE_JMH=1 keeps the last jmh.json and measures only the cold start and the CLI
if [ "${FITG_REUSE_JMH:-0}" != 1 ]; then
  date -u +%Y-%m-%dT%H:%MZ > "$out/jmh-run.txt"
  java -jar "$jar" -rf json -rff "$out/jmh.json" -prof gc "$@"
fi
: > "$out/startup.jsonl"
for i in 1 2 3 4 5 6 7; do
  java -cp "$jar" io.fitg.bench.Startup >> "$out/startup.jsonl"
done
# the same with an application class-data-sharing archive, written by one training run (README "Start-up")
jsa=benchmarks/target/startup.jsa
rm -f "$jsa"
java -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$jar" io.fitg.bench.Startup > /dev/null
: > "$out/startup-cds.jsonl"
if [ -f "$jsa" ]; then
  for i in 1 2 3 4 5 6 7; do
    java -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -cp "$jar" io.fitg.bench.Startup >> "$out/startup-cds.jsonl"
  done
fi
: > "$out/cli.txt"
tmp=$(mktemp -d)
for i in 1 2 3 4 5 6 7; do
  s=$(date +%s%N)
  java -jar examples/target/fitg.jar assess examples/profiles/model-class4.yaml --as-of 2026-11-21 \
      --format json --out "$tmp/report.json"
  e=$(date +%s%N)
  echo "$(( (e - s) / 1000000 ))" | awk '{ printf "%.3f\n", $1 / 1000 }' >> "$out/cli.txt"
done
: > "$out/cli-launcher.txt"
if [ -x examples/target/fitg ]; then
  # the launcher of the distribution: a class-data-sharing archive trained at build time, C1 only for one profile
  for i in 1 2 3 4 5 6 7; do
    s=$(date +%s%N)
    examples/target/fitg assess examples/profiles/model-class4.yaml --as-of 2026-11-21 \
        --format json --out "$tmp/report.json"
    e=$(date +%s%N)
    echo "$(( (e - s) / 1000000 ))" | awk '{ printf "%.3f\n", $1 / 1000 }' >> "$out/cli-launcher.txt"
  done
fi
rm -rf "$tmp"
java -cp "$jar" io.fitg.bench.Summary "$out"
