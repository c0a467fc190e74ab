#!/usr/bin/python3
"""The product's forecasts against statsmodels' standard methods on exactly the product's backtest cases.

  /usr/bin/python3 bench/forecast_compare.py GROUPS_CSV FORECAST_BACKTEST_CSV [--metric mobile_subscribers]
      [--cache FILE]

Needs Debian's statsmodels (apt-get install -y python3-statsmodels; hence /usr/bin/python3). GROUPS_CSV is the
forecast groups of the run (bench/forecast.sh writes it: series_id, fit_scope, metric, day, value, ...), reduced
here as the product reduces them: one point a year, the year's last (the larger value on its last day).
FORECAST_BACKTEST_CSV is the run's forecast_backtest table. A case is a series-scope cell (series, origin, horizon)
with a chosen forecast: every method is fitted on the series' yearly points up to the origin (taken as consecutive
years) and forecasts the target year, horizon steps ahead; the actual is the product's. Methods:

  damped ETS       ETSModel(error="add", trend="add", damped_trend=True)
  theta            ThetaModel (theta = 2, no deseasonalising)
  ARIMA+drift      ARIMA(order=(1, 1, 0), trend="t")
  drift            the random walk with drift (the mean yearly change)
  naive            the last value

Prints, per horizon, the cases, the median APE of each (the product's chosen forecast first) and the share of
actuals inside each method's 80 % interval (the product's: its lower80/upper80; the others': their model's own).
A method that fails on a case (too few points, no convergence) takes the last value there, so every method is
scored on every case; the count of such fallbacks is printed. The statsmodels fits take minutes (hundreds of
origins, each fitted four ways): --cache keeps them in FILE (series, origin, method, step, forecast, lower, upper;
they do not depend on the product), so a later run compares another version of the product in seconds.
"""
import argparse
import csv
import datetime
import math
import random
import statistics
import sys
import warnings
from collections import defaultdict

import numpy as np
import pandas as pd

warnings.filterwarnings("ignore")

from statsmodels.tsa.arima.model import ARIMA  # noqa: E402
from statsmodels.tsa.exponential_smoothing.ets import ETSModel  # noqa: E402
from statsmodels.tsa.forecasting.theta import ThetaModel  # noqa: E402

Z80 = 1.2815515655446004
METHODS = ("product", "ets_damped", "theta", "arima_drift", "drift", "naive")


def year_of(day):
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=int(day))).year


def load_groups(path, metric):
    pts = defaultdict(list)
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            if r["fit_scope"] != "series" or r["metric"] != metric:
                continue
            pts[r["series_id"]].append((int(r["day"]), float(r["value"])))
    yearly = {}
    for sid, ps in pts.items():
        ps.sort()
        last = {}
        for d, v in ps:
            last[year_of(d)] = v
        yearly[sid] = sorted(last.items())
    return yearly


def fit_all(y, steps):
    """Forecasts and 80 % intervals (lists of length steps) of each method; None where it fails."""
    out = {}
    n = len(y)
    try:
        # A pandas series: the prediction's summary frame needs an index.
        r = ETSModel(pd.Series(y), error="add", trend="add", damped_trend=True).fit(disp=False)
        p = r.get_prediction(start=n, end=n + steps - 1).summary_frame(alpha=0.2)
        out["ets_damped"] = (list(p["mean"]), list(p["pi_lower"]), list(p["pi_upper"]))
    except Exception:  # noqa: BLE001 - a failed fit falls back to the last value
        out["ets_damped"] = None
    try:
        r = ThetaModel(y, deseasonalize=False).fit()
        f = r.forecast(steps)
        pi = r.prediction_intervals(steps, alpha=0.2)
        out["theta"] = (list(f), list(pi["lower"]), list(pi["upper"]))
    except Exception:  # noqa: BLE001
        out["theta"] = None
    try:
        r = ARIMA(y, order=(1, 1, 0), trend="t").fit()
        fc = r.get_forecast(steps)
        ci = fc.conf_int(alpha=0.2)
        out["arima_drift"] = (list(fc.predicted_mean), list(ci[:, 0]), list(ci[:, 1]))
    except Exception:  # noqa: BLE001
        out["arima_drift"] = None
    d = np.diff(y)
    mu = d.mean()
    sigma = d.std(ddof=1) if len(d) > 1 else 0.0
    hs = np.arange(1, steps + 1)
    f = y[-1] + mu * hs
    se = sigma * np.sqrt(hs * (1 + hs / len(d)))
    out["drift"] = (list(f), list(f - Z80 * se), list(f + Z80 * se))
    sigma0 = math.sqrt(np.mean(d ** 2))
    se0 = sigma0 * np.sqrt(hs)
    out["naive"] = ([y[-1]] * steps, list(y[-1] - Z80 * se0), list(y[-1] + Z80 * se0))
    return out


