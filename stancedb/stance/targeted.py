"""The target-aware stance scorer: a linear model over words, lexicons and roles.

Weights come from seeds/stance_model.tsv (built by scripts/build_stance_model.py
on NewsMTSC and directed-sentiment train sets). With holder offsets the
``directed`` head answers "what does the holder think of the target" (so "A
criticised B" is A → B negative and B → A neutral); without, the ``target``
head gives the sentiment the sentence expresses toward the target. Pure
Python, deterministic; the evidence is the words and rules that pushed the
score most toward the chosen label.

Scoring computes the model's sum without building the sparse feature dict of
stancedb.stance.features (three times faster): word weights are looked up once
per word, the sentence-wide part once per text. ``linear_scores`` is the plain
dot product with that dict; a test holds the two equal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from stancedb.records import StanceLabel, StanceScore, new_stance_score
from stancedb.resources import seed_path
from stancedb.stance.features import (
    DECAY,
    Located,
    dense_features,
    features,
    holder_range,
    is_speaker,
    locate,
    target_words,
)

LABELS: tuple[StanceLabel, StanceLabel, StanceLabel] = ("negative", "neutral", "positive")
EVIDENCE_SIZE = 5
Vector = tuple[float, float, float]
# Per-class weights followed by each class's margin over the mean of the other two
# (w[c] - (w[a] + w[b]) / 2), which ranks the evidence without recomputing it.
Weights = tuple[float, float, float, float, float, float]

# Prefixes of the word features, in the order _KeyWeights holds them.
_PREFIXES = ("w", "c", "l", "r", "p1", "p2", "n1", "n2", "t", "hb_fwd", "hb_bwd")


@dataclass(frozen=True, slots=True)
class Head:
    """One linear model: per-class bias and feature → per-class weights (classes -1, 0, 1)."""

    bias: Vector
    weights: dict[str, Weights]


INTERCEPT = "(intercept)"


@lru_cache(maxsize=1)
def load_heads() -> dict[str, Head]:
    """The heads of seeds/stance_model.tsv, read once."""
    biases: dict[str, Vector] = {}
    weights: dict[str, dict[str, Weights]] = {}
    table: dict[str, Weights] = {}
    current = None
    # 50,000 rows: one split and three floats per row, the margins inline (a function
    # call per row was a fifth of the load).
    for line in seed_path("stance_model.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith(("#", "head\t")):
            continue
        head, feature, neg, neu, pos = line.split("\t")
        a, b, c = float(neg), float(neu), float(pos)
        if feature == INTERCEPT:
            biases[head] = (a, b, c)
            continue
        if head != current:
            current = head
            table = weights.setdefault(head, {})
        table[feature] = (a, b, c, a - (b + c) / 2, b - (a + c) / 2, c - (a + b) / 2)
    return {name: Head(bias=bias, weights=weights.get(name, {})) for name, bias in biases.items()}


def linear_scores(head: Head, feats: dict[str, float]) -> Vector:
    """Per-class scores of a feature dict: bias + weights · features."""
    s0, s1, s2 = head.bias
    for name, value in feats.items():
        w = head.weights.get(name)
        if w is not None:
            s0 += w[0] * value
            s1 += w[1] * value
            s2 += w[2] * value
    return (s0, s1, s2)


def _with_margins(a: float, b: float, c: float) -> Weights:
    return (a, b, c, a - (b + c) / 2, b - (a + c) / 2, c - (a + b) / 2)


def _add(a: Weights, b: Weights) -> Weights:
    return _with_margins(a[0] + b[0], a[1] + b[1], a[2] + b[2])


class _HeadIndex:
    """A head's word weights split by prefix (word → weights), and per-text sums."""

    def __init__(self, head: Head) -> None:
        self.head = head
        by_prefix: dict[str, dict[str, Weights]] = {p: {} for p in _PREFIXES}
        for name, w in head.weights.items():
            prefix, sep, key = name.partition(":")
            if sep and prefix in by_prefix:
                by_prefix[prefix][key] = w
        self.sentence_words = by_prefix["w"]
        # A clause word adds its c: weight and its l: or r: weight with the same value.
        clause = by_prefix["c"]
        self.left = _merge(clause, by_prefix["l"])
        self.right = _merge(clause, by_prefix["r"])
        self.adjacent = (by_prefix["p1"], by_prefix["p2"], by_prefix["n1"], by_prefix["n2"])
        self.mention = by_prefix["t"]
        self.between = {"fwd": by_prefix["hb_fwd"], "bwd": by_prefix["hb_bwd"]}
        # The named (not per-word) features, with their evidence names: a small table
        # read about twenty times per score, apart from the 50,000-row one.
        self.rules = {
            name: ("rule:" + name, w) for name, w in head.weights.items() if ":" not in name
        }
        self._texts: dict[int, tuple[object, Vector]] = {}

    def sentence(self, loc: Located) -> Vector:
        """Sum of the ``w:`` weights of the distinct words of the text."""
        ctx = loc.ctx
        cached = self._texts.get(id(ctx))
        if cached is not None and cached[0] is ctx:
            return cached[1]
        s0 = s1 = s2 = 0.0
        # The distinct words in the order they first appear (the order of the sums).
        for w in filter(None, map(self.sentence_words.get, dict.fromkeys(ctx.keys))):
            s0 += w[0]
            s1 += w[1]
            s2 += w[2]
        if len(self._texts) > 4096:
            self._texts.clear()
        total = (s0, s1, s2)
        self._texts[id(ctx)] = (ctx, total)
        return total


