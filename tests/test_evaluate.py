"""evaluate: the scoring rules of GOLD_FORMAT.md, each on a hand-made gold and prediction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplokg.errors import DiplokgError
from diplokg.evaluate import (
    EvaluationReport,
    GoldArticle,
    evaluate,
    evaluate_paths,
    format_errors,
    format_report,
    keys_match,
    load_gold,
    names_match,
    report_to_dict,
    topics_match,
)

LAVROV_OFFICE = {
    "type": "holds_office",
    "person": "Sergei Lavrov",
    "role": "foreign_minister",
    "state": "RUS",
}


def gold(*facts: dict[str, Any], must_not: tuple[dict[str, Any], ...] = (), **aliases: Any) -> dict:
    return {
        "g": GoldArticle("g", tuple(facts), must_not, {k: tuple(v) for k, v in aliases.items()})
    }


def predicted(*facts: dict[str, Any], article: str = "g") -> list[dict[str, Any]]:
    return [{"article": article, **fact} for fact in facts]


def counts(report: EvaluationReport, fact_type: str | None = None) -> tuple[tuple[int, ...], ...]:
    scores = report.total if fact_type is None else report.by_type[fact_type]
    return (
        (scores.strict.tp, scores.strict.fp, scores.strict.fn),
        (scores.lenient.tp, scores.lenient.fp, scores.lenient.fn),
    )


@pytest.mark.parametrize(
    ("prediction", "gold_name"),
    [
        ("Lavrov", "Sergei Lavrov"),  # surname alone: its words all stand in the other
        ("Sergey Lavrov", "Sergei Lavrov"),  # transliteration: same surname, same initial
        ("S. Lavrov", "Sergei Lavrov"),
        ("Sergueï Lavrov", "Sergei Lavrov"),  # diacritics folded
        ("Di Maio", "Luigi Di Maio"),
        ("Wang", "Wang Yi"),
        ("LUIGI DI MAIO", "Luigi Di Maio"),
    ],
)
def test_names_that_match(prediction: str, gold_name: str) -> None:
    assert names_match(prediction, gold_name, {})


@pytest.mark.parametrize(
    ("prediction", "gold_name"),
    [
        ("Sergei Martynov", "Sergei Lavrov"),  # same first name, other surname
        ("Alexei Lavrov", "Sergei Lavrov"),  # same surname, other initial
        ("Wang Yang", "Wang Yi"),
        ("Aliaksandr Lukashenka", "Alexander Lukashenko"),  # needs an alias
        ("", "Sergei Lavrov"),
    ],
)
def test_names_that_do_not_match(prediction: str, gold_name: str) -> None:
    assert not names_match(prediction, gold_name, {})


def test_alias_match_either_way() -> None:
    aliases = {"Alexander Lukashenko": ("Aliaksandr Lukashenka",)}
    assert names_match("Aliaksandr Lukashenka", "Alexander Lukashenko", aliases)
    assert names_match("Alexander Lukashenko", "Aliaksandr Lukashenka", aliases)
    assert names_match("Lukashenka", "Alexander Lukashenko", aliases)


def test_alias_match_in_scoring() -> None:
    fact = {"type": "holds_office", "person": "Alexander Lukashenko", "role": "head_of_state"}
    fact["state"] = "BLR"
    prediction = {**fact, "person": "Aliaksandr Lukashenka"}
    without = evaluate(gold(fact), predicted(prediction))
    assert counts(without) == ((0, 1, 1), (0, 1, 1))
    with_alias = evaluate(
        gold(fact, **{"Alexander Lukashenko": ["Aliaksandr Lukashenka"]}), predicted(prediction)
    )
    assert counts(with_alias) == ((1, 0, 0), (1, 0, 0))


@pytest.mark.parametrize(
    ("prediction", "gold_topic", "expected"),
    [
        ("regional security", "regional security", True),
        ("security in the region", "regional security", True),  # "security": half of two
        ("trade in the region", "regional security", False),  # "region" is not "regional"
        ("regional stability", "regional security", True),  # 1 of 2 words: half
        ("union", "customs union", True),  # all of the shorter phrase
        (
            "diplomatic conflict between minsk and stockholm",
            "belarus-sweden diplomatic conflict",
            True,
        ),  # 2 shared of the shorter's 4
        ("the conflict", "belarus-sweden diplomatic conflict", True),  # stop word ignored
        ("european security", "energy cooperation", False),
        ("cis", "CIS", True),  # codes compare case-insensitively
        ("SYR", "syria", False),  # a code and a phrase: codes must be equal
        ("EU", "eu enlargement", False),
        ("CSTO", "CIS", False),
    ],
)
def test_topic_rule(prediction: str, gold_topic: str, expected: bool) -> None:
    assert topics_match(prediction, gold_topic) is expected


def test_holds_office_key_is_person_role_and_state() -> None:
    assert keys_match({**LAVROV_OFFICE, "person": "Sergey Lavrov"}, LAVROV_OFFICE)
    assert not keys_match({**LAVROV_OFFICE, "role": "minister"}, LAVROV_OFFICE)
    assert not keys_match({**LAVROV_OFFICE, "state": "BLR"}, LAVROV_OFFICE)
    org_office = {**LAVROV_OFFICE, "org": "UN"}
    del org_office["state"]
    assert not keys_match(org_office, LAVROV_OFFICE)


def test_meeting_needs_the_same_participant_set() -> None:
    gold_meeting = {"type": "meeting", "participants": ["Sergei Lavrov", "Sergei Martynov"]}
    assert keys_match({"type": "meeting", "participants": ["Martynov", "Lavrov"]}, gold_meeting)
    assert not keys_match(
        {"type": "meeting", "participants": ["Lavrov", "Martynov", "Lukashenko"]}, gold_meeting
    )
    # Both predicted names fit Lavrov; no one-to-one pairing covers Martynov.
    assert not keys_match(
        {"type": "meeting", "participants": ["Lavrov", "Sergey Lavrov"]}, gold_meeting
    )


def test_discussion_needs_one_shared_participant_and_the_topic() -> None:
    gold_fact = {"type": "discusses", "participants": ["Sergei Lavrov", "Sergei Martynov"]}
    gold_fact["topic"] = "CSTO"
    assert keys_match(
        {"type": "discusses", "participants": ["Martynov"], "topic": "CSTO"}, gold_fact
    )
    assert not keys_match(
        {"type": "discusses", "participants": ["Wang Yi"], "topic": "CSTO"}, gold_fact
    )
    assert not keys_match(
        {"type": "discusses", "participants": ["Martynov"], "topic": "CIS"}, gold_fact
    )


def test_hedged_gold_is_neutral_in_strict_and_ordinary_in_lenient() -> None:
    hedged = {
        "type": "discusses",
        "participants": ["Sergei Lavrov", "Sergei Martynov"],
        "topic": "SYR",
        "hedged": True,
    }
    presupposed = {"type": "member_of", "member": "RUS", "org": "CSTO", "support": "presupposed"}
    implied = {"type": "member_of", "member": "BLR", "org": "CSTO", "implied": True}
    facts = (LAVROV_OFFICE, hedged, presupposed, implied)

    matched = evaluate(gold(*facts), predicted(LAVROV_OFFICE, hedged, presupposed))
    assert counts(matched) == ((1, 0, 0), (3, 0, 1))  # implied membership missed
    assert counts(matched, "discusses") == ((0, 0, 0), (1, 0, 0))
    assert [m.neutral for m in matched.matches if m.fact_type == "discusses"] == [True]
    assert [e.counts_in_strict for e in matched.false_negatives] == [False]

    missed = evaluate(gold(*facts), predicted(LAVROV_OFFICE))
    assert counts(missed) == ((1, 0, 0), (1, 0, 3))


def test_must_not_extract_is_a_false_positive_in_both_figures() -> None:
    visit = {
        "type": "visit",
        "visitor": "Sergei Lavrov",
        "destination": "BLR",
        "start": None,
        "status": "planned",
    }
    forbidden = {"type": "visit", "visitor": "Sergei Lavrov", "destination": "SWE"}
    report = evaluate(
        gold(visit, must_not=(forbidden,)),
        predicted(visit, {**visit, "visitor": "Sergey Lavrov", "destination": "SWE"}),
    )
    assert counts(report) == ((1, 1, 0), (1, 1, 0))
    assert len(report.forbidden) == 1
    assert report.forbidden[0].fact["destination"] == "SWE"
    assert "forbidden predictions (must_not_extract): 1" in format_report(report)


def test_must_not_extract_status_forbids_only_that_status() -> None:
    cancelled = {
        "type": "visit",
        "visitor": "Sergei Lavrov",
        "destination": "BLR",
        "start": None,
        "status": "cancelled",
    }
    forbidden = {**cancelled, "status": "planned"}
    as_planned = evaluate(
        gold(cancelled, must_not=(forbidden,)), predicted({**cancelled, "status": "planned"})
    )
    assert counts(as_planned) == ((0, 1, 1), (0, 1, 1))
    assert len(as_planned.forbidden) == 1
    as_cancelled = evaluate(gold(cancelled, must_not=(forbidden,)), predicted(cancelled))
    assert counts(as_cancelled) == ((1, 0, 0), (1, 0, 0))
    assert as_cancelled.forbidden == []


def test_must_not_extract_mode_forbids_only_that_mode() -> None:
    summit = {
        "type": "meeting",
        "participants": ["Joe Biden", "Vladimir Putin"],
        "date": "2021-06-16",
        "place": "Geneva",
    }
    no_call = {**summit, "date": None, "place": None, "mode": "phone"}
    in_person = evaluate(gold(summit, must_not=(no_call,)), predicted(summit))
    assert counts(in_person) == ((1, 0, 0), (1, 0, 0))
    assert in_person.forbidden == []
    by_phone = evaluate(gold(summit, must_not=(no_call,)), predicted({**summit, "mode": "phone"}))
    assert len(by_phone.forbidden) == 1


def test_visit_status_and_start_accuracy_over_matched_visits() -> None:
    to_minsk = {
        "type": "visit",
        "visitor": "Sergei Lavrov",
        "destination": "BLR",
        "start": "2012-08-14",
        "start_also": ["2012-08-15"],
        "status": "planned",
    }
    to_beijing = {
        "type": "visit",
        "visitor": "Sergei Lavrov",
        "destination": "CHN",
        "start": None,
        "status": "completed",
    }
    to_paris = {**to_beijing, "destination": "FRA", "start": "2012-09-01"}
    report = evaluate(
        gold(to_minsk, to_beijing, to_paris),
        predicted(
            {**to_minsk, "start": "2012-08-15", "status": "ongoing"},  # start_also accepted
            {**to_beijing, "start": None},  # null gold start and null prediction: correct
            {**to_paris, "start": None},  # a date was due
            {**to_paris, "destination": "DEU"},  # unmatched: not in the accuracy
        ),
    )
    assert (report.visit_status.correct, report.visit_status.total) == (2, 3)
    assert (report.visit_start.correct, report.visit_start.total) == (2, 3)


def test_two_predictions_cannot_both_match_one_gold_fact() -> None:
    report = evaluate(gold(LAVROV_OFFICE), predicted(LAVROV_OFFICE, LAVROV_OFFICE))
    assert counts(report) == ((1, 1, 0), (1, 1, 0))
    assert len(report.matches) == 1


def test_pairing_is_optimal_not_greedy() -> None:
    """The exact-topic prediction also fits the second gold fact; taking its best pair first
    would leave the other prediction with nothing to match."""
    people = ["Sergei Lavrov", "Sergei Martynov"]
    regional = {"type": "discusses", "participants": people, "topic": "regional security"}
    european = {"type": "discusses", "participants": people, "topic": "european security"}
    report = evaluate(
        gold(regional, european),
        predicted(regional, {**regional, "topic": "regional stability"}),
    )
    assert counts(report, "discusses") == ((2, 0, 0), (2, 0, 0))
    pairs = {(m.predicted["topic"], m.gold["topic"]) for m in report.matches}
    assert pairs == {
        ("regional security", "european security"),
        ("regional stability", "regional security"),
    }


def test_among_equal_counts_the_closer_pair_wins() -> None:
    to_minsk = {"type": "visit", "visitor": "Sergei Lavrov", "destination": "BLR"}
    planned = {**to_minsk, "start": "2012-08-14", "status": "planned"}
    completed = {**to_minsk, "start": "2012-08-20", "status": "completed"}
    report = evaluate(gold(planned, completed), predicted(completed, planned))
    assert all(m.predicted == {"article": "g", **m.gold} for m in report.matches)
    assert report.visit_status.correct == 2


def test_articles_without_predictions_and_predictions_without_gold() -> None:
    report = evaluate(
        gold(LAVROV_OFFICE),
        predicted(LAVROV_OFFICE, article="elsewhere") + predicted(LAVROV_OFFICE, article="x"),
    )
    assert counts(report) == ((0, 0, 1), (0, 0, 1))
    assert report.ignored_articles == ["elsewhere", "x"]
    assert report.ignored_predictions == 2
    assert [a.article for a in report.articles] == ["g"]


def test_files_report_and_formats(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "000.json").write_text(
        json.dumps({"id": "000", "facts": [LAVROV_OFFICE], "must_not_extract": []}), "utf-8"
    )
    facts_file = tmp_path / "facts.jsonl"
    lines = [
        {"article": "000", **LAVROV_OFFICE},
        {"article": "000", "type": "member_of", "member": "RUS", "org": "UN"},
    ]
    facts_file.write_text("\n".join(json.dumps(f) for f in lines) + "\n\n", "utf-8")

    assert list(load_gold(gold_dir)) == ["000"]
    report = evaluate_paths(gold_dir, facts_file)
    assert counts(report) == ((1, 1, 0), (1, 1, 0))
    assert counts(report, "member_of") == ((0, 1, 0), (0, 1, 0))
    assert report.total.strict.precision == 0.5
    assert report.total.strict.recall == 1.0
    assert report.total.strict.f1 == pytest.approx(2 / 3)

    data = json.loads(json.dumps(report_to_dict(report)))
    assert data["micro"]["strict"]["tp"] == 1
    assert data["false_positives"][0]["fact"]["org"] == "UN"

    text = format_report(report)
    table = text.splitlines()[1:10]
    assert len({len(line) for line in table}) == 1  # aligned columns
    assert any(line.startswith("micro") and "0.500 1.000 0.667" in line for line in table)
    assert "FP 000 member_of [unmatched]" in format_errors(report)
    assert "FP 000 member_of" in format_report(report, details=True)


def test_bad_input_is_a_readable_error(tmp_path: Path) -> None:
    facts_file = tmp_path / "facts.jsonl"
    facts_file.write_text('{"type": "visit"}\n', "utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    with pytest.raises(DiplokgError, match="facts.jsonl:1"):
        evaluate_paths(gold_dir, facts_file)
    (gold_dir / "bad.json").write_text("[]", "utf-8")
    with pytest.raises(DiplokgError, match="bad.json"):
        load_gold(gold_dir)