def load_cache(path):
    out = {}
    if not path:
        return out
    try:
        with open(path, newline="") as f:
            for sid, origin, m, step, fc, lo, hi in csv.reader(f):
                fits = out.setdefault((sid, int(origin)), {})
                if fc == "":
                    fits[m] = None
                    continue
                res = fits.setdefault(m, ([None] * 5, [None] * 5, [None] * 5))
                for k, v in enumerate((fc, lo, hi)):
                    res[k][int(step) - 1] = float(v)
    except FileNotFoundError:
        pass
    return {k: v for k, v in out.items() if len(v) == 5}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("groups")
    ap.add_argument("backtest")
    ap.add_argument("--metric", default="mobile_subscribers")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--limit", type=int, default=None, help="only the first N origins of the fixed random order")
    ap.add_argument("--cached-only", action="store_true", help="only the origins already in the cache")
    a = ap.parse_args()
    cache = load_cache(a.cache)
    cache_out = open(a.cache, "a", newline="") if a.cache else None
    cache_writer = csv.writer(cache_out, lineterminator="\n") if cache_out else None
    yearly = load_groups(a.groups, a.metric)
    cases = defaultdict(list)  # (series, origin) -> [(horizon, actual, forecast, lower, upper)]
    with open(a.backtest, newline="") as f:
        for r in csv.DictReader(f):
            if r["fit_scope"] != "series" or r["metric"] != a.metric or r["chosen"] != "true" or not r["forecast"]:
                continue
            cases[(r["series_id"], int(r["origin"]))].append(
                (int(r["horizon"]), float(r["actual"]), float(r["forecast"]),
                 float(r["lower80"]) if r["lower80"] else None, float(r["upper80"]) if r["upper80"] else None))
    apes = defaultdict(lambda: defaultdict(list))
    inside = defaultdict(lambda: defaultdict(int))
    with_interval = defaultdict(lambda: defaultdict(int))
    fallbacks = defaultdict(int)
    missing = 0
    # In a fixed random order, so that a run stopped early (--limit) has scored a fair sample of the cases.
    order = sorted(cases.items())
    random.Random(12).shuffle(order)
    if a.limit:
        order = order[:a.limit]
    if a.cached_only:
        order = [c for c in order if c[0] in cache]
    for i, ((sid, origin), rows) in enumerate(order):
        pts = [v for yr, v in yearly.get(sid, []) if yr <= origin]
        if len(pts) < 5:
            missing += len(rows)
            continue
        y = np.asarray(pts, dtype=float)
        fits = cache.get((sid, origin))
        if fits is None:
            fits = fit_all(y, 5)
            if cache_writer:
                for m, res in fits.items():
                    for step in range(5):
                        cache_writer.writerow([sid, origin, m, step + 1] + (
                            ["", "", ""] if res is None else [repr(float(res[k][step])) for k in range(3)]))
                cache_out.flush()
        for h, actual, fc, lo, hi in rows:
            if actual == 0:
                continue
            for m in METHODS:
                if m == "product":
                    f, l, u = fc, lo, hi
                else:
                    res = fits[m]
                    if res is None or not np.isfinite(res[0][h - 1]):
                        fallbacks[m] += 1
                        res = fits["naive"]
                    f, l, u = res[0][h - 1], res[1][h - 1], res[2][h - 1]
                apes[h][m].append(abs(f - actual) / abs(actual))
                if l is not None and u is not None and np.isfinite(l) and np.isfinite(u):
                    with_interval[h][m] += 1
                    inside[h][m] += l <= actual <= u
        if i % 200 == 0:
            print(f"... {i} of {len(cases)} origins", file=sys.stderr)
    print(f"origins {len(order)} of {len(cases)}; metric {a.metric}; cases without the series' points: {missing}; fallbacks to the last value: "
          + (", ".join(f"{m} {n}" for m, n in sorted(fallbacks.items())) or "none"))
    print("| horizon (years) | cases | " + " | ".join(METHODS) + " | 80 % coverage " + " / ".join(METHODS) + " |")
    print("|---|---|" + "---|" * (len(METHODS) + 1))
    for h in sorted(apes):
        med = " | ".join(f"{statistics.median(apes[h][m]):.3f}" for m in METHODS)
        cov = " / ".join(f"{inside[h][m] / with_interval[h][m]:.2f}" if with_interval[h][m] else "-"
                         for m in METHODS)
        print(f"| {h} | {len(apes[h]['product'])} | {med} | {cov} |")


if __name__ == "__main__":
    main()