def _merge(a: dict[str, Weights], b: dict[str, Weights]) -> dict[str, Weights]:
    out = dict(a)
    for key, w in b.items():
        out[key] = _add(out[key], w) if key in out else w
    return out


class TargetedScorer:
    """Stance toward a target (and from a holder) from a learned linear model."""

    name = "targeted"
    version = "1"

    def __init__(self) -> None:
        heads = load_heads()
        self._target = _HeadIndex(heads["target"])
        self._directed = _HeadIndex(heads["directed"])

    def score(
        self,
        text: str,
        target_start: int,
        target_end: int,
        holder_start: int | None = None,
        holder_end: int | None = None,
    ) -> StanceScore:
        loc = locate(text, target_start, target_end, holder_start, holder_end)
        index = self._directed if loc.holder is not None else self._target
        scores, terms = _fast_scores(index, loc)
        best = max(range(3), key=scores.__getitem__)
        top = scores[best]
        exp = [math.exp(s - top) for s in scores]
        score = (exp[2] - exp[0]) / sum(exp)
        evidence = _evidence(terms, best)
        if best == 0 and loc.holder is not None and is_speaker(loc):
            # Direction: the subject of "said" reports the holder's words or is the
            # holder's interlocutor; it is not the target of the holder's negative stance.
            # (Without a holder, NewsMTSC shows that a speaker's own words may well
            # make the sentence negative toward them: no such rule there.)
            best = 1 if scores[1] >= scores[2] else 2
            score = max(score, 0.0)
            evidence = ("rule:speaker_not_target", *evidence[: EVIDENCE_SIZE - 1])
        return new_stance_score(round(score, 4), LABELS[best], evidence)

    def class_scores(
        self,
        text: str,
        target_start: int,
        target_end: int,
        holder_start: int | None = None,
        holder_end: int | None = None,
        *,
        via_features: bool = False,
    ) -> Vector:
        """The model's per-class scores as ``score`` computes them, or (``via_features``)
        as the plain dot product with the feature dict the weights were learned on."""
        loc = locate(text, target_start, target_end, holder_start, holder_end)
        index = self._directed if loc.holder is not None else self._target
        if via_features:
            feats = features(text, target_start, target_end, holder_start, holder_end)
            return linear_scores(index.head, feats)
        return _fast_scores(index, loc)[0]


