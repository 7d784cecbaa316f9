"""Score the job-ad reader (coachkit.analysis.job_ad.split_ad) on held-out ads.

    python benchmarks/eval_job_ads.py                     # table per style and overall
    python benchmarks/eval_job_ads.py --misses            # also list every wrong line
    python benchmarks/eval_job_ads.py --module OLD.py     # score another copy of job_ad.py

The ads and their expected duties and requirements (essential or desirable) are in
tests/data/job_ads/expected_heldout.json, written by a separate writer. A line counts as
found when it matches an expected item after lower-casing, straightening quotes,
collapsing spaces and dropping a final full stop. Requirements must also carry the
right essential/desirable mark to count as "marked right".

Two baselines read the same cleaned text: "every list item is a duty" (what a reader
with no headings would get) and "wording only" (each line classified by
job_ad.classify_line, ignoring headings).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coachkit.analysis import job_ad  # noqa: E402

ADS = ROOT / "tests" / "data" / "job_ads"
EXPECTED = ADS / "expected_heldout.json"


def norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.rstrip(".;, ").strip()


def load_expected(path: Path = EXPECTED) -> list[dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8"))["ads"]


def _parser_output(module: Any, raw: str) -> tuple[list[str], dict[str, bool]]:
    split = module.split_ad(raw)
    desirable = {norm(t) for t in split.desirable}
    reqs = {norm(t): norm(t) not in desirable for t in split.requirements}
    return [norm(t) for t in split.duties], reqs


def _list_items(raw: str) -> list[str]:
    text = job_ad.clean_ad_text(raw)
    return [m.group("body") for line in text.split("\n")
            if (m := job_ad._LIST_ITEM.match(line))]


def _baseline_all_items_duties(raw: str) -> tuple[list[str], dict[str, bool]]:
    return [norm(t) for t in _list_items(raw)], {}


def _baseline_wording(raw: str) -> tuple[list[str], dict[str, bool]]:
    duties, reqs = [], {}
    text = job_ad.clean_ad_text(raw)
    for line in filter(None, text.split("\n")):
        match = job_ad._LIST_ITEM.match(line)
        body = match.group("body") if match else line
        kind = job_ad.classify_line(body)
        if kind == job_ad.DUTIES:
            duties.append(norm(body))
        elif kind in (job_ad.REQUIREMENTS, job_ad.DESIRABLE):
            reqs[norm(body)] = kind == job_ad.REQUIREMENTS
    return duties, reqs


def _prf(tp: int, found: int, wanted: int) -> dict[str, float]:
    p = tp / found if found else 0.0
    r = tp / wanted if wanted else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(reader: Any, ads: list[dict[str, Any]], folder: Path = ADS) -> dict[str, Any]:
    """reader(raw) -> (duty lines, {requirement line: essential})."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: list[str] = []
    for ad in ads:
        # bytes, so that Windows line endings reach the reader as they would from a paste
        raw = (folder / ad["file"]).read_bytes().decode("utf-8")
        duties, reqs = reader(raw)
        want_duties = [norm(t) for t in ad["duties"]]
        want_reqs = {norm(r["text"]): bool(r["essential"]) for r in ad["requirements"]}
        counts = totals[ad["style"]]
        d_tp = len(set(duties) & set(want_duties))
        r_tp = len(set(reqs) & set(want_reqs))
        marked = sum(1 for t in set(reqs) & set(want_reqs) if reqs[t] == want_reqs[t])
        for key, value in (("d_tp", d_tp), ("d_found", len(set(duties))),
                           ("d_want", len(set(want_duties))), ("r_tp", r_tp),
                           ("r_found", len(reqs)), ("r_want", len(want_reqs)),
                           ("r_marked", marked), ("ads", 1)):
            counts[key] += value
        for t in sorted(set(want_duties) - set(duties)):
            misses.append(f"{ad['file']}: duty missed: {t}")
        for t in sorted(set(duties) - set(want_duties)):
            misses.append(f"{ad['file']}: extra duty: {t}")
        for t in sorted(set(want_reqs) - set(reqs)):
            misses.append(f"{ad['file']}: requirement missed: {t}")
        for t in sorted(set(reqs) - set(want_reqs)):
            misses.append(f"{ad['file']}: extra requirement: {t}")
        for t in sorted(set(reqs) & set(want_reqs)):
            if reqs[t] != want_reqs[t]:
                misses.append(f"{ad['file']}: marked {'essential' if reqs[t] else 'desirable'}"
                              f" wrongly: {t}")
    overall: dict[str, int] = defaultdict(int)
    for counts in totals.values():
        for key, value in counts.items():
            overall[key] += value
    rows = {style: _row(c) for style, c in sorted(totals.items())}
    rows["all ads"] = _row(overall)
    return {"rows": rows, "misses": misses}


def _row(c: dict[str, int]) -> dict[str, float]:
    duties = _prf(c["d_tp"], c["d_found"], c["d_want"])
    reqs = _prf(c["r_tp"], c["r_found"], c["r_want"])
    return {"ads": c["ads"], "duty_f1": duties["f1"], "duty_p": duties["p"],
            "duty_r": duties["r"], "req_f1": reqs["f1"], "req_p": reqs["p"], "req_r": reqs["r"],
            "marked": c["r_marked"] / c["r_tp"] if c["r_tp"] else 0.0}


def markdown(results: dict[str, dict[str, Any]]) -> str:
    ours = results["coachkit"]["rows"]
    lines = ["| Style | Ads | Duties P / R / F1 | Requirements P / R / F1 | "
             "Essential/desirable marked right |", "|---|---:|---|---|---:|"]
    for style, r in ours.items():
        lines.append(f"| {style} | {r['ads']} | {r['duty_p']:.2f} / {r['duty_r']:.2f} / "
                     f"{r['duty_f1']:.2f} | {r['req_p']:.2f} / {r['req_r']:.2f} / "
                     f"{r['req_f1']:.2f} | {r['marked']:.2f} |")
    lines += ["", "| Reader (all ads) | Duties F1 | Requirements F1 | Marked right |",
              "|---|---:|---:|---:|"]
    for name, result in results.items():
        r = result["rows"]["all ads"]
        lines.append(f"| {name} | {r['duty_f1']:.2f} | {r['req_f1']:.2f} | {r['marked']:.2f} |")
    return "\n".join(lines)


def load_module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("job_ad_other", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong line")
    parser.add_argument("--module", type=Path, help="score this copy of job_ad.py")
    parser.add_argument("--corpus", type=Path, default=ADS,
                        help="a folder of ads with their expected.json (or "
                             "expected_heldout.json); default: tests/data/job_ads")
    args = parser.parse_args(argv)
    module = load_module(args.module) if args.module else job_ad
    folder = args.corpus
    expected = next(p for p in (folder / "expected_heldout.json", folder / "expected.json")
                    if p.exists())
    ads = load_expected(expected)
    results = {
        "coachkit": evaluate(lambda raw: _parser_output(module, raw), ads, folder),
        "every list item a duty": evaluate(_baseline_all_items_duties, ads, folder),
        "wording only": evaluate(_baseline_wording, ads, folder),
    }
    print(markdown(results))
    if args.misses:
        print("\n".join(results["coachkit"]["misses"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
