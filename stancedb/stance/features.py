"""Features of one (text, target[, holder]) pair for the target-aware stance scorer.

The same function feeds the build script (scripts/build_stance_model.py, which
learns the weights) and the scorer at run time, so training and scoring can
never disagree. Features come in three kinds:

* words: every word of the sentence (``w:``) and, weighted by closeness, every
  word of the target's clause (``c:``); a word after a negation is ``not_word``;
* lexicons: TextBlob polarity of the sentence, of the target's clause and of
  the words near the target; stance verbs (CAMEO + praise/criticise) split by
  whether the target is their object ("X slammed *T*") or their subject;
* the target's mention: its length and its words that are not names ("he",
  "the senator"), ``t:``; names are left out so that no prior about a person
  is learned;
* roles: the target is a speaker ("T said"), possessive ("T's plan"), beyond a
  contrast ("…, but T"), and with a holder: which comes first, and the verbs,
  polarity and words between holder and target (who criticises whom).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from stancedb.records import fast_maker
from stancedb.stance.lexicons import function_words, valences, verb_stances
from stancedb.stance.polarity import assessments
from stancedb.stance.tokens import Tokens, tokenize

NEGATION_SCOPE = 3  # tokens after "not" that it negates
DECAY = 4.0  # a word DECAY + 1 tokens from the target counts half


@dataclass(frozen=True, slots=True)
class Context:
    """Per-text facts computed once and shared by every target in the text."""

    text: str
    tokens: Tokens
    keys: tuple[str | None, ...]  # feature word ("not_good"), None for punctuation
    # Positions, in order, of the tokens that end a clause and of the contrast words
    # (a few per text: bisect finds a clause's bounds without a walk over its tokens).
    breaks: tuple[int, ...]
    contrasts: tuple[int, ...]
    valence: tuple[float, ...]  # VADER valence of the word, sign flipped if negated
    verbs: tuple[float, ...]  # stance value of a verb starting here, sign flipped if negated
    polar: tuple[float, ...]  # TextBlob polarity assessed at this token
    active: tuple[int, ...]  # where polar, valence or verbs is non-zero (a few in ten tokens)
    sentence_polarity: float
    polar_total: float  # sums over the whole text, so "outside the clause" is a subtraction
    valence_total: float


# Context and Located are made once per text and once per score: by ``fast_maker``,
# which skips the frozen dataclass's ``object.__setattr__`` per field.
_new_context = fast_maker(Context)


# What the lexicons say about one token, memoised per word (news vocabulary repeats):
# (feature key: the word, or None for punctuation; breaks a clause; contrast;
#  negation; ends a negation's reach; verb stance; valence; has a verb stance or valence).
_WordInfo = tuple[str | None, bool, bool, bool, bool, float, float, bool]
_WORDS: dict[str, _WordInfo] = {}
_BREAKS, _CONTRAST, _LEXICAL = itemgetter(1), itemgetter(2), itemgetter(7)


def _word(w: str) -> _WordInfo:
    fw = function_words()
    breaks = w in fw["clause_break"] or w in fw["contrast"]
    info = (
        w if any(c.isalpha() for c in w) else None,
        breaks,
        w in fw["contrast"],
        w in fw["negation"],
        # Punctuation or a clause break stops "not" from reaching further.
        breaks or w in (",", ".", "?", "!"),
        verb_stances().get(w, 0.0),
        valences().get(w, 0.0),
        bool(verb_stances().get(w) or valences().get(w)),
    )
    if len(_WORDS) > 200_000:
        _WORDS.clear()
    _WORDS[w] = info
    return info


@lru_cache(maxsize=1)
def _phrase_heads() -> frozenset[str]:
    """First words of the two-word verb phrases ("ask for", "crack down")."""
    return frozenset(form.split()[0] for form in verb_stances() if " " in form)


@lru_cache(maxsize=4096)
def context(text: str) -> Context:
    """The per-text part of the features (cached: several targets share a sentence)."""
    tokens = tokenize(text)
    words = tokens.words
    memo = _WORDS
    infos = [memo.get(w) or _word(w) for w in words]
    heads = _phrase_heads()
    verb_table = verb_stances()
    n = len(words)
    keys: list[str | None] = []
    verbs: list[float] = []
    valence: list[float] = []
    phrases: list[int] = []
    negated_until = -1
    for k, w in enumerate(words):
        key, _b, _c, negation, ends_negation, v, val, _lexical = infos[k]
        if ends_negation:
            negated_until = -1
        if k <= negated_until:
            keys.append(None if key is None else "not_" + w)
            v, val = -v, -val
        else:
            keys.append(key)
        if w in heads and k + 1 < n:
            phrase = verb_table.get(w + " " + words[k + 1])
            if phrase:
                v = -phrase if k <= negated_until else phrase
                phrases.append(k)
        verbs.append(v)
        valence.append(val)
        if negation:
            negated_until = k + NEGATION_SCOPE
    polar = [0.0] * n
    found = assessments(words, 0, n)
    for k, p in found:
        polar[k] += p
    return _new_context(  # every field, in Context's order
        text,
        tokens,
        tuple(keys),
        tuple(compress(range(n), map(_BREAKS, infos))),  # breaks
        tuple(compress(range(n), map(_CONTRAST, infos))),  # contrasts
        tuple(valence),
        tuple(verbs),
        tuple(polar),
        _nonzero(infos, phrases, polar),  # active
        sum(p for _, p in found) / len(found) if found else 0.0,  # sentence_polarity
        sum(polar),  # polar_total
        sum(valence),  # valence_total
    )


@lru_cache(maxsize=1)
def _speech() -> frozenset[str]:
    return function_words()["speech"]


def _nonzero(infos: list[_WordInfo], phrases: list[int], polar: list[float]) -> tuple[int, ...]:
    """The token positions where the verb value, the valence or the polarity is non-zero,
    in order: the words with a verb value or a valence (negation only turns the sign),
    the heads of verb phrases, and the assessed words."""
    found = list(compress(range(len(infos)), map(_LEXICAL, infos)))
    extra = phrases + list(compress(range(len(polar)), polar))
    if extra:
        found = sorted(set(found).union(extra))
    return tuple(found)


def _clause(ctx: Context, i: int, j: int) -> tuple[int, int]:
    """Token bounds ``[start, end)`` of the clause around tokens ``[i, j)``."""
    breaks = ctx.breaks
    k = bisect.bisect_left(breaks, i)  # the first break at or after i
    start = breaks[k - 1] + 1 if k > 0 else 0
    k = bisect.bisect_left(breaks, j, k)
    end = breaks[k] if k < len(breaks) else len(ctx.keys)
    return start, end


@dataclass(frozen=True, slots=True)
class Located:
    """A target (and holder) placed in a text's tokens, with the target's clause."""

    ctx: Context
    ti: int  # target tokens [ti, tj)
    tj: int
    cs: int  # clause tokens [cs, ce), which hold the target
    ce: int
    holder: tuple[int, int] | None  # holder tokens [hi, hj)


_new_located = fast_maker(Located)


def locate(
    text: str,
    target_start: int,
    target_end: int,
    holder_start: int | None = None,
    holder_end: int | None = None,
) -> Located:
    """The token positions of the target, its clause and the holder in ``text``."""
    ctx = context(text)
    ti, tj = ctx.tokens.span(target_start, target_end)
    cs, ce = _clause(ctx, ti, tj)
    holder = None
    if holder_start is not None and holder_end is not None:
        holder = ctx.tokens.span(holder_start, holder_end)
    return _new_located(ctx, ti, tj, cs, ce, holder)


def decay(d: int) -> float:
    """Weight of a word ``d`` tokens away from the target (1 when adjacent)."""
    return DECAY / (DECAY + d - 1)


def features(
    text: str,
    target_start: int,
    target_end: int,
    holder_start: int | None = None,
    holder_end: int | None = None,
) -> dict[str, float]:
    """Feature name → value for one target (and optionally its holder) in ``text``."""
    loc = locate(text, target_start, target_end, holder_start, holder_end)
    f = dense_features(loc)
    f.update(word_features(loc))
    return f


def word_features(loc: Located) -> dict[str, float]:
    """The word features: ``w:`` sentence, ``c:``/``l:``/``r:`` clause (weighted by
    closeness), ``p1:``/``p2:``/``n1:``/``n2:`` adjacent, ``t:`` the target's own non-name words, ``hb_fwd:``/``hb_bwd:`` between
    holder and target. The scorer computes the same sums faster (targeted.py)."""
    ctx, ti, tj, cs, ce = loc.ctx, loc.ti, loc.tj, loc.cs, loc.ce
    keys = ctx.keys
    f: dict[str, float] = {}
    for k, key in enumerate(keys):
        if key is None or ti <= k < tj:
            continue
        d = ti - k if k < ti else k - tj + 1
        f["w:" + key] = 1.0
        if cs <= k < ce:
            weight = decay(d)
            name = "c:" + key
            f[name] = f.get(name, 0.0) + weight
            name = ("l:" if k < ti else "r:") + key
            f[name] = f.get(name, 0.0) + weight
        if d <= 2:
            f[("p%d:" if k < ti else "n%d:") % d + key] = 1.0
    for key in target_words(loc):
        f["t:" + key] = 1.0
    if loc.holder is not None:
        side, lo, hi = holder_range(loc)
        for k in range(lo, hi):
            key = keys[k]
            if key is not None:
                f["hb_" + side + ":" + key] = 1.0
    return f


def target_words(loc: Located) -> set[str]:
    """The target's own words that are not names ("he", "the", "former"): what kind of
    mention it is, never who it is (no prior about a person is learned)."""
    ctx = loc.ctx
    keys, starts, text = ctx.keys, ctx.tokens.starts, ctx.text
    return {
        keys[k] for k in range(loc.ti, loc.tj) if keys[k] is not None and text[starts[k]].islower()
    }  # type: ignore[misc]


def dense_features(loc: Located) -> dict[str, float]:
    """Lexicon, verb, role and holder features (few, named, not per word)."""
    ctx, ti, tj, cs, ce = loc.ctx, loc.ti, loc.tj, loc.cs, loc.ce
    polar, verbs, valence = ctx.polar, ctx.verbs, ctx.valence
    near_pos = near_neg = val_left = val_right = 0.0
    clause_polar = clause_valence = clause_sum = 0.0
    clause_n = 0
    v_obj_neg = v_obj_pos = v_subj_neg = v_subj_pos = 0.0
    # "was slammed by T": T is the agent of the verbs before it, not their object.
    agent = is_agent(ctx, ti)
    words = ctx.tokens.words
    aux = function_words()["passive_aux"]
    # Only the tokens with a non-zero value add anything (sums of zeros are left out:
    # the floats are the same).
    active = ctx.active
    for k in active[bisect.bisect_left(active, cs) : bisect.bisect_left(active, ce)]:
        p, val, v = polar[k], valence[k], verbs[k]
        clause_polar += p
        clause_valence += val
        if ti <= k < tj:
            continue
        weight = decay(ti - k if k < ti else k - tj + 1)
        if val:
            if k < ti:
                val_left += val * weight
            else:
                val_right += val * weight
        if p:
            clause_sum += p
            clause_n += 1
            if p > 0:
                near_pos += p * weight
            else:
                near_neg += p * weight
        if v:
            # "T was criticised": after a passive auxiliary the target is acted on.
            if (k < ti and not agent) or (k > tj and words[k - 1] in aux):
                if v < 0:
                    v_obj_neg += v * weight
                else:
                    v_obj_pos += v * weight
            elif v < 0:
                v_subj_neg += v * weight
            else:
                v_subj_pos += v * weight
    f: dict[str, float] = {
        "bias": 1.0,
        "tb_sent": ctx.sentence_polarity,
        "tb_near_pos": near_pos,
        "tb_near_neg": near_neg,
        "tb_far": ctx.polar_total - clause_polar,
        "tb_clause": clause_sum / clause_n if clause_n else 0.0,
        "val_left": val_left,
        "val_right": val_right,
        "val_far": ctx.valence_total - clause_valence,
        "val_beyond_contrast": _beyond_contrast(ctx, ti, tj, cs, ce, ctx.valence),
        "tb_beyond_contrast": _beyond_contrast(ctx, ti, tj, cs, ce, ctx.polar),
        "verb_obj_neg": v_obj_neg,
        "verb_obj_pos": v_obj_pos,
        "verb_subj_neg": v_subj_neg,
        "verb_subj_pos": v_subj_pos,
        f"target_tokens_{min(tj - ti, 4)}": 1.0,
    }
    _role_features(ctx, ti, tj, f)
    if loc.holder is not None:
        _holder_features(loc, f)
    return f


def _beyond_contrast(
    ctx: Context, ti: int, tj: int, cs: int, ce: int, values: tuple[float, ...]
) -> float:
    """Sum of ``values`` past a contrast word on the far side of the target's clause
    ("T is popular, but critics call X a liar": the part after "but")."""
    contrasts = ctx.contrasts
    total = 0.0
    if not contrasts:  # most sentences
        return total
    # The first contrast at or after the clause's end, the last one before its start.
    k = bisect.bisect_left(contrasts, ce)
    if k < len(contrasts):
        total += sum(values[contrasts[k] :])
    k = bisect.bisect_left(contrasts, cs) - 1
    if k >= 0:
        total += sum(values[: contrasts[k]])
    return total


def holder_range(loc: Located) -> tuple[str, int, int]:
    """``(side, lo, hi)``: the tokens between holder and target, and whether the holder
    acts forward on the target ("H criticised T", "T was criticised by H") or not."""
    ti, tj = loc.ti, loc.tj
    hi, hj = loc.holder or (ti, tj)
    if hj <= ti:
        return "fwd", hj, ti
    return ("fwd" if is_agent(loc.ctx, hi) else "bwd"), tj, hi


def is_agent(ctx: Context, i: int) -> bool:
    """Token ``i`` follows the "by" of a passive ("was slammed by T", "criticised
    sharply by T"), not of a noun ("the decision by T")."""
    words = ctx.tokens.words
    if i < 2 or words[i - 1] not in function_words()["passive"]:
        return False
    for k in (i - 2, i - 3):
        if k >= 0 and (ctx.verbs[k] or words[k].endswith(("ed", "en"))):
            return True
    return False


def _role_features(ctx: Context, ti: int, tj: int, f: dict[str, float]) -> None:
    """Where the target stands: speaker, possessive, beyond a contrast, in quotes."""
    words = ctx.tokens.words
    n = len(words)
    if is_speaker_at(ctx, ti, tj):
        f["role_speaker"] = 1.0
    if tj < n and (words[tj] in ("'s", "'") or words[tj - 1].endswith("'s")):
        f["role_possessive"] = 1.0
    if ti == 0:
        f["role_first"] = 1.0
    # A contrast before the target puts it in the turned part of the sentence.
    contrasts = ctx.contrasts
    if contrasts and contrasts[0] < ti:
        f["role_after_contrast"] = 1.0
    if contrasts and contrasts[-1] >= tj:
        f["role_before_contrast"] = 1.0
    before = words[:ti]
    if (before.count('"') + before.count("“") + before.count("”")) % 2:
        f["role_in_quote"] = 1.0


def is_speaker_at(ctx: Context, ti: int, tj: int) -> bool:
    """Tokens ``[ti, tj)`` are the subject of a reporting verb ("T said", "T, who
    told", "according to T")."""
    return not _speech().isdisjoint(ctx.tokens.words[tj : tj + 3]) or (
        ti >= 2 and ctx.tokens.words[ti - 2] == "according"
    )


def is_speaker(loc: Located) -> bool:
    """The located target is the subject of a reporting verb."""
    return is_speaker_at(loc.ctx, loc.ti, loc.tj)


def _holder_features(loc: Located, f: dict[str, float]) -> None:
    """Who holds the stance: order, and what lies between holder and target."""
    ctx = loc.ctx
    words = ctx.tokens.words
    hi, hj = loc.holder or (loc.ti, loc.tj)
    side, lo, hi_ = holder_range(loc)
    if side == "fwd" and hi > loc.ti:
        f["h_passive"] = 1.0
    f["h_" + side] = 1.0
    gap = hi_ - lo
    f["h_gap_" + ("0" if gap <= 1 else "near" if gap <= 6 else "far")] = 1.0
    if not _speech().isdisjoint(words[hj : hj + 3]):
        f["h_speaker"] = 1.0
    pos = neg = verb_pos = verb_neg = val_pos = val_neg = 0.0
    polar, verbs, valence = ctx.polar, ctx.verbs, ctx.valence
    breaks = ctx.breaks
    k = bisect.bisect_left(breaks, lo)
    crossed = k < len(breaks) and breaks[k] < hi_
    active = ctx.active
    for k in active[bisect.bisect_left(active, lo) : bisect.bisect_left(active, hi_)]:
        p = polar[k]
        if p > 0:
            pos += p
        elif p < 0:
            neg += p
        v = verbs[k]
        if v > 0:
            verb_pos += v
        elif v < 0:
            verb_neg += v
        v = valence[k]
        if v > 0:
            val_pos += v
        elif v < 0:
            val_neg += v
    f["hb_val_pos_" + side] = val_pos
    f["hb_val_neg_" + side] = val_neg
    f["hb_tb_pos_" + side] = pos
    f["hb_tb_neg_" + side] = neg
    f["hb_verb_pos_" + side] = verb_pos
    f["hb_verb_neg_" + side] = verb_neg
    if crossed:
        f["hb_crosses_clause"] = 1.0
