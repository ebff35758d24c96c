"""List quote-attribution mismatches against gold JSONL, grouped by error class.

Runs ``extract_quotes`` on every record (terms included, so a missed gold quote
can be told apart from one the stage called a term), scores with the project's
strict scorer and prints a table of classes with counts, then (with ``--show``)
the examples of the classes asked for, with the context around each quote.
Meant for the TRAIN split: tune there, only measure on dev.

    python scripts/quote_errors.py ../shared/data/quotes/polnear/train.jsonl
    python scripts/quote_errors.py ../shared/data/quotes/polnear/train.jsonl --show wrong:partial --limit 30
    python scripts/quote_errors.py TRAIN --save /tmp/before.json   # then, after a change:
    python scripts/quote_errors.py TRAIN --diff /tmp/before.json   # errors fixed and introduced
    python scripts/quote_errors.py TRAIN --antecedents 20           # pronoun antecedents (a proxy)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from stancedb.evaluation.gold import GoldFileMissing
from stancedb.evaluation.quotes import load_gold, prediction_record, score
from stancedb.quotes import extract_quotes
from stancedb.records import Quote


def _classify(error: dict[str, Any], quotes: list[Quote], text: str) -> str:
    """The class name of one scorer error."""
    if error["type"] == "speaker":
        gold, pred = error["gold"], error["pred"]
        rule = pred.get("rule") or "none"
        if gold.get("speaker") is None:
            return f"speaker-but-gold-none:{rule}"
        if pred.get("speaker") is None:
            return "no-speaker"
        return f"wrong:{rule}"
    if error["type"] == "missed":
        gold = error["gold"]
        term = any(q.kind == "term" and q.start < gold["end"] and gold["start"] < q.end for q in quotes)
        return f"missed-{gold.get('kind')}:{'term' if term else 'no-span'}"
    pred = error["pred"]
    return f"spurious:{pred.get('kind')}:{pred.get('rule') or 'none'}"


def _antecedents(
    gold: dict[str, dict[str, Any]], extracted: dict[str, list[Quote]], show: int, width: int
) -> int:
    """A proxy for pronoun antecedents (the gold has none): an antecedent counts
    as "named" when its last word is a word of a named gold speaker of the article."""
    counts: Counter[str] = Counter()
    others = []
    for doc_id, quotes in extracted.items():
        text = gold[doc_id]["text"]
        names = {
            w.strip(",.’'")
            for q in gold[doc_id]["quotes"]
            if q.get("speaker") and q["speaker"].split()[0] not in _PRONOUNS
            for w in q["speaker"].split()
            if w[:1].isupper()
        }
        for q in quotes:
            if q.speaker not in _PRONOUNS or q.speaker.lower() not in ("he", "she"):
                continue
            if q.antecedent is None:
                counts["none"] += 1
            elif q.antecedent.split()[-1].strip(",.’'") in names:
                counts["named"] += 1
            else:
                counts["other"] += 1
                assert q.speaker_start is not None
                others.append(f"  {q.antecedent!r} <- {_context(text, q.speaker_start, q.speaker_end or 0, width)}")
    print(f"he/she speakers: {sum(counts.values())}  antecedent names a gold speaker: {counts['named']}"
          f"  another: {counts['other']}  none: {counts['none']}")
    print("\n".join(others[:show]))
    return 0


_PRONOUNS = frozenset(("he", "she", "He", "She", "they", "They", "we", "We", "I", "it", "It"))


def _key(error: dict[str, Any]) -> str:
    """An error's identity across runs: document, quote offsets, predicted speaker."""
    q, pred = error.get("gold") or error["pred"], error.get("pred") or {}
    return f"{error['id']}|{q['start']}|{q['end']}|{pred.get('speaker_start')}|{pred.get('start')}"


def _context(text: str, start: int, end: int, width: int) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return (text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]).replace("\n", " ¶ ")


def _describe(error: dict[str, Any], text: str, width: int) -> str:
    gold, pred = error.get("gold"), error.get("pred")
    q = gold or pred
    assert q is not None
    lines = [f"  {error['id']}  {q['start']}-{q['end']}", "    " + _context(text, q["start"], q["end"], width)]
    if gold is not None:
        lines.append(f"    gold: {gold.get('speaker')!r} @{gold.get('speaker_start')}  cue={gold.get('cue')!r}")
    if pred is not None:
        lines.append(
            f"    pred: {pred.get('speaker')!r} @{pred.get('speaker_start')}  cue={pred.get('cue')!r}"
            f"  rule={pred.get('rule')}"
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--show", action="append", default=[], help="class (or class prefix) to list")
    ap.add_argument("--limit", type=int, default=20, help="examples per class")
    ap.add_argument("--width", type=int, default=200, help="context characters each side")
    ap.add_argument("--seed", type=int, default=0, help="shuffle examples with this seed (0: text order)")
    ap.add_argument("--save", type=Path, help="write the errors (JSON) for a later --diff")
    ap.add_argument("--diff", type=Path, help="list errors fixed and introduced since a --save")
    ap.add_argument(
        "--antecedents", type=int, metavar="N",
        help="instead: count he/she speakers whose antecedent names a gold speaker of the article; show N others",
    )
    args = ap.parse_args()
    try:
        gold = load_gold(args.gold)
    except GoldFileMissing as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    extracted = {doc_id: extract_quotes(d["text"]) for doc_id, d in gold.items()}
    if args.antecedents is not None:
        return _antecedents(gold, extracted, args.antecedents, args.width)
    preds = {doc_id: prediction_record(doc_id, qs) for doc_id, qs in extracted.items()}
    scores = score(gold, preds)
    classes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for err in scores.errors:
        classes[_classify(err, extracted[err["id"]], gold[err["id"]]["text"])].append(err)
    counts = Counter({k: len(v) for k, v in classes.items()})
    print(f"end-to-end tp {scores.end_to_end.tp}  gold {scores.end_to_end.gold}  pred {scores.end_to_end.pred}"
          f"  F1 {scores.end_to_end.f1}  speaker {scores.speaker_accuracy} %")
    for name, n in sorted(counts.items()):
        print(f"{n:6d}  {name}")
    keyed = {_key(err): (name, err) for name, errs in classes.items() for err in errs}
    if args.save:
        args.save.write_text(json.dumps({k: [n, e] for k, (n, e) in keyed.items()}), encoding="utf-8")
    if args.diff:
        before = json.loads(args.diff.read_text(encoding="utf-8"))
        fixed = [v for k, v in before.items() if k not in keyed]
        new = [v for k, v in keyed.items() if k not in before]
        print(f"\n== fixed {len(fixed)}: {dict(Counter(n for n, _ in fixed))}")
        print(f"== introduced {len(new)}: {dict(Counter(n for n, _ in new))}")
        for name, err in new[: args.limit]:
            print(name)
            print(_describe(err, gold[err["id"]]["text"], args.width))
    for name in sorted(classes):
        if not any(name.startswith(s) for s in args.show):
            continue
        examples = classes[name]
        if args.seed:
            examples = examples[:]
            random.Random(args.seed).shuffle(examples)
        print(f"\n== {name} ({len(examples)})")
        for err in examples[: args.limit]:
            print(_describe(err, gold[err["id"]]["text"], args.width))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
