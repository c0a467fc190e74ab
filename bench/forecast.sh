#!/usr/bin/env bash
# Forecast benchmark (issue 12): the full Factbook render through the pipeline without the forecast prior (so no
# backtest origin sees a later backtest), then bench/forecast_eval.py on its forecast_backtest table.
#   bench/forecast.sh [--write-prior]   also rewrite datasets/reference/forecast_prior_*.csv from this run
set -euo pipefail
cd "$(dirname "$0")/.."
render=target/fb/full
out=target/forecast-bench
ref=target/forecast-bench-reference
if [ ! -f "$render/catalog.csv" ]; then
  python3 ../shared/factbook/render.py "$render"
fi
rm -rf "$ref" "$out"
mkdir -p "$ref"
cp datasets/reference/population.csv datasets/reference/households.csv "$ref/"
./run.sh --input "$render/documents" --catalog "$render/catalog.csv" --reference "$ref" --output "$out" \
  --master 'local[2]'
args=("$out/tables/forecast_backtest.csv")
if [ "${1:-}" = "--write-prior" ]; then
  args+=(--write-prior datasets/reference --source "rolling-origin backtest of the full CIA World Factbook render (8,932 documents; public domain), telecom-growth $(git rev-parse --short HEAD), $(date -u +%F)")
fi
python3 bench/forecast_eval.py "${args[@]}"
