"""Score predicted facts against the gold files, as shared/eval/GOLD_FORMAT.md's Scoring says.

Per article and fact type, predictions and gold facts are paired one-to-one: first the most pairs
whose key fields agree, then, among those, the pairs whose other fields agree best (an optimal
assignment, not a greedy one, so a loose prediction cannot steal the gold fact a closer one
needed). Two figures come out of the one pairing:

- lenient: every gold fact is an ordinary fact;
- strict: gold facts the text only hedges, implies or presupposes (and topics marked generic) are
  neutral: a prediction paired with one is neither a true nor a false positive, and one left
  unpaired is not a false negative.

A prediction matching a ``must_not_extract`` entry is a false positive in both figures whatever
else it matches, and is counted separately as forbidden.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplokg.errors import DiplokgError
from diplokg.facts import FACT_TYPES, Fact
from diplokg.iri import ascii_fold

STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "between",
        "by",
        "for",
        "from",
        "in",
        "its",
        "of",
        "on",
        "or",
        "the",
        "their",
        "to",
        "with",
    ]
)
# Gold fields that describe a fact's support rather than the fact; never compared.
_SUPPORT_FIELDS = frozenset({"type", "article", "hedged", "implied", "support", "generic"})
# Status a prediction is taken to have when it omits one (facts.py omits the usual value).
_DEFAULT_STATUS = {"meeting": "completed", "discusses": "completed"}


# -- report types ---------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives, and the figures they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """The strict and the lenient counts of one slice (a fact type, an article, everything)."""

    strict: Counts = field(default_factory=Counts)
    lenient: Counts = field(default_factory=Counts)

    def add(self, other: Scores) -> None:
        self.strict.add(other.strict)
        self.lenient.add(other.lenient)


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class Match:
    """A prediction paired with a gold fact; ``neutral`` when the gold fact is strict-neutral."""

    article: str
    fact_type: str
    predicted: Fact
    gold: Fact
    neutral: bool


@dataclass(frozen=True)
class FactError:
    """A false positive (``predicted``) or false negative (``gold``) fact, for debugging.

    ``reason`` is ``"unmatched"`` or ``"forbidden"`` (matched a must_not_extract entry);
    ``counts_in_strict`` is false for a neutral gold fact left unpaired.
    """

    article: str
    fact_type: str
    fact: Fact
    reason: str
    counts_in_strict: bool = True


@dataclass
class ArticleReport:
    article: str
    by_type: dict[str, Scores] = field(default_factory=dict)
    total: Scores = field(default_factory=Scores)


@dataclass
class EvaluationReport:
    by_type: dict[str, Scores]
    total: Scores  # micro-averaged over all types
    articles: list[ArticleReport]
    matches: list[Match]
    false_positives: list[FactError]
    false_negatives: list[FactError]
    visit_status: Accuracy
    visit_start: Accuracy
    ignored_articles: list[str]  # predicted articles with no gold file
    ignored_predictions: int

    @property
    def forbidden(self) -> list[FactError]:
        return [e for e in self.false_positives if e.reason == "forbidden"]


# -- loading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldArticle:
    id: str
    facts: tuple[Fact, ...]
    must_not_extract: tuple[Fact, ...] = ()
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def load_gold(gold_dir: Path) -> dict[str, GoldArticle]:
    """Every ``*.json`` gold file in ``gold_dir``, by article id."""
    gold: dict[str, GoldArticle] = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise DiplokgError(f"cannot read gold file {path}: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
            raise DiplokgError(f"gold file {path}: expected an object with a 'facts' list")
        article_id = str(data.get("id") or path.stem)
        aliases = {
            str(name): tuple(str(a) for a in variants)
            for name, variants in (data.get("aliases") or {}).items()
        }
        gold[article_id] = GoldArticle(
            article_id,
            tuple(data["facts"]),
            tuple(data.get("must_not_extract") or ()),
            aliases,
        )
    return gold


def load_predictions(path: Path) -> list[Fact]:
    """Facts JSON Lines as ``diplokg facts --format jsonl`` prints them; each needs ``article``."""
    facts: list[Fact] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DiplokgError(f"cannot read predictions {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            fact = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DiplokgError(f"{path}:{number}: not JSON: {exc.msg}") from exc
        if not isinstance(fact, dict) or "article" not in fact or "type" not in fact:
            raise DiplokgError(f"{path}:{number}: a fact needs 'article' and 'type' keys")
        facts.append(fact)
    return facts


# -- matching rules -------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", ascii_fold(text).lower())


def _name_rule(a: str, b: str) -> bool:
    """Same surname with first names agreeing on their initial, or one name's words all in the
    other ("Wang" / "Wang Yi"). Sergei / Sergey meet the first rule."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    return wa[-1] == wb[-1] and wa[0][0] == wb[0][0]


