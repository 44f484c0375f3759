"""Every table of the one schema, so Alembic sees them all."""

from sqlmodel import SQLModel

import api.checkins.models  # noqa: F401
import api.people.models  # noqa: F401
import bot.models  # noqa: F401

metadata = SQLModel.metadata