def _fast_scores(
    index: _HeadIndex, loc: Located
) -> tuple[Vector, list[tuple[str, Weights, float]]]:
    """Per-class scores, and the ``(word or rule, weights, value)`` terms that made them
    (sentence-wide word terms left out: they are the same for every target)."""
    s0, s1, s2 = index.head.bias
    terms: list[tuple[str, Weights, float]] = []
    rules = index.rules
    for name, value in dense_features(loc).items():
        if value:
            rule = rules.get(name)
            if rule is not None:
                w = rule[1]
                s0 += w[0] * value
                s1 += w[1] * value
                s2 += w[2] * value
                if name != "bias":  # the prior of the classes explains nothing
                    terms.append((rule[0], w, value))
    ctx, ti, tj = loc.ctx, loc.ti, loc.tj
    keys = ctx.keys
    n = len(keys)
    sentence = index.sentence(loc)
    s0 += sentence[0]
    s1 += sentence[1]
    s2 += sentence[2]
    # Words found only inside the target are not sentence features of it.
    inside = [key for key in keys[ti:tj] if key is not None]
    for key in set(inside):
        w = index.sentence_words.get(key)  # type: ignore[arg-type]
        if w is not None and keys.count(key) == inside.count(key):
            s0 -= w[0]
            s1 -= w[1]
            s2 -= w[2]
    # Clause words, weighted by their distance d to the target (1 when adjacent);
    # get(None) is None, so punctuation drops out with the words the head lacks.
    decay = _decays(max(ti - loc.cs, loc.ce - tj))
    before = keys[loc.cs : ti]
    for key, w, value in zip(before, map(index.left.get, before), decay[len(before) : 0 : -1]):
        if w is not None:
            s0 += w[0] * value
            s1 += w[1] * value
            s2 += w[2] * value
            terms.append((key, w, value))
    after = keys[tj : loc.ce]
    for key, w, value in zip(after, map(index.right.get, after), decay[1 : len(after) + 1]):
        if w is not None:
            s0 += w[0] * value
            s1 += w[1] * value
            s2 += w[2] * value
            terms.append((key, w, value))
    # Binary features: the words next to the target, the target's own non-name words,
    # and the words between holder and target.
    # (ti - 1, ti - 2 are before the target and tj, tj + 1 after it: only the ends of
    # the text can put them out of range.)
    lookups = [
        (keys[k], table)
        for k, table in zip((ti - 1, ti - 2, tj, tj + 1), index.adjacent, strict=True)
        if 0 <= k < n
    ]
    lookups.extend((key, index.mention) for key in target_words(loc))
    if loc.holder is not None:
        side, lo, hi = holder_range(loc)
        lookups.extend((key, index.between[side]) for key in {keys[k] for k in range(lo, hi)})
    for key, table in lookups:
        if key is not None:
            w = table.get(key)
            if w is not None:
                s0 += w[0]
                s1 += w[1]
                s2 += w[2]
                terms.append((key, w, 1.0))
    return (s0, s1, s2), terms


_DECAYS: list[float] = [0.0]


def _decays(d: int) -> list[float]:
    """``[_, decay(1), …, decay(d)]``: the clause weights by distance (computed once)."""
    while len(_DECAYS) <= d:
        _DECAYS.append(DECAY / (DECAY + len(_DECAYS) - 1))
    return _DECAYS


def _evidence(terms: list[tuple[str, Weights, float]], best: int) -> tuple[str, ...]:
    """The words and rules that pushed most toward the chosen class over the others."""
    margin = 3 + best
    # Only what pushed toward the class can be evidence: sort those alone.
    ranked = sorted(
        [(push, name) for name, w, value in terms if (push := value * w[margin]) > 0],
        reverse=True,
    )
    out: list[str] = []
    for _push, name in ranked:
        if len(out) == EVIDENCE_SIZE:
            break
        if name not in out:
            out.append(name)
    return tuple(out)