def names_match(
    predicted: str | None, gold: str | None, aliases: Mapping[str, Iterable[str]]
) -> bool:
    """Whether a predicted person name denotes the gold person, directly or through an alias.

    ``aliases`` maps a gold name to other names of that person; the gold name may be the key or
    one of the listed names.
    """
    if not predicted or not gold:
        return False
    candidates = {gold}
    gold_words = _words(gold)
    for name, variants in aliases.items():
        group = {name, *variants}
        if any(_words(member) == gold_words for member in group):
            candidates |= group
    return any(_name_rule(predicted, candidate) for candidate in candidates)


def _is_code(topic: str) -> bool:
    """An ISO3 code or an acronym ("SYR", "CSTO", "P5+1"), as opposed to a lowercase phrase."""
    return re.fullmatch(r"[A-Z0-9][A-Z0-9+&.\-]*", topic.strip()) is not None


def _content_words(phrase: str) -> set[str]:
    words = set(_words(phrase))
    return (words - STOP_WORDS) or words


def topics_match(predicted: str | None, gold: str | None) -> bool:
    """Codes must be equal; phrases must share at least half the words of the shorter phrase
    (after lowercasing, splitting on non-letters and dropping stop words)."""
    if not predicted or not gold:
        return False
    if predicted.strip().lower() == gold.strip().lower():
        return True
    if _is_code(predicted) or _is_code(gold):
        return False
    wp, wg = _content_words(predicted), _content_words(gold)
    shorter = min(len(wp), len(wg))
    return shorter > 0 and 2 * len(wp & wg) >= shorter


def _topic_similarity(predicted: str | None, gold: str | None) -> float:
    if not predicted or not gold:
        return 0.0
    wp, wg = _content_words(predicted), _content_words(gold)
    return len(wp & wg) / len(wp | wg) if wp | wg else 0.0


def _code(value: Any) -> str | None:
    return str(value).strip().upper() if value else None


def _participant_sets_match(
    predicted: list[str], gold: list[str], aliases: Mapping[str, Iterable[str]]
) -> bool:
    """The same set of persons: a perfect one-to-one pairing of the names."""
    if len(predicted) != len(gold):
        return False
    pairs = {
        (i, j)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if names_match(p, g, aliases)
    }
    assignment = _assign(len(predicted), len(gold), dict.fromkeys(pairs, 0.0))
    return len(assignment) == len(gold)


def keys_match(
    predicted: Fact, gold: Fact, aliases: Mapping[str, Iterable[str]] | None = None
) -> bool:
    """Whether two facts of one type agree on their key fields (GOLD_FORMAT.md, Scoring)."""
    aliases = aliases or {}
    fact_type = gold.get("type")
    if predicted.get("type") != fact_type:
        return False
    if fact_type == "holds_office":
        return (
            names_match(predicted.get("person"), gold.get("person"), aliases)
            and predicted.get("role") == gold.get("role")
            and _code(predicted.get("state")) == _code(gold.get("state"))
            and _code(predicted.get("org")) == _code(gold.get("org"))
        )
    if fact_type == "visit":
        return names_match(predicted.get("visitor"), gold.get("visitor"), aliases) and _code(
            predicted.get("destination")
        ) == _code(gold.get("destination"))
    if fact_type == "meeting":
        return _participant_sets_match(
            list(predicted.get("participants") or []), list(gold.get("participants") or []), aliases
        )
    if fact_type == "discusses":
        shared = any(
            names_match(p, g, aliases)
            for p in predicted.get("participants") or []
            for g in gold.get("participants") or []
        )
        return shared and topics_match(predicted.get("topic"), gold.get("topic"))
    if fact_type == "member_of":
        return _code(predicted.get("member")) == _code(gold.get("member")) and _code(
            predicted.get("org")
        ) == _code(gold.get("org"))
    return False


