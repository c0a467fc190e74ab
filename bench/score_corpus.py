#!/usr/bin/env python3
"""Scores a large corpus run with the shared scorer, one document group at a time.

The shared scorer compares every gold row with every extracted row, which is quadratic in the corpus; scoring the
8,932-document Factbook in one go takes hours. Rows are matched only within their own document anyway, so this
splits gold, optional gold and observations by the group key (the Factbook edition: the doc id's last `_YYYY`),
runs ../shared/tools/score_extraction.py on each group and adds the counts up.

Usage: bench/score_corpus.py --observations OUT/tables/observations.csv --gold RENDER_DIR [--prefix factbook]
"""
import argparse, csv, os, re, subprocess, sys, tempfile

def group(doc):
    m = re.search(r"_(\d{4})$", doc or "")
    return m.group(1) if m else "other"

def split(path, key, out_dir, name, groups):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        writers = {}
        files = []
        for row in r:
            g = group(row[key])
            groups.add(g)
            if g not in writers:
                os.makedirs(os.path.join(out_dir, g), exist_ok=True)
                fh = open(os.path.join(out_dir, g, name), "w", newline="", encoding="utf-8")
                files.append(fh)
                w = csv.DictWriter(fh, fieldnames=r.fieldnames)
                w.writeheader()
                writers[g] = w
            writers[g].writerow(row)
        for fh in files:
            fh.close()
        return r.fieldnames

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--observations", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--prefix", default="factbook")
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                     "shared", "tools", "score_extraction.py"))
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="score-corpus-")
    groups = set()
    split(os.path.join(a.gold, f"{a.prefix}_observations.csv"), "doc", tmp, f"{a.prefix}_observations.csv", groups)
    opt = os.path.join(a.gold, f"{a.prefix}_optional_observations.csv")
    if os.path.exists(opt):
        split(opt, "doc", tmp, f"{a.prefix}_optional_observations.csv", groups)
    header = split(a.observations, "doc_id", tmp, "observations.csv", groups)
    total = dict(rows=0, gold=0, value=0, metric=0, period=0, strict=0, wrong_metric=0, right=0, strict_right=0)
    pat = re.compile(r"observations: (\d+) rows; value recall (\d+)/(\d+); metric (\d+)/\d+; period (\d+)/\d+; "
                     r"strict (\d+)/\d+; precision ([\d.]+); strict_precision ([\d.]+); wrong_metric (\d+)")
    for g in sorted(groups):
        d = os.path.join(tmp, g)
        obs = os.path.join(d, "observations.csv")
        if not os.path.exists(obs):
            with open(obs, "w", newline="", encoding="utf-8") as fh:
                csv.writer(fh).writerow(header)
        gold = os.path.join(d, f"{a.prefix}_observations.csv")
        if not os.path.exists(gold):
            with open(gold, "w", newline="", encoding="utf-8") as fh:
                fh.write("id,doc,metric,value,unit,qualifier,period_start,period_end,scope,source,evidence\n")
        out = subprocess.run([sys.executable, a.scorer, "--observations", obs, "--gold", d, "--prefix", a.prefix],
                             capture_output=True, text=True, check=True).stdout
        with open(os.path.join(d, "score.txt"), "w") as fh:
            fh.write(out)
        m = pat.search(out.strip().splitlines()[-1])
        rows, value, n, metric, period, strict = (int(m.group(i)) for i in range(1, 7))
        total["rows"] += rows; total["gold"] += n; total["value"] += value; total["metric"] += metric
        total["period"] += period; total["strict"] += strict; total["wrong_metric"] += int(m.group(9))
        total["right"] += round(float(m.group(7)) * rows); total["strict_right"] += round(float(m.group(8)) * rows)
    t = total
    n = max(t["gold"], 1)
    rows = max(t["rows"], 1)
    print(f"per-group scores in {tmp}/<group>/score.txt")
    print(f"observations: {t['rows']} rows; value recall {t['value']}/{t['gold']}; metric {t['metric']}/{t['gold']}; "
          f"period {t['period']}/{t['gold']}; strict {t['strict']}/{t['gold']} ({t['strict'] / n:.3f}); "
          f"precision {t['right'] / rows:.3f}; strict_precision {t['strict_right'] / rows:.3f}; "
          f"wrong_metric {t['wrong_metric']}")

if __name__ == "__main__":
    main()
