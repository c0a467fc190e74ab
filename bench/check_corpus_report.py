#!/usr/bin/env python3
"""Checks a corpus run's output folder against issue 21's targets and prints what it found.

  python3 bench/check_corpus_report.py OUT [--metric mobile_subscribers] [--quiet]

OUT is a pipeline run's output folder (tables/, charts/, report/). Each check prints one line `name: value  PASS|FAIL`
and, under a failing check, up to ten examples. Exit 0 when every target holds, 1 when one fails, 2 when OUT is not
a run folder.

Checks (issue 21):
  chart_axes_below         charts whose log axis reaches more than one decade below their lowest figure
                           (charts/**/axes.csv, decades_below_lowest > 1)
  chart_duplicate_ticks    charts printing a tick label more than once (axes.csv duplicate_labels)
  series_duplicate_points  published points stating the same figure twice: same series (entity, metric, scope,
                           source), same value, one period inside the other (a year and a month of it, or equal)
  bare_codes               entity codes printed where a name belongs: index and page headings, table cells and links
                           whose whole text is an entity id of entities.csv (PRK, ANT, west_bank, doc:x)
  entities_without_name    entities.csv rows with an empty name or the id as name, and documents joined to
                           doc:<id> (no entity)
  north_korea_breaks       PRK breaks: only the mobile ban from 2004 (to the 2008 relaunch), with its evidence
  north_korea_forecast     a published mobile forecast for PRK (adoption_fit rows with a forecast)
  chosen_without_forecast  chosen backtest rows (every metric) without a forecast
  coverage80_h<N>          share of the metric's chosen series-scope forecasts at horizon N inside their 80 %
                           interval; target 0.75-0.85
  ape_ratio_h1, ape_ratio_h3
                           median APE of the chosen forecast / that of the better naive baseline on the same cells;
                           targets <= 0.89 (1 year), <= 0.75 (3 years)
"""
import argparse
import csv
import glob
import html.parser
import math
import os
import re
import statistics
import sys
from collections import defaultdict

csv.field_size_limit(1 << 30)

COVERAGE = (0.75, 0.85)
RATIO_TARGET = {1: 0.89, 3: 0.75}
NAIVE = ("naive_last", "naive_drift")


def rows(path):
    if not os.path.exists(path):
        return None
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class Checks:
    def __init__(self, quiet):
        self.failed = []
        self.quiet = quiet

    def report(self, name, value, ok, examples=()):
        status = "PASS" if ok else "FAIL"
        if ok is None:
            status = "INFO"
        print(f"{name}: {value}  {status}")
        if not ok and ok is not None:
            self.failed.append(name)
        if examples and not self.quiet and ok is not True:
            for e in list(examples)[:10]:
                print(f"    {e}")


def check_axes(out, c):
    files = sorted(glob.glob(os.path.join(out, "charts", "**", "axes.csv"), recursive=True))
    below, dup, n = [], [], 0
    for path in files:
        for r in rows(path):
            n += 1
            where = (r.get("entity") or os.path.basename(os.path.dirname(path))) + "/" + r["chart"]
            d = r.get("decades_below_lowest") or "0"
            if float(d) > 1:
                below.append(f"{where}: axis {r['axis_lower']}..{r['axis_upper']}, lowest figure "
                             f"{r['lowest_figure']}, {float(d):.2f} decades below")
            if r.get("duplicate_labels"):
                dup.append(f"{where}: {r['duplicate_labels']} (ticks {r['tick_labels']})")
    c.report("charts_checked", f"{n} charts in {len(files)} axes.csv", n > 0)
    c.report("chart_axes_below", len(below), not below, below)
    c.report("chart_duplicate_ticks", len(dup), not dup, dup)


def period_inside(a, b):
    """Period a = (start, end) inside period b (ISO dates compare as text)."""
    return b[0] <= a[0] and a[1] <= b[1]