def is_neutral(gold: Fact) -> bool:
    """Strict-neutral gold facts: hedged, implied, presupposed, or a generic topic."""
    return (
        gold.get("hedged") is True
        or gold.get("implied") is True
        or gold.get("support") == "presupposed"
        or gold.get("generic") is True
    )


def _status(fact: Fact) -> str | None:
    return fact.get("status") or _DEFAULT_STATUS.get(str(fact.get("type")))


def _forbidden(predicted: Fact, entry: Fact, aliases: Mapping[str, Iterable[str]]) -> bool:
    """A must_not_extract entry forbids facts with its key fields; with a status, only that one.

    A meeting entry with a ``mode`` forbids that mode only, as a status does: "no phone call
    between Biden and Putin" does not forbid their summit.
    """
    if not keys_match(predicted, entry, aliases):
        return False
    if entry.get("mode") and (predicted.get("mode") or "in_person") != entry["mode"]:
        return False
    return "status" not in entry or _status(predicted) == entry["status"]


def _start_correct(predicted: Fact, gold: Fact) -> bool:
    accepted = [gold.get("start"), *(gold.get("start_also") or [])]
    return predicted.get("start") in accepted


def _normalised(value: Any) -> Any:
    if isinstance(value, str):
        return ascii_fold(value).strip().lower()
    if isinstance(value, list):
        return sorted(_normalised(v) for v in value)
    return value


def _agreement(predicted: Fact, gold: Fact) -> float:
    """How well two key-matched facts agree beyond their keys; breaks ties in the pairing."""
    score = sum(
        1.0
        for name, value in gold.items()
        if name not in _SUPPORT_FIELDS and _normalised(predicted.get(name)) == _normalised(value)
    )
    if gold.get("type") == "visit" and _start_correct(predicted, gold):
        score += 1.0
    if gold.get("type") == "discusses":
        score += _topic_similarity(predicted.get("topic"), gold.get("topic"))
    if not is_neutral(gold):
        score += (
            0.5  # given the choice, credit an ordinary fact: it is what the strict figure counts
        )
    return score


