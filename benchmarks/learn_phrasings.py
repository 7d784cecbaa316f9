"""Learned phrasings, measured and not adopted (issue 15, eleventh grouping round).

The spent held-out batches (tests/data/grouping_heldout_batch5-9.json) were written by five
separate writers. A separate labeller mapped each of their families to the one bank intent
that asks the same thing, or to none (tests/data/grouping_family_map.json; strict: a loose fit
is none). This script adds, for every intent, up to N of those questions to the intent's
phrasings (one family at a time in turn, so one writer's family cannot fill an intent) and
groups each batch with phrasings learned from the other four only (leave one batch out).
The bank file is not changed; the engine is patched in this process only.

    python benchmarks/learn_phrasings.py            # leave-one-batch-out table, N = 3/5/8/12
    python benchmarks/learn_phrasings.py --check    # the abstain and chaining cases, N = 8
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

DATA = ROOT / "tests" / "data"
MAP = DATA / "grouping_family_map.json"
BATCHES = (5, 6, 7, 8, 9)
PER_INTENT = 8


def learned(exclude: set[int] = frozenset(), per_intent: int = PER_INTENT) -> dict[str, list[str]]:
    """intent id -> learned phrasings, from every spent batch not in `exclude`."""
    from coachkit.analysis import question_bank

    packaged = getattr(question_bank, "_packaged_load_bank", question_bank.load_bank)
    known = {e.id: {p.casefold() for p in e.phrasings} for e in packaged()}
    mapping = json.loads(MAP.read_text(encoding="utf-8"))
    families: dict[str, list[list[str]]] = {}
    for n in BATCHES:
        if n in exclude:
            continue
        batch = json.loads((DATA / f"grouping_heldout_batch{n}.json").read_text(encoding="utf-8"))
        members: dict[str, list[str]] = {}
        for item in batch["items"]:
            members.setdefault(item["family"], []).append(item["text"])
        for family, texts in members.items():
            intent = mapping.get(f"b{n}", {}).get(family)
            if intent in known:
                families.setdefault(intent, []).append(texts)
    out: dict[str, list[str]] = {}
    for intent, groups in families.items():
        chosen: list[str] = []
        depth = 0
        while len(chosen) < per_intent and any(depth < len(g) for g in groups):
            for group in groups:  # one question per family in turn
                if depth < len(group) and len(chosen) < per_intent:
                    text = group[depth].strip()
                    if text.casefold() not in known[intent] and text not in chosen:
                        chosen.append(text)
            depth += 1
        if chosen:
            out[intent] = chosen
    return dict(sorted(out.items()))


def use_learned_phrasings(phrasings: dict[str, list[str]] | None) -> None:
    """Make the grouping engine in this process use the bank plus these phrasings (None:
    the bank alone), dropping every model and cache it built."""
    import dataclasses

    from coachkit.analysis import grouping, question_bank

    if not hasattr(question_bank, "_packaged_load_bank"):
        question_bank._packaged_load_bank = question_bank.load_bank  # type: ignore[attr-defined]
    packaged = question_bank._packaged_load_bank  # type: ignore[attr-defined]
    if phrasings:
        bank = tuple(dataclasses.replace(e, phrasings=(*e.phrasings, *phrasings[e.id]))
                     if phrasings.get(e.id) else e for e in packaged())
        question_bank.load_bank = lambda: bank  # type: ignore[assignment]
    else:
        question_bank.load_bank = packaged  # type: ignore[assignment]
    grouping._cache_path = lambda key: None  # never keep a variant between processes
    for cache in (grouping._models, grouping._text_features, grouping._profiles,
                  grouping._fixed_tokens):
        cache.clear()
    grouping._speller.clear()


def check(per: int = PER_INTENT) -> None:
    """Cases the engine's unit tests hold it to, with and without the learned phrasings."""
    from coachkit.analysis import grouping

    cases = ["thoughts on chess club?", "what have you learned about us",
             "Do you have a hidden talent?",
             "asked abt experience w/ cash drawers + counting change"]
    variants = (("bank alone", None), (f"learned, {per} per intent", learned(set(), per)))
    for label, phrasings in variants:
        use_learned_phrasings(phrasings)
        print(label, {c: grouping.intent_of(c) for c in cases})
    use_learned_phrasings(None)


def lobo(values: tuple[int, ...] = (3, 5, 8, 12)) -> None:
    """Each spent batch grouped with phrasings learned from the other four only; the
    labelled tune and test splits with phrasings learned from all five."""
    import eval_grouping as eg

    print("| per intent | " + " | ".join(f"batch {n}" for n in BATCHES) + " | tune | test |")
    print("|---|" + "---|" * (len(BATCHES) + 2))
    try:
        for per in (0, *values):
            row = []
            for n in BATCHES:
                use_learned_phrasings(learned({n}, per) if per else {})
                s = eg.score_spent(DATA / f"grouping_heldout_batch{n}.json")
                row.append(f"{s['bcubed_f1']:.3f} / {s['pair_f1']:.3f}")
            use_learned_phrasings(learned(set(), per) if per else {})
            for split in ("tune", "test"):
                s = eg.score(eg.engine(), split)
                row.append(f"{s['bcubed_f1']:.3f} / {s['pair_f1']:.3f}")
            print(f"| {per or 'none'} | " + " | ".join(row) + " |", flush=True)
    finally:
        use_learned_phrasings(None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="the abstain and chaining cases")
    args = ap.parse_args()
    if args.check:
        check()
    else:
        lobo()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
