"""docker-compose.yml is checked here, since no Docker engine runs on this machine."""

from __future__ import annotations

import re
import shlex

import pytest
import yaml

from kawan.cli import build_parser
from kawan.settings import REPO_ROOT

COMPOSE = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]


def test_expected_services() -> None:
    assert {"db", "migrate", "api", "bot"} <= SERVICES.keys()


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_each_service_has_a_pinned_image_or_our_dockerfile(name: str) -> None:
    service = SERVICES[name]
    if "build" in service:
        assert (REPO_ROOT / service["build"] / "Dockerfile").is_file()
    else:
        assert re.fullmatch(r"[a-z0-9./-]+:[0-9][\w.-]*", service["image"]), "pin the image tag"


@pytest.mark.parametrize("name", [n for n, s in SERVICES.items() if "build" in s])
def test_every_kawan_command_exists(name: str) -> None:
    command = SERVICES[name].get("command")
    argv = command if isinstance(command, list) else shlex.split(command)
    assert argv[0] == "kawan"
    build_parser().parse_args(argv[1:])  # exits (fails the test) on an unknown command


def test_bot_runs_in_webhook_mode_with_a_secret() -> None:
    env = SERVICES["bot"]["environment"]
    assert "WEBHOOK_URL" in env and "WEBHOOK_SECRET" in env and "API_URL" in env


def test_dependencies_name_existing_services() -> None:
    for service in SERVICES.values():
        for dep in service.get("depends_on", {}):
            assert dep in SERVICES


def test_dockerfile_copies_what_the_app_needs() -> None:
    dockerfile = (REPO_ROOT / "Dockerfile").read_text()
    for path in ("api", "bot", "kawan", "alembic", "content", "constraints.txt"):
        assert path in dockerfile
        assert (REPO_ROOT / path).exists()