def _assign(
    n_rows: int, n_cols: int, weights: Mapping[tuple[int, int], float]
) -> list[tuple[int, int]]:
    """A one-to-one pairing of rows and columns over the allowed pairs (the keys of ``weights``):
    as many pairs as possible, and among those the greatest total weight (Hungarian method)."""
    if not weights:
        return []
    big = 1.0 + sum(weights.values())  # one more pair always outweighs any weight difference
    transpose = n_rows > n_cols
    rows, cols = (n_cols, n_rows) if transpose else (n_rows, n_cols)
    cost = [[0.0] * cols for _ in range(rows)]
    for (i, j), weight in weights.items():
        r, c = (j, i) if transpose else (i, j)
        cost[r][c] = -(big + weight)
    pairs = []
    for r, c in enumerate(_hungarian(cost)):
        pair = (c, r) if transpose else (r, c)
        if pair in weights:
            pairs.append(pair)
    return sorted(pairs)


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns).

    The O(n^2 m) potentials formulation; returns the column of each row.
    """
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row (1-based) holding column j
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < minv[j]:
                        minv[j], way[j] = reduced, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    column_of = [0] * n
    for j in range(1, m + 1):
        if owner[j]:
            column_of[owner[j] - 1] = j - 1
    return column_of


# -- scoring --------------------------------------------------------------------------------------


def evaluate(gold: Mapping[str, GoldArticle], predictions: Iterable[Fact]) -> EvaluationReport:
    """Score predicted facts (each with an ``article`` key) against gold articles."""
    by_article: dict[str, list[Fact]] = {}
    for fact in predictions:
        by_article.setdefault(str(fact.get("article")), []).append(fact)
    ignored = sorted(set(by_article) - set(gold))
    report = EvaluationReport(
        by_type={t: Scores() for t in FACT_TYPES},
        total=Scores(),
        articles=[],
        matches=[],
        false_positives=[],
        false_negatives=[],
        visit_status=Accuracy(),
        visit_start=Accuracy(),
        ignored_articles=ignored,
        ignored_predictions=sum(len(by_article[a]) for a in ignored),
    )
    for article_id in sorted(gold):
        article = _score_article(gold[article_id], by_article.get(article_id, []), report)
        report.articles.append(article)
        for fact_type, scores in article.by_type.items():
            report.by_type.setdefault(fact_type, Scores()).add(scores)
        report.total.add(article.total)
    return report


def _score_article(
    gold: GoldArticle, predictions: list[Fact], report: EvaluationReport
) -> ArticleReport:
    article = ArticleReport(gold.id)
    types = [*FACT_TYPES, *sorted({str(p.get("type")) for p in predictions} - set(FACT_TYPES))]
    for fact_type in types:
        scores = Scores()
        golds = [g for g in gold.facts if g.get("type") == fact_type]
        forbidden_entries = [m for m in gold.must_not_extract if m.get("type") == fact_type]
        candidates: list[Fact] = []
        for fact in (p for p in predictions if p.get("type") == fact_type):
            if any(_forbidden(fact, entry, gold.aliases) for entry in forbidden_entries):
                report.false_positives.append(FactError(gold.id, fact_type, fact, "forbidden"))
                scores.strict.fp += 1
                scores.lenient.fp += 1
            else:
                candidates.append(fact)

        weights = {
            (i, j): _agreement(p, g)
            for i, p in enumerate(candidates)
            for j, g in enumerate(golds)
            if keys_match(p, g, gold.aliases)
        }
        pairs = _assign(len(candidates), len(golds), weights)
        for i, j in pairs:
            predicted, gold_fact = candidates[i], golds[j]
            neutral = is_neutral(gold_fact)
            report.matches.append(Match(gold.id, fact_type, predicted, gold_fact, neutral))
            scores.lenient.tp += 1
            if not neutral:
                scores.strict.tp += 1
            if fact_type == "visit":
                report.visit_status.total += 1
                report.visit_status.correct += predicted.get("status") == gold_fact.get("status")
                report.visit_start.total += 1
                report.visit_start.correct += _start_correct(predicted, gold_fact)

        paired_predictions = {i for i, _ in pairs}
        paired_golds = {j for _, j in pairs}
        for i, fact in enumerate(candidates):
            if i not in paired_predictions:
                report.false_positives.append(FactError(gold.id, fact_type, fact, "unmatched"))
                scores.strict.fp += 1
                scores.lenient.fp += 1
        for j, fact in enumerate(golds):
            if j not in paired_golds:
                neutral = is_neutral(fact)
                report.false_negatives.append(
                    FactError(gold.id, fact_type, fact, "unmatched", counts_in_strict=not neutral)
                )
                scores.lenient.fn += 1
                if not neutral:
                    scores.strict.fn += 1
        if scores.lenient.tp or scores.lenient.fp or scores.lenient.fn:
            article.by_type[fact_type] = scores
            article.total.add(scores)
    return article


def evaluate_paths(gold_dir: Path, predictions_path: Path) -> EvaluationReport:
    """Score a facts JSON Lines file against a folder of gold files."""
    return evaluate(load_gold(gold_dir), load_predictions(predictions_path))


def report_to_dict(report: EvaluationReport) -> dict[str, Any]:
    """The report as plain JSON data, with the derived P/R/F1 figures spelled out."""

    def counts(c: Counts) -> dict[str, Any]:
        return {
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
            "precision": c.precision,
            "recall": c.recall,
            "f1": c.f1,
        }

    def scores(s: Scores) -> dict[str, Any]:
        return {"strict": counts(s.strict), "lenient": counts(s.lenient)}

    def error(e: FactError) -> dict[str, Any]:
        return {
            "article": e.article,
            "type": e.fact_type,
            "reason": e.reason,
            "counts_in_strict": e.counts_in_strict,
            "fact": e.fact,
        }

    def accuracy(a: Accuracy) -> dict[str, Any]:
        return {"correct": a.correct, "total": a.total, "accuracy": a.value}

    return {
        "by_type": {t: scores(s) for t, s in report.by_type.items()},
        "micro": scores(report.total),
        "articles": {a.article: scores(a.total) for a in report.articles},
        "visit_status": accuracy(report.visit_status),
        "visit_start": accuracy(report.visit_start),
        "forbidden": len(report.forbidden),
        "false_positives": [error(e) for e in report.false_positives],
        "false_negatives": [error(e) for e in report.false_negatives],
        "ignored_articles": report.ignored_articles,
        "ignored_predictions": report.ignored_predictions,
    }


# -- formatting -----------------------------------------------------------------------------------


def _ratio(value: float, defined: bool) -> str:
    return f"{value:5.3f}" if defined else f"{'-':>5}"


def _row(label: str, scores: Scores, width: int) -> str:
    """One table row; a ratio with a zero denominator shows as '-', not as a misleading 0."""
    cells = []
    for c in (scores.strict, scores.lenient):
        cells.append(
            f"{c.tp:>4} {c.fp:>4} {c.fn:>4}  {_ratio(c.precision, bool(c.tp + c.fp))}"
            f" {_ratio(c.recall, bool(c.tp + c.fn))} {_ratio(c.f1, bool(c.tp + c.fp + c.fn))}"
        )
    return f"{label:<{width}}  " + "   ".join(cells)


def _accuracy(label: str, accuracy: Accuracy) -> str:
    value = "n/a" if accuracy.value is None else f"{accuracy.value:.3f}"
    return f"{label}: {accuracy.correct}/{accuracy.total} ({value})"


def format_report(report: EvaluationReport, details: bool = False) -> str:
    """An aligned plain-text table: per type and micro-averaged, strict and lenient, then per
    article, visit accuracies and what was ignored; with ``details``, every FP and FN after it."""
    labels = [*report.by_type, "micro", *(a.article for a in report.articles)]
    width = max(12, *(len(label) for label in labels))
    half = f"{'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}"
    title = f"{'':<{width}}  {'strict':<{len(half)}}   lenient"
    header = f"{'type':<{width}}  {half}   {half}"
    lines = [title, header, "-" * len(header)]
    lines += [_row(t, s, width) for t, s in report.by_type.items()]
    lines += ["-" * len(header), _row("micro", report.total, width), ""]
    lines += [f"{'article':<{width}}  {half}   {half}", "-" * len(header)]
    lines += [_row(a.article, a.total, width) for a in report.articles]
    lines += [
        "",
        _accuracy("visit status accuracy", report.visit_status),
        _accuracy("visit start accuracy", report.visit_start),
        f"forbidden predictions (must_not_extract): {len(report.forbidden)}",
        f"predictions for articles without gold, ignored: {report.ignored_predictions}"
        f" ({len(report.ignored_articles)} articles)",
    ]
    if details and (report.false_positives or report.false_negatives):
        lines += ["", format_errors(report)]
    return "\n".join(lines)


def format_errors(report: EvaluationReport) -> str:
    """False positives and negatives, one per line, for reading what went wrong."""
    lines = []
    for label, errors in (("FP", report.false_positives), ("FN", report.false_negatives)):
        for error in errors:
            note = "" if error.counts_in_strict else " (lenient only)"
            fact = {k: v for k, v in error.fact.items() if k not in ("article", "type")}
            lines.append(
                f"{label} {error.article} {error.fact_type} [{error.reason}]{note} "
                + json.dumps(fact, ensure_ascii=False)
            )
    return "\n".join(lines)
