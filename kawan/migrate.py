"""Apply the Alembic history programmatically (`kawan db upgrade`, `kawan run`)."""

from __future__ import annotations

from alembic.config import Config

from alembic import command
from kawan.settings import REPO_ROOT


def alembic_config(database_url: str) -> Config:
    cfg = Config(str(REPO_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(REPO_ROOT / "alembic"))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    cfg.attributes["configure_logger"] = False
    return cfg


def upgrade(database_url: str, revision: str = "heads") -> None:
    """Blocking: call it before the event loop starts, or in a thread."""
    command.upgrade(alembic_config(database_url), revision)
