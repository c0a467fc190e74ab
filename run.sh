#!/usr/bin/env bash
# One entry point for people and schedulers.
#   ./run.sh [OPTIONS]                      build if needed, then run extract -> transform -> report
#                                           (local mode by default; --master spark://HOST:PORT for a cluster)
#   ./run.sh submit [SPARK-SUBMIT OPTS] -- [OPTIONS]
#                                           the application jar through spark-submit: $SPARK_HOME/bin/spark-submit
#                                           when SPARK_HOME is set, else Spark's own SparkSubmit from Maven's jars
#   ./run.sh test                           run the whole test suite (what CI runs)
#   ./run.sh bench [--only PARTS] [--mb N] [--large-mb N] [--repeats N]
#                                           the benchmark: one table, also bench/results/<date>.csv; PARTS
#                                           (comma-separated, default all): extractor,extract,seed,factbook,scale
#   ./run.sh generate --mb N --seed S --output DIR
#                                           a deterministic synthetic corpus: DIR/documents, catalog.csv and
#                                           gold_observations.csv (score_extraction.py --gold DIR --prefix gold)
#   ./run.sh extract-only ...                 the extractor alone (no Spark) over a folder, observations.csv for scoring
#   ./run.sh floor                          the Spark floor: start a local session, count spark.range(1), stop
# Any other arguments are passed to the pipeline; ./run.sh --help lists them.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" = "test" ]; then
  shift
  exec mvn -B verify "$@"
fi

# target/run-classpath.txt: the application jar, then what it needs at run time besides (Spark, Scala, Hadoop,
# compile and provided scopes; never test-scoped jars such as JUnit, spark-hive or Derby).
stamp=target/run-classpath.txt
if [ ! -f "$stamp" ] || [ ! -f target/app-jar.txt ] || [ ! -f "$(cat target/app-jar.txt)" ] \
   || [ -n "$(find src pom.xml -newer "$stamp" -print -quit)" ]; then
  echo "run.sh: building (mvn package, tests skipped)..." >&2
  log=$(mktemp)
  if ! { mvn -B -q -Dstyle.color=never -DskipTests package dependency:build-classpath \
           -Dmdep.outputFile=target/deps-classpath.txt -DincludeScope=compile \
         && mvn -B -q -Dstyle.color=never help:evaluate -Dexpression=spark.jvm.flags -DforceStdout \
              > target/jvm-flags.raw \
         && mvn -B -q -Dstyle.color=never help:evaluate -Dexpression=project.build.finalName -DforceStdout \
              > target/final-name.raw; } > "$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "run.sh: build failed" >&2
    exit 1
  fi
  rm -f "$log"
  sed "s/\x1b\[[0-9;]*m//g" target/jvm-flags.raw > target/jvm-flags.txt
  echo "target/$(sed "s/\x1b\[[0-9;]*m//g" target/final-name.raw).jar" > target/app-jar.txt
  echo "$(cat target/app-jar.txt):$(cat target/deps-classpath.txt)" > "$stamp"
fi

jar=$(cat target/app-jar.txt)
flags=$(cat target/jvm-flags.txt)
main=org.telecomgrowth.Pipeline
# Local mode talks to itself only; a cluster sets its own address.
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

if [ "${1:-}" = "submit" ]; then
  shift
  submit_opts=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    submit_opts+=("$1")
    shift
  done
  [ "${1:-}" = "--" ] && shift
  # The Java 17 flags for the executors come first, so a --conf of the caller's overrides them.
  if [ -n "${SPARK_HOME:-}" ]; then
    exec "$SPARK_HOME/bin/spark-submit" --class "$main" --driver-java-options "$flags" \
      --conf "spark.executor.extraJavaOptions=$flags" "${submit_opts[@]}" "$jar" "$@"
  fi
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS:--Xmx4g} $flags -Djava.awt.headless=true -cp "$(cat target/deps-classpath.txt)" \
    org.apache.spark.deploy.SparkSubmit --class "$main" --conf "spark.executor.extraJavaOptions=$flags" \
    "${submit_opts[@]}" "$jar" "$@"
fi

if [ "${1:-}" = "bench" ]; then
  shift
  main=org.telecomgrowth.bench.Benchmark
elif [ "${1:-}" = "generate" ]; then
  shift
  main=org.telecomgrowth.bench.CorpusGenerator
elif [ "${1:-}" = "extract-only" ]; then
  shift
  main=org.telecomgrowth.bench.ExtractCorpus
elif [ "${1:-}" = "floor" ]; then
  shift
  main=org.telecomgrowth.bench.SparkFloor
fi

# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx4g} $flags -Djava.awt.headless=true "-Dspark.executor.extraJavaOptions=$flags" \
  -cp "$(cat "$stamp")" "$main" "$@"
