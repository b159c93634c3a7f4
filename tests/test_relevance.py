"""Relevance: the topic file, term matching, the decision, and its quality on the corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import ConfigError
from pipeline.relevance import assess
from pipeline.topic import Topic, default_topic, load_topic, parse_topic

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "articles"

HANDOVER = (
    "The Harbor County Sheriff's Office released nine people from its jail directly to "
    "Immigration and Customs Enforcement last month after ICE lodged detainers, records show."
)

SMALL_TOPIC = """
threshold = 3.0
window = 10

[terms]
"ICE" = 2.0
"jail*" = 1.0
"ICE custody" = 3.0
"sheriff's office" = 1.0

[[require]]
name = "federal"
terms = ["ICE"]

[[require]]
name = "local"
terms = ["jail*", "sheriff*"]

[exclusions]
"transfer window" = 10.0
"""


@pytest.fixture
def small() -> Topic:
    return parse_topic(SMALL_TOPIC, source="small.toml")


def _corpus() -> list[dict[str, Any]]:
    if not CORPUS.is_dir():
        pytest.skip(f"labelled corpus not found at {CORPUS}")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.json"))]


def test_handover_story_is_related_with_score_and_matched_terms() -> None:
    result = assess(default_topic(), title="Jail hands nine to ICE", text=HANDOVER)
    assert result.related
    assert result.score >= default_topic().threshold
    assert "detainer*" in result.matched
    assert "Immigration and Customs Enforcement" in result.matched


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Deadline day", "The club completed the transfer of its striker to a rival before the "
                         "transfer window closed; the sheriff of the fan club cheered."),
        ("Jail crowding", "The county jail moved forty inmates to the state prison system this "
                          "week because the sheriff ran out of beds."),
        ("Plant raid", "ICE agents detained dozens of workers at a packing plant in a worksite "
                       "operation; federal officials said more arrests may follow."),
        ("Visa lottery", "The agency will run a second H-1B visa lottery for skilled workers."),
    ],
)
def test_near_misses_are_not_related(title: str, text: str) -> None:
    assert not assess(default_topic(), title=title, text=text).related


def test_upper_case_term_needs_exact_case(small: Topic) -> None:
    text = "Ice on the road kept jail visitors away; the sheriff's office closed the lobby."
    result = assess(small, title=None, text=text)
    assert "ICE" not in result.matched
    assert not result.related


def test_prefix_term_and_curly_apostrophe_match(small: Topic) -> None:
    text = "The Sheriff’s Office said ICE took two people from its jails."
    result = assess(small, title=None, text=text)
    assert {"jail*", "sheriff's office", "ICE"} <= set(result.matched)
    assert result.related


def test_longest_overlapping_term_counts_once(small: Topic) -> None:
    result = assess(small, title=None, text="He went from the jail into ICE custody.")
    assert "ICE custody" in result.matched
    assert "ICE" not in result.matched  # scored once, as the longer phrase
    assert result.score == pytest.approx(1.0 + 3.0)
    assert result.related  # the group term "ICE" inside the phrase still meets its group


def test_groups_must_co_occur_within_the_window(small: Topic) -> None:
    filler = " ".join(["words"] * 30)
    apart = f"ICE ICE ICE said little. {filler}. The jail was quiet."
    close = f"ICE came to the jail. {filler}."
    assert not assess(small, title=None, text=apart).related
    assert assess(small, title=None, text=close).related


def test_group_term_in_title_counts_for_the_whole_text(small: Topic) -> None:
    filler = " ".join(["words"] * 30)
    result = assess(small, title="ICE and the jail", text=f"ICE. {filler}. jail")
    assert result.related


def test_exclusion_lowers_score_and_is_marked(small: Topic) -> None:
    text = "ICE jail ICE custody before the transfer window shut."
    result = assess(small, title=None, text=text)
    assert "-transfer window" in result.matched
    assert not result.related


def test_title_match_adds_weight() -> None:
    topic = parse_topic('title_factor = 2.0\n[terms]\n"jail" = 1.0\n', source="t.toml")
    assert assess(topic, title="jail", text="jail").score == pytest.approx(3.0)
    assert assess(topic, title="other", text="jail").score == pytest.approx(1.0)


def test_invalid_toml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "topic.toml"
    path.write_text('threshold = 2\n[terms]\n"ICE" = \n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_topic(path)
    assert info.value.path == str(path)
    assert info.value.line == 3


def test_bad_weight_points_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "topic.toml"
    path.write_text('threshold = 2\n[terms]\n"jail" = 1\n"ICE" = "high"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="weight of 'ICE'") as info:
        load_topic(path)
    assert info.value.line == 4


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('threshhold = 2\n[terms]\n"a" = 1\n', "unknown setting"),
        ("threshold = 2\n", "at least one term"),
        ('window = -1\n[terms]\n"a" = 1\n', "window"),
        ('[terms]\n"a" = 1\n[[require]]\nname = "x"\nterms = []\n', "non-empty list"),
        ('[terms]\n"*" = 1\n', "without words"),
    ],
)
def test_semantic_topic_errors_are_config_errors(text: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        parse_topic(text, source="t.toml")


def test_missing_topic_file_is_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_topic(tmp_path / "absent.toml")


def test_user_editable_copy_matches_packaged_default() -> None:
    assert load_topic(REPO / "config" / "topic.toml") == default_topic()


def test_default_topic_reaches_target_f1_on_labelled_corpus() -> None:
    articles = _corpus()
    topic = default_topic()
    outcomes = []
    for article in articles:
        decision = assess(topic, title=article["title"], text=str(article["text"]))
        outcomes.append((bool(article["gold"]["related"]), decision.related))
    tp = sum(g and p for g, p in outcomes)
    fp = sum(p and not g for g, p in outcomes)
    fn = sum(g and not p for g, p in outcomes)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, outcomes


def test_ice_arrests_at_homes_taken_into_ice_custody_are_not_related() -> None:
    # "ICE custody" and ICE's own "detention facilities" are the federal side, not a local one.
    text = (
        "Federal immigration agents arrested 41 people at homes in the north end of the city "
        "this week, U.S. Immigration and Customs Enforcement said. Those arrested were taken "
        "into ICE custody and moved to detention facilities in the region, some on to detention "
        "centers in other states. Some were deported "
        "within days, relatives said.")
    result = assess(default_topic(), title="ICE arrests 41 in morning sweep", text=text)
    assert not result.related, result


def test_a_county_detention_department_is_the_local_side() -> None:
    text = (
        "The Pierce County Department of Adult and Juvenile Detention turned over six people to "
        "federal immigration custody last year, the department's director told the council. "
        "Four were released to ICE officers who had warrants signed by a judge.")
    result = assess(default_topic(), title="County detention department turned over six",
                    text=text)
    assert result.related, result
