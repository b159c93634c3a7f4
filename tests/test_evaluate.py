"""The evaluation harness: loading, scoring rules, the gate, and ``pipeline eval``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import pipeline.cli.evaluate  # noqa: F401  (registers the command on the group)
from pipeline.cli import cli
from pipeline.errors import ConfigError
from pipeline.evaluate import (
    DEFAULT_THRESHOLDS,
    LabelledArticle,
    Prediction,
    Score,
    facts_from_gold,
    gate,
    load_labelled,
    run,
    score_all,
)
from pipeline.facts import Agency, Count, Jurisdiction, Nationality, TransferFacts
from pipeline.relevance import Relevance
from pipeline.topic import default_topic

EMPTY = facts_from_gold({"transfer_report": False}).to_gold()
RELATED = Relevance(True, 9.0, ("ICE",))


def _gold(**fields: Any) -> dict[str, Any]:
    return {**EMPTY, "related": True, "transfer_report": True, "event": None, **fields}


def _article(id_: str, gold: dict[str, Any], text: str = "text") -> LabelledArticle:
    return LabelledArticle(id_, None, None, text, gold)


def _prediction(id_: str, facts: TransferFacts, event: str | None = None) -> Prediction:
    return Prediction(id_, RELATED, facts, event)


def _report(**fields: Any) -> TransferFacts:
    return TransferFacts(transfer_report=True, **fields)


def test_names_compare_case_and_punctuation_insensitively() -> None:
    gold = _gold(jurisdiction={"name": "Lake County", "state": "OR"},
                 agency="Lake County Sheriff's Office")
    facts = _report(jurisdiction=Jurisdiction("lake county", "or"),
                    agency=Agency("LAKE COUNTY SHERIFFS OFFICE"))
    scores = score_all([_article("a", gold)], [_prediction("a", facts)])
    assert scores["jurisdiction"].value == 1.0
    assert scores["agency"].value == 1.0


def test_a_country_under_another_of_its_names_is_the_same_nationality() -> None:
    gold = _gold(nationalities={"Cape Verde": 4, "Brazil": 21})
    facts = _report(nationalities=(Nationality("Cabo Verde", 4), Nationality("Brazil", 21)))
    assert score_all([_article("a", gold)], [_prediction("a", facts)])[
        "nationalities_f1"].value == 1.0


def test_a_different_country_is_still_a_miss() -> None:
    gold = _gold(nationalities={"Cape Verde": 4})
    facts = _report(nationalities=(Nationality("Portugal", 4),))
    assert score_all([_article("a", gold)], [_prediction("a", facts)])[
        "nationalities_f1"].value == 0.0


def test_jurisdiction_needs_state_right_too() -> None:
    gold = _gold(jurisdiction={"name": "Lake County", "state": "OR"})
    facts = _report(jurisdiction=Jurisdiction("Lake County", "CA"))
    assert score_all([_article("a", gold)], [_prediction("a", facts)])["jurisdiction"].value == 0


def test_counts_are_micro_f1_over_article_tuples() -> None:
    gold_a = _gold(counts=[{"period": "2025-05", "count": 8, "qualifier": "exact"},
                           {"period": "2025-06", "count": 12, "qualifier": "more_than"}])
    gold_b = _gold(counts=[{"period": "2024", "count": 3, "qualifier": "exact"}])
    pred_a = _report(counts=(Count("2025-05", 8), Count("2025-06", 12)))  # qualifier wrong
    pred_b = _report(counts=(Count("2024", 3),))
    scores = score_all([_article("a", gold_a), _article("b", gold_b)],
                       [_prediction("a", pred_a), _prediction("b", pred_b)])
    counts = scores["counts_f1"]
    assert counts.precision == pytest.approx(2 / 3)
    assert counts.recall == pytest.approx(2 / 3)
    assert counts.value == pytest.approx(2 / 3)


def test_empty_gold_and_empty_prediction_score_as_correct() -> None:
    scores = score_all([_article("a", _gold())], [_prediction("a", _report())])
    for name in ("agency", "total", "age_range", "counts_f1", "nationalities_f1",
                 "historical_f1", "officials_f1", "legal_basis_f1"):
        assert scores[name].value == 1.0, name


def test_missed_transfer_report_gets_empty_fields() -> None:
    gold = _gold(agency="Lake County Jail", total={"count": 4, "qualifier": "exact"})
    scores = score_all([_article("a", gold)], [_prediction("a", TransferFacts())])
    assert scores["transfer_report_f1"].value == 0.0
    assert scores["agency"].value == 0.0
    assert scores["total"].value == 0.0


def test_non_reports_are_left_out_of_field_scores() -> None:
    articles = [_article("a", _gold(agency="Lake County Jail")),
                _article("b", {**EMPTY, "related": False, "event": None})]
    predictions = [_prediction("a", _report(agency=Agency("Lake County Jail"))),
                   _prediction("b", _report(agency=Agency("Wrong")))]
    scores = score_all(articles, predictions)
    assert scores["agency"].value == 1.0
    assert scores["agency"].support == 1
    assert scores["transfer_report_f1"].precision == 0.5


def test_events_are_pairwise_f1_over_gold_reports() -> None:
    articles = [_article(i, _gold(event=e)) for i, e in
                [("a", "x"), ("b", "x"), ("c", "x"), ("d", "y")]]
    predictions = [_prediction(i, _report(), e) for i, e in
                   [("a", "E1"), ("b", "E1"), ("c", "E2"), ("d", "E2")]]
    events = score_all(articles, predictions)["events_f1"]
    # gold pairs ab, ac, bc; predicted ab, cd -> tp 1, fp 1, fn 2
    assert events.precision == pytest.approx(0.5)
    assert events.recall == pytest.approx(1 / 3)
    assert events.value == pytest.approx(0.4)


def test_gate_lists_each_score_under_threshold() -> None:
    scores = {"related_f1": Score("related_f1", 0.9, 10), "events_f1": Score("events_f1", 1, 3)}
    failures = gate(scores, {"related_f1": 0.95, "events_f1": 0.85, "total": 0.8})
    assert failures == ["related_f1: 0.900 < 0.950", "total: no such score"]


def test_run_groups_reports_into_events_in_arrival_order() -> None:
    gold = _gold(jurisdiction={"name": "Lake County", "state": "OR"},
                 agency="Lake County Jail",
                 counts=[{"period": "2025-05", "count": 7, "qualifier": "exact"}])
    text = "The Lake County jail turned seven inmates over to ICE agents on detainers in May."
    articles = [
        LabelledArticle("late", None, date(2025, 6, 20), text, gold),
        LabelledArticle("early", None, date(2025, 6, 2), text + " More follows.", gold),
    ]
    result = run(articles, default_topic(), lambda t, **_: facts_from_gold(gold))
    assert [p.id for p in result.predictions] == ["early", "late"]
    assert {p.event for p in result.predictions} == {"E001"}
    assert result.relevance_ms > 0


def test_run_survives_a_failing_extractor() -> None:
    text = "The county jail handed two inmates to ICE on detainers, the sheriff said."
    def broken(_: str, **__: object) -> TransferFacts:
        raise RuntimeError("boom")
    result = run([_article("a", _gold(), text)], default_topic(), broken)
    assert result.predictions[0].error == "RuntimeError: boom"
    assert result.errors == ("a: RuntimeError: boom",)


def test_load_labelled_reports_bad_json_with_line(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{\n  "id": "x",\n  "text": \n}', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_labelled(tmp_path)
    assert info.value.line == 4
    assert "bad.json" in str(info.value)


def test_load_labelled_rejects_record_without_gold(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"id": "x", "text": "t"}', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a labelled article"):
        load_labelled(tmp_path)


# --- the command, on a small corpus written for these tests -----------------------------

HANDOVER_A = (
    "The Pine County Sheriff's Office released six inmates from the county jail to "
    "Immigration and Customs Enforcement in March, honoring ICE detainers, records show."
)
HANDOVER_B = (
    "Records obtained by this paper show Pine County's jail turned over six inmates to ICE "
    "agents in March under immigration detainers; the sheriff declined to comment."
)
UNRELATED = "The Pine County fair opened on Friday with a pie contest and a tractor parade."


def _write(directory: Path, id_: str, text: str, gold: dict[str, Any]) -> None:
    record = {"id": id_, "url": f"https://news.example/{id_}", "outlet": "news.example",
              "title": None, "published": "2025-04-02", "text": text, "gold": gold}
    (directory / f"{id_}.json").write_text(json.dumps(record), encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    report = _gold(event="pine-2025-03", jurisdiction={"name": "Pine County", "state": "WA"},
                   agency="Pine County Sheriff's Office",
                   counts=[{"period": "2025-03", "count": 6, "qualifier": "exact"}],
                   total={"count": 6, "qualifier": "exact"}, legal_basis=["detainer"])
    _write(tmp_path, "pine-a", HANDOVER_A, report)
    _write(tmp_path, "pine-b", HANDOVER_B, report)
    _write(tmp_path, "fair", UNRELATED, {**EMPTY, "related": False, "event": None})
    return tmp_path


def test_eval_json_prints_every_score_and_timing(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(corpus), "--json", "--gold-facts"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data["scores"]) == set(DEFAULT_THRESHOLDS)
    assert data["scores"]["related_f1"]["value"] == 1.0
    assert data["scores"]["events_f1"]["value"] == 1.0
    assert data["timing_ms"]["relevance_per_article"] > 0
    assert data["articles"] == 3


def test_eval_writes_one_prediction_line_per_article(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        cli, ["eval", str(corpus), "--gold-facts", "--predictions", str(out)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in lines) == ["fair", "pine-a", "pine-b"]
    by_id = {r["id"]: r for r in lines}
    assert by_id["pine-a"]["event"] == by_id["pine-b"]["event"] is not None
    assert by_id["pine-a"]["jurisdiction"] == {"name": "Pine County", "state": "WA"}
    assert by_id["fair"]["related"] is False
    assert "Evaluation over 3 articles" in result.output


def test_eval_gate_passes_when_every_score_is_met(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(corpus), "--gold-facts", "--gate"])
    assert result.exit_code == 0, result.output


def test_eval_gate_fails_and_names_the_low_score(corpus: Path) -> None:
    result = CliRunner().invoke(
        cli, ["eval", str(corpus), "--gold-facts", "--min-score", "related_f1=1.01"]
    )
    assert result.exit_code == 1
    assert "related_f1: 1.000 < 1.010" in result.stderr


def test_eval_rejects_unknown_score_name(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(corpus), "--min-score", "speed=1"])
    assert result.exit_code == 2
    assert "expected NAME=VALUE" in result.output


def test_eval_on_empty_directory_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "no labelled articles" in result.output


def test_eval_scores_the_normalized_text_a_feed_would_store(tmp_path: Path) -> None:
    article = {
        "id": "escaped", "url": "https://outlet.example/a", "outlet": "outlet.example",
        "title": "Jail hands 18 to ICE", "published": "2026-01-12",
        "text": "At least 18 people were handed from the Codington County Detention Center to "
                "ICE in 2025, according to the sheriff&#8217;s office.",
        "gold": {"related": True},
    }
    (tmp_path / "escaped.json").write_text(json.dumps(article), encoding="utf-8")
    [loaded] = load_labelled(tmp_path)
    assert "sheriff’s office" in loaded.text