def check_series(out, c):
    series = rows(os.path.join(out, "tables", "series.csv"))
    if series is None:
        c.report("series_duplicate_points", "no tables/series.csv", False)
        return
    by_key = defaultdict(list)  # (series_id, value) -> periods
    for r in series:
        end = r["period_end"] or r["period_start"]
        by_key[(r["series_id"], float(r["value"]))].append((r["period_start"], end))
    dups = []
    for (sid, value), periods in by_key.items():
        if len(periods) < 2:
            continue
        periods.sort(key=lambda p: (p[0], p[1]))
        seen = set()
        for i, a in enumerate(periods):
            for b in periods[i + 1:]:
                if b[0] > a[1]:
                    break
                if period_inside(a, b) or period_inside(b, a):
                    small = a if period_inside(a, b) else b
                    if small not in seen:
                        seen.add(small)
                        dups.append(f"{sid} {value:g}: {a[0]}..{a[1]} and {b[0]}..{b[1]}")
    c.report("series_points", len(series), None)
    c.report("series_duplicate_points", len(dups), not dups, dups)


class TextCells(html.parser.HTMLParser):
    """Text of the elements where a name is printed: headings, title, table cells, links, list items, captions.
    Cells of one table row share a row number: a code is bare when nothing else in its row names the entity."""
    WATCH = {"h1", "h2", "h3", "title", "td", "th", "a", "li", "caption", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.texts = []  # (tag, text, row number: cells of one table row share it)
        self.tables = []  # per open table: [headers, column index in the current row]
        self.row = 0

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([[], -1])
        elif tag == "tr" and self.tables:
            self.tables[-1][1] = -1
            self.row += 1
        if tag in ("td", "th") and self.tables:
            self.tables[-1][1] += 1
        if tag in self.WATCH:
            self.stack.append([tag, ""])

    def handle_endtag(self, tag):
        if tag == "table" and self.tables:
            self.tables.pop()
        if tag in self.WATCH and self.stack:
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    t, text = self.stack.pop(i)
                    text = " ".join(text.split())
                    in_row = t in ("td", "th") and self.tables
                    if not in_row:
                        self.row += 1
                    self.texts.append((t, text, self.row))
                    break

    def handle_data(self, data):
        for s in self.stack:
            s[1] += data


def check_names(out, c):
    entities = rows(os.path.join(out, "tables", "entities.csv"))
    if entities is None:
        c.report("entities_without_name", "no tables/entities.csv", False)
        return
    ids = {e["entity_id"] for e in entities}
    codes = ids | {e["iso3166_1"] for e in entities if e["iso3166_1"]} \
        | {e["iso3166_3"] for e in entities if e["iso3166_3"]}
    names = {e["name"] for e in entities if e["name"]}
    codes = {x for x in codes if x and x not in names}
    name_of = {}
    for e in entities:
        for k in (e["entity_id"], e["iso3166_1"], e["iso3166_3"]):
            if k and e["name"] and e["name"] != k:
                name_of.setdefault(k, e["name"])
    unnamed = [f"{e['entity_id']} ({e['kind']}, {e['documents']} documents): name '{e['name']}'"
               for e in entities if int(e["documents"] or 0) > 0
               and (not e["name"] or e["name"] == e["entity_id"] or e["entity_id"].startswith("doc:"))]
    c.report("entities_without_name", len(unnamed), not unnamed, unnamed)

    pages = [os.path.join(out, "report", "index.html")] + sorted(
        glob.glob(os.path.join(out, "report", "countries", "*.html")))
    bare = []
    n_pages = 0
    for path in pages:
        if not os.path.exists(path):
            continue
        n_pages += 1
        p = TextCells()
        with open(path, encoding="utf-8") as f:
            p.feed(f.read())
        by_row = defaultdict(list)
        for tag, text, row in p.texts:
            by_row[row].append(text)
        for tag, text, row in p.texts:
            if tag == "th":
                continue
            head = text.split(" \u2014 ")[0].split(" - ")[0].strip()
            code = text if text in codes else head if head in codes else None
            if code is None and not text.startswith("doc:"):
                continue
            # A code beside its entity's name, or beside a title in a table row (a documents table lists code and
            # title), is not a bare code.
            name = name_of.get(code or "")
            others = [o for o in by_row[row] if o != text]
            if (name and any(name in o for o in others)) or (tag == "td" and any(
                    len(re.findall(r"(?<![\w])[A-Za-z]{2,}(?![\w])", o)) >= 3 and "/" not in o for o in others)):
                continue
            bare.append(f"{os.path.relpath(path, out)}: <{tag}> {text[:80]}")
    c.report("pages_checked", n_pages, n_pages > 0)
    c.report("bare_codes", len(bare), not bare, sorted(set(bare)))


def check_north_korea(out, c):
    breaks = rows(os.path.join(out, "tables", "breaks.csv")) or []
    prk = [b for b in breaks if b["country_iso3"] == "PRK"]
    desc = [f"{b['service']} {b['break_date']} {b['kind']} ban {b['ban_start']}..{b['ban_end']} "
            f"({b['documents']} documents)" for b in prk]
    wrong = [b for b in prk if b["service"] != "mobile" or not b["ban_start"].startswith("2004")
             or not b["evidence_ref"]]
    ok = bool(prk) and not wrong
    c.report("north_korea_breaks", "; ".join(desc) or "none", ok, [] if ok else desc)
    fits = rows(os.path.join(out, "tables", "adoption_fit.csv")) or []
    fc = [r for r in fits if r["country_iso3"] == "PRK" and r["metric"] == "mobile_subscribers" and r["forecast"]]
    why = sorted({r["fit_status"] for r in fits if r["country_iso3"] == "PRK"
                  and r["metric"] == "mobile_subscribers"})
    c.report("north_korea_forecast", f"{len(fc)} forecast points" + ("" if fc else f" (fit_status {why})"),
             bool(fc), [f"{r['series_id']} {r['date']} {r['model']} {r['forecast']} [{r['lower80']}, "
                        f"{r['upper80']}]" for r in fc])


def check_forecasts(out, c, metric):
    bt = rows(os.path.join(out, "tables", "forecast_backtest.csv"))
    if bt is None:
        c.report("chosen_without_forecast", "no tables/forecast_backtest.csv", False)
        return
    cells = defaultdict(dict)
    chosen = {}
    missing = defaultdict(int)
    for r in bt:
        if r["chosen"] == "true" and not r["forecast"]:
            missing[r["metric"]] += 1
        if r["fit_scope"] != "series":
            continue
        key = (r["metric"], r["series_id"], int(r["origin"]), int(r["horizon"]))
        cells[key][r["model"]] = r
        if r["chosen"] == "true":
            chosen[key] = r["model"]
    n_missing = sum(missing.values())
    c.report("chosen_without_forecast", n_missing, n_missing == 0,
             [f"{m}: {n}" for m, n in sorted(missing.items())])

    def ape(r):
        return float(r["abs_pct_error"]) if r and r["abs_pct_error"] else None

    per_h = defaultdict(lambda: {"c": [], "nl": [], "nd": [], "in": 0, "n": 0})
    for key, models in cells.items():
        if key[0] != metric or key not in chosen:
            continue
        r = models[chosen[key]]
        s = per_h[key[3]]
        if r["lower80"] and r["upper80"] and r["actual"]:
            s["n"] += 1
            s["in"] += float(r["lower80"]) <= float(r["actual"]) <= float(r["upper80"])
        a, nl, nd = ape(r), ape(models.get("naive_last")), ape(models.get("naive_drift"))
        if a is not None and nl is not None and nd is not None:
            s["c"].append(a)
            s["nl"].append(nl)
            s["nd"].append(nd)
    for h in sorted(per_h):
        s = per_h[h]
        cov = s["in"] / s["n"] if s["n"] else float("nan")
        c.report(f"coverage80_h{h}", f"{cov:.3f} ({s['in']}/{s['n']} {metric})",
                 COVERAGE[0] <= cov <= COVERAGE[1])
        if s["c"]:
            mc = statistics.median(s["c"])
            better = min(statistics.median(s["nl"]), statistics.median(s["nd"]))
            ratio = mc / better if better else float("nan")
            target = RATIO_TARGET.get(h)
            c.report(f"ape_ratio_h{h}", f"{ratio:.3f} (median APE {mc:.4f} / better naive {better:.4f}, "
                     f"{len(s['c'])} cells" + (f", target <= {target}" if target else "") + ")",
                     (ratio <= target) if target else None)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--metric", default="mobile_subscribers")
    ap.add_argument("--quiet", action="store_true", help="no examples under failing checks")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.out, "tables")):
        print(f"{a.out}: not a run folder (no tables/)", file=sys.stderr)
        return 2
    c = Checks(a.quiet)
    check_axes(a.out, c)
    check_series(a.out, c)
    check_names(a.out, c)
    check_north_korea(a.out, c)
    check_forecasts(a.out, c, a.metric)
    print("result: " + ("all targets hold" if not c.failed else "FAILED " + ", ".join(c.failed)))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
