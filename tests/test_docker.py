"""Compose file and Dockerfile say what the README promises (no Docker engine runs here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_postgres_is_version_16_with_a_volume_and_a_healthcheck(compose: dict[str, Any]) -> None:
    db = compose["services"]["db"]
    assert db["image"].startswith("postgres:16")
    volume = db["volumes"][0].split(":")
    assert volume[0] in compose["volumes"]
    assert volume[1] == "/var/lib/postgresql/data"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


def test_service_waits_for_healthy_database(compose: dict[str, Any]) -> None:
    service = compose["services"]["pipeline"]
    assert service["depends_on"]["db"]["condition"] == "service_healthy"


def test_service_database_url_points_at_the_compose_database(compose: dict[str, Any]) -> None:
    db = compose["services"]["db"]["environment"]
    url = compose["services"]["pipeline"]["environment"]["PIPELINE_DATABASE_URL"]
    expected = f"postgresql+psycopg://{db['POSTGRES_USER']}:{db['POSTGRES_PASSWORD']}@db:5432/{db['POSTGRES_DB']}"
    assert url == expected


def test_service_mounts_the_config_folder_it_reads(compose: dict[str, Any]) -> None:
    service = compose["services"]["pipeline"]
    assert "./config:/app/config" in service["volumes"]
    config_arg = service["command"][service["command"].index("--config") + 1]
    assert config_arg.startswith("/app/config/")
    assert (ROOT / "config" / Path(config_arg).name).exists()


def test_dockerfile_installs_the_package_and_runs_the_service() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip install" in dockerfile
    assert 'ENTRYPOINT ["pipeline"]' in dockerfile
    assert 'CMD ["run"]' in dockerfile
