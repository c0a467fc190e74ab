#!/usr/bin/env python3
"""Scores the forecast backtest of a run (issue 12) and, on request, writes the forecast prior.

  python3 bench/forecast_eval.py DIR/tables/forecast_backtest.csv [--metric mobile_subscribers] [--horizon 3]
      [--write-prior REFERENCE_DIR --source TEXT]

Prints, per metric and horizon, over the series-scope backtest cells (series, origin) where the method chose a
model: the median APE of the chosen model and of both naive baselines on the same cells, the ratio to the better
naive baseline, and the share of chosen forecasts inside their 80 % interval; then the chosen rows without a
forecast (none should be: where the choice could not be fitted the next-ranked model stands in).
--write-prior writes forecast_prior_models.csv (each model's mean APE capped at 10 % per metric and target year) and
forecast_prior_intervals.csv (quantiles of ln(actual/forecast) of the chosen one-year forecasts per metric as known
at each origin year -- forecasts whose target was at most that year -- times the square root of the horizon) for runs whose own backtest is too short.
Both are split by year so that a run uses, at each origin, only what was known then.
"""
import argparse
import csv
import math
import os
import statistics
from collections import defaultdict

NAIVE = ("naive_last", "naive_drift")
# ForecastTransform.CALIBRATION_MIN: fewer chosen forecasts than this give no interval.
MIN_CALIBRATION = 20
# ForecastTransform.CALIBRATION_YEARS: an origin's calibration uses the forecasts of its last this many target years.
CALIBRATION_YEARS = 10
# SeriesBacktest.APE_CAP: the error a model is ranked by is the APE capped here, a failed fit counting the cap.
APE_CAP = 0.1


def quantile(xs, q):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    pos = q * (len(xs) - 1)
    lo = math.floor(pos)
    hi = math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("backtest")
    ap.add_argument("--metric", default=None)
    ap.add_argument("--horizon", type=int, default=None)
    ap.add_argument("--write-prior", default=None)
    ap.add_argument("--source", default="")
    a = ap.parse_args()

    cells = defaultdict(dict)  # (metric, series, origin, horizon) -> model -> row
    chosen_model = {}
    chosen_without_forecast = defaultdict(int)
    with open(a.backtest, newline="") as f:
        for r in csv.DictReader(f):
            if r["fit_scope"] != "series":
                continue
            key = (r["metric"], r["series_id"], int(r["origin"]), int(r["horizon"]))
            cells[key][r["model"]] = r
            if r["chosen"] == "true":
                chosen_model[key] = r["model"]
                if not r["forecast"]:
                    chosen_without_forecast[r["metric"]] += 1

    def ape(r):
        return float(r["abs_pct_error"]) if r and r["abs_pct_error"] else None

    stats = defaultdict(lambda: {"chosen": [], "naive_last": [], "naive_drift": [], "curve": [], "curve_naive": [],
                                 "inside": 0, "with_interval": 0, "cells": 0, "series": set()})
    for key, models in cells.items():
        metric, series, origin, horizon = key
        if a.metric and metric != a.metric:
            continue
        if a.horizon and horizon != a.horizon:
            continue
        m = chosen_model.get(key)
        if m is None:
            continue
        s = stats[(metric, horizon)]
        c = ape(models.get(m))
        nl = ape(models.get("naive_last"))
        nd = ape(models.get("naive_drift"))
        if c is None or nl is None or nd is None:
            continue
        s["cells"] += 1
        s["series"].add(series)
        s["chosen"].append(c)
        s["naive_last"].append(nl)
        s["naive_drift"].append(nd)
        if m not in NAIVE:
            s["curve"].append(c)
            s["curve_naive"].append(min(nl, nd))
        row = models[m]
        if row["lower80"] and row["upper80"]:
            s["with_interval"] += 1
            if float(row["lower80"]) <= float(row["actual"]) <= float(row["upper80"]):
                s["inside"] += 1

    print("metric,horizon,series,cells,median_ape_chosen,median_ape_naive_last,median_ape_naive_drift,"
          "ratio_to_better_naive,cells_with_curve,median_ape_curve,coverage80,cells_with_interval")
    for (metric, horizon), s in sorted(stats.items()):
        mc = statistics.median(s["chosen"])
        nl = statistics.median(s["naive_last"])
        nd = statistics.median(s["naive_drift"])
        better = min(nl, nd)
        cov = s["inside"] / s["with_interval"] if s["with_interval"] else float("nan")
        mcurve = statistics.median(s["curve"]) if s["curve"] else float("nan")
        print(f"{metric},{horizon},{len(s['series'])},{s['cells']},{mc:.4f},{nl:.4f},{nd:.4f},"
              f"{mc / better if better else float('nan'):.3f},{len(s['curve'])},{mcurve:.4f},{cov:.3f},"
              f"{s['with_interval']}")

    print("chosen rows without a forecast: " + (", ".join(f"{m} {n}" for m, n in sorted(
        chosen_without_forecast.items())) or "0"))

    if a.write_prior:
        write_prior(cells, chosen_model, a.write_prior, a.source)


def write_prior(cells, chosen_model, out_dir, source):
    errors = defaultdict(list)  # (metric, model, target year) -> capped APEs
    chosen = defaultdict(list)  # (metric, horizon) -> (target year, ln ratio, APE)
    for key, models in cells.items():
        metric, _, _, horizon = key
        for m, r in models.items():
            e = ape(r)
            errors[(metric, m, target_year(r))].append(APE_CAP if e is None else min(APE_CAP, e))
        m = chosen_model.get(key)
        r = models.get(m) if m else None
        if r and r["forecast"] and float(r["forecast"]) > 0 and float(r["actual"]) > 0:
            chosen[(metric, horizon)].append((target_year(r), math.log(float(r["actual"]) / float(r["forecast"])),
                                              float(r["abs_pct_error"])))
    with open(os.path.join(out_dir, "forecast_prior_models.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["metric", "model", "target_year", "n", "mean_error", "source"])
        for (metric, m, year), es in sorted(errors.items()):
            w.writerow([metric, m, year, len(es), f"{sum(es) / len(es):.6f}", source])
    with open(os.path.join(out_dir, "forecast_prior_intervals.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["metric", "origin", "horizon", "n", "q10", "q90", "median_ape", "source"])
        # As ForecastTransform.calibrationByOrigin: the quantiles one year ahead times the square root of the
        # horizon; n the one-year forecasts behind them; median_ape that horizon's own.
        for (metric, h), rows in sorted(chosen.items()):
            one = chosen.get((metric, 1), [])
            years = sorted({y for y, _, _ in one})
            if not years:
                continue
            for origin in range(years[0], years[-1] + 1):
                base = [lr for y, lr, _ in one if origin - CALIBRATION_YEARS < y <= origin]
                own = [e for y, _, e in rows if origin - CALIBRATION_YEARS < y <= origin]
                if len(base) < MIN_CALIBRATION or not own:
                    continue
                k = math.sqrt(h)
                w.writerow([metric, origin, h, len(base), f"{quantile(base, 0.1) * k:.6f}",
                            f"{quantile(base, 0.9) * k:.6f}", f"{statistics.median(own):.6f}", source])


def target_year(r):
    return int(r["date"][:4])


def ape(r):
    return float(r["abs_pct_error"]) if r and r["abs_pct_error"] else None


if __name__ == "__main__":
    main()
