"""One migration history, whose result matches the models, on the database under test."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from kawan.migrate import alembic_config
from kawan.models import metadata


def test_a_single_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    assert heads == ["0007_login_lockout"]


async def test_schema_matches_the_models(app: Any) -> None:
    def diff(connection: Any) -> list[Any]:
        context = MigrationContext.configure(connection)
        return compare_metadata(context, metadata)

    async with app.state.engine.connect() as conn:
        changes = await conn.run_sync(diff)
    # Only differences that matter: a table or column missing on one side.
    structural = [c for c in changes if isinstance(c, tuple) and c[0] in (
        "add_table", "remove_table", "add_column", "remove_column")]
    assert structural == [], structural


def test_upgrade_is_idempotent(database_url: str) -> None:
    from kawan import migrate

    migrate.upgrade(database_url)  # already at head: nothing to do, no error
