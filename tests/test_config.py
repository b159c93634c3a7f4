"""Settings loading: file + PIPELINE_* environment, errors naming file, line or variable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from pipeline.config import DEFAULT_SETTINGS_PATH, find_key_line, load_settings
from pipeline.errors import ConfigError
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "config" / "pipeline.toml"


def write(tmp_path: Path, text: str, name: str = "pipeline.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_settings_file_holds_exactly_the_defaults() -> None:
    settings = load_settings(SHIPPED, {})
    assert settings.feeds_file == SHIPPED.parent / "feeds.toml"
    assert settings.model_copy(update={"feeds_file": Settings().feeds_file}) == Settings()


def test_shipped_settings_file_documents_every_setting() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        section = field.annotation
        if isinstance(section, type) and issubclass(section, BaseModel):
            assert f"[{name}]" in text
            for key in section.model_fields:
                assert f"{key} = " in text, f"{name}.{key} missing from {SHIPPED}"
        else:
            assert f"{name} = " in text, f"{name} missing from {SHIPPED}"


def test_missing_explicit_settings_file_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match="not found") as info:
        load_settings(missing, {})
    assert info.value.path == str(missing)


def test_missing_default_settings_file_gives_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for path in (None, DEFAULT_SETTINGS_PATH):
        settings = load_settings(path, {})
        assert settings.poll == Settings().poll
        assert settings.feeds_file == Path("config/feeds.toml")


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'database_url = "x"\n\n[poll]\ntick_seconds = = 3\n')
    with pytest.raises(ConfigError) as info:
        load_settings(path, {})
    assert (info.value.path, info.value.line) == (str(path), 4)
    assert str(info.value).startswith(f"{path}:4: TOML syntax error")


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("[fetch]\nuser_agent = 'x'\nbogus = 1\n", 3, "unknown setting 'fetch.bogus'"),
        ("database_url = 'x'\ncolour = 'red'\n", 2, "unknown setting 'colour'"),
        ("[poll]\n# comment\n\ntick_seconds = -1\n", 4, "poll.tick_seconds"),
        ("[parse]\nworkers = 1\n[fetch]\nmax_redirects = 'many'\n", 4, "fetch.max_redirects"),
        ('[logging]\nlevel = "LOUD"\n', 2, "logging.level"),
        ("[poll]\nbatch_size = 5\n\n[fetch]\nallow_private = 3\n", 5, "fetch.allow_private"),
        ("fetch.connect_timeout = 0\n", 1, "fetch.connect_timeout"),
    ],
)
def test_invalid_setting_is_reported_at_its_line(
    tmp_path: Path, text: str, line: int, fragment: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_settings(path, {})
    assert info.value.line == line
    assert info.value.path == str(path)
    assert fragment in str(info.value)


def test_every_invalid_setting_is_listed(tmp_path: Path) -> None:
    path = write(tmp_path, "[poll]\ntick_seconds = 0\nbatch_size = 0\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path, {})
    message = str(info.value)
    assert f"{path}:2: poll.tick_seconds" in message
    assert f"{path}:3: poll.batch_size" in message


def test_environment_overrides_file_values(tmp_path: Path) -> None:
    path = write(tmp_path, "[fetch]\nuser_agent = 'from-file'\n[poll]\ntick_seconds = 10\n")
    env = {
        "PIPELINE_FETCH__USER_AGENT": "from-env",
        "PIPELINE_POLL__TICK_SECONDS": "2.5",
        "PIPELINE_DATABASE_URL": "sqlite:///elsewhere.db",
        "PIPELINE_FETCH__ALLOW_PRIVATE": "127.0.0.1, ::1,",
        "PIPELINE_PARSE__MAX_ENTRIES": "7",
    }
    settings = load_settings(path, env)
    assert settings.fetch.user_agent == "from-env"
    assert settings.poll.tick_seconds == 2.5
    assert settings.database_url == "sqlite:///elsewhere.db"
    assert settings.fetch.allow_private == ("127.0.0.1", "::1")
    assert settings.parse.max_entries == 7


def test_unrelated_pipeline_variables_are_ignored(tmp_path: Path) -> None:
    env = {"PIPELINE_CONFIG": "x.toml", "PIPELINE_TEST_POSTGRES_URL": "postgresql://h/db"}
    assert load_settings(write(tmp_path, ""), env).database_url == Settings().database_url


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"PIPELINE_POLL__TICK_SECONDS": "soon"}, "PIPELINE_POLL__TICK_SECONDS"),
        ({"PIPELINE_FETCH__MAX_REDIRECTS": "-1"}, "PIPELINE_FETCH__MAX_REDIRECTS"),
        ({"PIPELINE_FETCH__BOGUS": "1"}, "PIPELINE_FETCH__BOGUS: unknown setting 'fetch.bogus'"),
        ({"PIPELINE_FECH__USER_AGENT": "x"}, "PIPELINE_FECH__USER_AGENT: unknown settings"),
    ],
)
def test_bad_environment_value_names_the_variable(
    tmp_path: Path, env: dict[str, str], fragment: str
) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(write(tmp_path, ""), env)
    assert fragment in str(info.value)
    assert info.value.line is None


def test_relative_feeds_file_resolves_against_the_settings_folder(tmp_path: Path) -> None:
    (tmp_path / "conf").mkdir()
    path = write(tmp_path / "conf", 'feeds_file = "lists/feeds.toml"\n')
    assert load_settings(path, {}).feeds_file == tmp_path / "conf" / "lists" / "feeds.toml"


def test_absolute_and_environment_feeds_files_are_kept_as_given(tmp_path: Path) -> None:
    absolute = tmp_path / "abs.toml"
    path = write(tmp_path, f'feeds_file = "{absolute}"\n')
    assert load_settings(path, {}).feeds_file == absolute
    settings = load_settings(path, {"PIPELINE_FEEDS_FILE": "here/feeds.toml"})
    assert settings.feeds_file == Path("here/feeds.toml")


SAMPLE = '''title = "x"
note = """
fake = 1
"""
[fetch]
user_agent = "a"
"quoted key" = 2

[[feed]]
name = "one"

[[feed]]
name = "two"
headers = { "Accept" = "x" }

[feed.extra]
deep = 1
'''


@pytest.mark.parametrize(
    ("keys", "line"),
    [
        (("title",), 1),
        (("fake",), None),  # inside a multi-line string, not a key
        (("fetch", "user_agent"), 6),
        (("fetch", "quoted key"), 7),
        (("fetch", "missing"), 5),  # falls back to the table header
        (("feed", 0, "name"), 10),
        (("feed", 1, "name"), 13),
        (("feed", 1, "headers", "Accept"), 14),
        (("feed", 1, "extra", "deep"), 17),
        (("feed", 5), None),
    ],
)
def test_find_key_line_locates_keys_tables_and_array_items(
    keys: tuple[str | int, ...], line: int | None
) -> None:
    assert find_key_line(SAMPLE, keys) == line


def test_relative_topic_file_resolves_against_the_settings_folder(tmp_path: Path) -> None:
    folder = tmp_path / "conf"
    folder.mkdir()
    (folder / "pipeline.toml").write_text('[normalize]\ntopic_file = "topics/jails.toml"\n')
    loaded = load_settings(folder / "pipeline.toml", {})
    assert loaded.normalize.topic_file == folder / "topics" / "jails.toml"
    given = load_settings(
        folder / "pipeline.toml", {"PIPELINE_NORMALIZE__TOPIC_FILE": "here/topic.toml"}
    )
    assert given.normalize.topic_file == Path("here/topic.toml")  # as typed, from the cwd
    (tmp_path / "plain.toml").write_text("[normalize]\nbatch_size = 5\n")
    assert load_settings(tmp_path / "plain.toml", {}).normalize.topic_file is None

