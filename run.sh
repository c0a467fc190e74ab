#!/usr/bin/env bash
# One entry point for people and schedulers.
#   ./run.sh [OPTIONS]     build if needed, then run extract -> transform -> report (local mode by default)
#   ./run.sh test          run the whole test suite (what CI runs)
#   ./run.sh bench [...]   run the extractor benchmark, results under bench/results/
#   ./run.sh floor         the Spark floor: start a local session, count spark.range(1), stop (for comparisons)
# Any other arguments are passed to the pipeline; ./run.sh --help lists them.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" = "test" ]; then
  shift
  exec mvn -B verify "$@"
fi

stamp=target/run-classpath.txt
if [ ! -f "$stamp" ] || [ -n "$(find src pom.xml -newer "$stamp" -print -quit)" ]; then
  echo "run.sh: building (mvn package, tests skipped)..." >&2
  log=$(mktemp)
  if ! { mvn -B -q -Dstyle.color=never -DskipTests package dependency:build-classpath \
           -Dmdep.outputFile=target/deps-classpath.txt -Dmdep.includeScope=compile \
         && mvn -B -q -Dstyle.color=never help:evaluate -Dexpression=spark.jvm.flags -DforceStdout \
              > target/jvm-flags.raw; } > "$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "run.sh: build failed" >&2
    exit 1
  fi
  rm -f "$log"
  sed "s/\x1b\[[0-9;]*m//g" target/jvm-flags.raw > target/jvm-flags.txt
  echo "target/classes:$(cat target/deps-classpath.txt)" > "$stamp"
fi

main=org.telecomgrowth.Pipeline
# Local mode talks to itself only; a cluster sets its own address.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
if [ "${1:-}" = "bench" ]; then
  shift
  main=org.telecomgrowth.bench.ExtractBenchmark
elif [ "${1:-}" = "extract-only" ]; then
  shift
  main=org.telecomgrowth.bench.ExtractCorpus
elif [ "${1:-}" = "floor" ]; then
  shift
  main=org.telecomgrowth.bench.SparkFloor
fi

# shellcheck disable=SC2046
exec java ${JAVA_OPTS:--Xmx4g} $(cat target/jvm-flags.txt) -Djava.awt.headless=true \
  -Dlog4j.configurationFile=target/classes/log4j2-local.properties \
  -cp "$(cat "$stamp")" "$main" "$@"
