"""``pipeline eval``: score relevance, extraction and event grouping on labelled articles."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from pipeline.cli import cli
from pipeline.cli.context import user_errors
from pipeline.evaluate import (
    DEFAULT_THRESHOLDS,
    Extractor,
    LabelledArticle,
    RunResult,
    Score,
    default_extractor,
    default_warm_up,
    facts_from_gold,
    gate,
    load_labelled,
    run,
    score_all,
)
from pipeline.facts import TransferFacts
from pipeline.topic import default_topic, load_topic


def _min_scores(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, float]:
    """Parse repeated NAME=VALUE options into thresholds."""
    out: dict[str, float] = {}
    for item in values:
        name, sep, number = item.partition("=")
        if not sep or name not in DEFAULT_THRESHOLDS:
            raise click.BadParameter(
                f"{item!r}: expected NAME=VALUE with NAME one of {', '.join(DEFAULT_THRESHOLDS)}"
            )
        try:
            out[name] = float(number)
        except ValueError as exc:
            raise click.BadParameter(f"{item!r}: {number!r} is not a number") from exc
    return out


def _no_extraction(text: str, **_: object) -> TransferFacts:
    return TransferFacts()


def _extractor(articles: Sequence[LabelledArticle], gold_facts: bool, err: Console) -> Extractor:
    """The project's extractor, or the gold facts looked up by (text, title)."""
    if gold_facts:
        known = {(a.text, a.title): facts_from_gold(a.gold) for a in articles}

        def from_gold(text: str, *, title: str | None = None, **_: object) -> TransferFacts:
            return known.get((text, title), TransferFacts())

        return from_gold
    found = default_extractor()
    if found is None:
        err.print("[yellow]warning:[/] pipeline.extract.extract_facts not found; "
                  "extraction scores are for empty facts")
        return _no_extraction
    return found


@cli.command("eval")
@click.argument("directory", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--predictions", type=click.Path(path_type=Path, dir_okay=False),
    help="Write one JSON line per article: id and the predicted gold-shaped record.",
)
@click.option(
    "--topic", "topic_file", type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="Relevance topic file (TOML); default: the packaged topic.",
)
@click.option(
    "--gate", "use_gate", is_flag=True, help="Exit 1 when any score is under its threshold."
)
@click.option(
    "--gold-facts", is_flag=True,
    help="Use each article's gold facts instead of extraction (scores relevance and events).",
)
@click.option(
    "--min-score", "min_scores", multiple=True, callback=_min_scores, metavar="NAME=VALUE",
    help="Override one threshold (repeatable); implies --gate.",
)
def eval_command(
    directory: Path, as_json: bool, predictions: Path | None, topic_file: Path | None,
    use_gate: bool, gold_facts: bool, min_scores: dict[str, float],
) -> None:
    """Score the pipeline on a directory of labelled articles (corpus SCHEMA.md format).

    \b
    Example:
      pipeline eval ../shared/corpus/articles --gate --predictions /tmp/pred.jsonl
    """
    console = Console()
    err = Console(stderr=True)
    with user_errors():
        topic = load_topic(topic_file) if topic_file else default_topic()
        articles = load_labelled(directory)
    if not articles:
        raise click.ClickException(f"{directory}: no labelled articles (*.json)")
    warm_up = None if gold_facts else default_warm_up()
    result = run(articles, topic, _extractor(articles, gold_facts, err), warm_up)
    scores = score_all(articles, result.predictions)
    if predictions is not None:
        _write_predictions(predictions, result)
    thresholds = {**DEFAULT_THRESHOLDS, **min_scores}
    if as_json:
        click.echo(json.dumps(_as_dict(scores, result, thresholds), indent=2))
    else:
        console.print(_table(scores, thresholds, len(articles)))
        console.print(_timing(result))
    for error in result.errors:
        err.print(f"[red]extraction error[/] {error}")
    failures = gate(scores, thresholds) if use_gate or min_scores else []
    for line in failures:
        err.print(f"[red]below threshold[/] {line}")
    if failures:
        raise SystemExit(1)


def _write_predictions(path: Path, result: RunResult) -> None:
    try:
        with path.open("w", encoding="utf-8") as out:
            for prediction in result.predictions:
                out.write(json.dumps(prediction.record(), ensure_ascii=False) + "\n")
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot write predictions: {exc.strerror}") from exc


def _as_dict(
    scores: Mapping[str, Score], result: RunResult, thresholds: Mapping[str, float]
) -> dict[str, object]:
    return {
        "scores": {
            name: {"value": round(s.value, 4), "precision": s.precision, "recall": s.recall,
                   "support": s.support, "threshold": thresholds.get(name)}
            for name, s in scores.items()
        },
        "timing_ms": {
            "relevance_per_article": round(result.relevance_ms, 3),
            "extraction_per_related_article": round(result.extraction_ms, 3),
            "relevance_plus_extraction_per_article": round(result.per_article_ms, 3),
            "one_time_warm_up": round(result.warm_up_ms, 3),
        },
        "articles": len(result.predictions),
        "extraction_errors": list(result.errors),
    }


def _table(scores: Mapping[str, Score], thresholds: Mapping[str, float], articles: int) -> Table:
    table = Table(title=f"Evaluation over {articles} articles")
    for column in ("score", "value", "precision", "recall", "support", "threshold", ""):
        table.add_column(column, justify="left" if column == "score" else "right")
    for name, s in scores.items():
        minimum = thresholds.get(name)
        ok = minimum is None or s.value >= minimum
        table.add_row(
            name, f"{s.value:.3f}", _maybe(s.precision), _maybe(s.recall), str(s.support),
            "" if minimum is None else f"{minimum:.2f}", "[green]ok[/]" if ok else "[red]LOW[/]",
        )
    return table


def _timing(result: RunResult) -> str:
    return (
        f"mean ms per article: relevance {result.relevance_ms:.2f}, "
        f"extraction {result.extraction_ms:.2f} (per related article), "
        f"relevance + extraction {result.per_article_ms:.2f}; "
        f"one-time data load before timing {result.warm_up_ms:.0f}"
    )


def _maybe(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"
