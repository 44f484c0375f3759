"""Every table of the one schema, so Alembic sees them all."""

from sqlmodel import SQLModel

import api.agencies.models  # noqa: F401
import api.audit.models  # noqa: F401
import api.cases.models  # noqa: F401
import api.checkins.models  # noqa: F401
import api.departure.models  # noqa: F401
import api.family.models  # noqa: F401
import api.guidance.models  # noqa: F401
import api.notify.models  # noqa: F401
import api.people.models  # noqa: F401
import api.volunteers.models  # noqa: F401
import bot.models  # noqa: F401

metadata = SQLModel.metadata
