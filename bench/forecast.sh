#!/usr/bin/env bash
# Forecast benchmark: the full Factbook render through the pipeline without the forecast prior, then
# bench/forecast_eval.py on its forecast_backtest table.
#   bench/forecast.sh [--write-prior]   the pipeline run; also rewrite datasets/reference/forecast_prior_*.csv from it
#   bench/forecast.sh --groups          the forecast groups of the last pipeline run (target/forecast-bench), once
#   bench/forecast.sh --fast            the backtest and the choice alone over those groups (ForecastBench): the
#                                       forecast code's loop in minutes, not a pipeline run
#   bench/forecast.sh --compare [DIR]   statsmodels' methods on the cases of DIR (default: the last pipeline run)
set -euo pipefail
cd "$(dirname "$0")/.."
render=target/fb/full
out=target/forecast-bench
fast=target/forecast-fast
ref=target/forecast-bench-reference
bench_java() {  # from the compiled classes: no jar to package
  mvn -B -o -q compile
  java -Xmx3g $(cat target/jvm-flags.txt) -cp "target/classes:$(cat target/deps-classpath.txt)" \
    org.telecomgrowth.bench.ForecastBench "$@"
}
single_csv() {  # Spark's one-part CSV folder to one file
  cat "$1"/part-*.csv > "$2"
}
case "${1:-}" in
  --groups)
    mkdir -p "$fast"
    bench_java groups "$out" "$ref" "$fast"
    single_csv "$fast/groups-csv" "$fast/groups.csv"
    exit 0 ;;
  --fast)
    bench_java backtest "$fast" "$ref"
    single_csv "$fast/forecast_backtest-csv" "$fast/forecast_backtest.csv"
    single_csv "$fast/adoption_fit-csv" "$fast/adoption_fit.csv"
    python3 bench/forecast_eval.py "$fast/forecast_backtest.csv"
    exit 0 ;;
  --compare)
    dir=${2:-$out/tables}
    /usr/bin/python3 bench/forecast_compare.py "$fast/groups.csv" "$dir/forecast_backtest.csv"
    exit 0 ;;
esac
if [ ! -f "$render/catalog.csv" ]; then
  python3 ../shared/factbook/render.py "$render"
fi
rm -rf "$ref" "$out"
mkdir -p "$ref"
cp datasets/reference/population.csv datasets/reference/households.csv datasets/reference/entity_aliases.tsv "$ref/"
./run.sh --input "$render/documents" --catalog "$render/catalog.csv" --reference "$ref" --output "$out" \
  --master 'local[2]'
args=("$out/tables/forecast_backtest.csv")
if [ "${1:-}" = "--write-prior" ]; then
  args+=(--write-prior datasets/reference --source "rolling-origin backtest of the full CIA World Factbook render (8,932 documents; public domain), telecom-growth $(git rev-parse --short HEAD), $(date -u +%F)")
fi
python3 bench/forecast_eval.py "${args[@]}"
