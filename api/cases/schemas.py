"""Cases over HTTP: what comes in (validated, with clear errors) and what goes out."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator
from sqlmodel import Field, SQLModel

from api.cases.enums import (
    CaseKind,
    CaseStatus,
    Category,
    DetailKind,
    Direction,
    EventType,
    FollowUpAnswer,
    LegalBasis,
    ReferralChannel,
    Severity,
)
from api.people.enums import Channel, Language

KEY = Field(min_length=8, max_length=128)
MAX_DETAIL_BYTES = 16_000


class ReporterIdentity(SQLModel):
    channel: Channel
    external_id: str = Field(min_length=1, max_length=64)


class ReporterIn(ReporterIdentity):
    chat_id: int | str | None = None  # where relayed messages and the follow-up go


def _known_categories(value: Any) -> Any:
    """An unknown category becomes "other": a report is never refused over a label."""
    if isinstance(value, list):
        known = {c.value for c in Category}
        return [c if not isinstance(c, str) or c in known else Category.OTHER.value
                for c in value]
    return value


class CaseCreate(SQLModel):
    idempotency_key: str = KEY
    kind: CaseKind
    severity: Severity
    reporter: ReporterIn
    country: str | None = Field(default=None, min_length=2, max_length=2)
    categories: list[Category] = Field(default_factory=list, max_length=15)
    summary: str | None = Field(default=None, max_length=4096)
    legal_basis: LegalBasis
    source: str = Field(default="telegram", max_length=32)
    language: Language = Language.ID

    @field_validator("categories", mode="before")
    @classmethod
    def _categories(cls, value: Any) -> Any:
        return _known_categories(value)

    @field_validator("country")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        if value is not None and not value.isalpha():
            raise ValueError("country must be a two-letter code such as HK")
        return value.upper() if value else value


class CaseForReporter(SQLModel):
    id: int
    reference: str
    status: CaseStatus
    severity: Severity
    kind: CaseKind
    created_at: datetime


class CaseReporterView(CaseForReporter):
    volunteer_assigned: bool


# --- details: the shape of `data` for each kind --------------------------------------------
class _Data(BaseModel):
    model_config = ConfigDict(extra="allow")


class CategoryData(_Data):
    categories: list[Category] = []
    category: Category | None = None

    @model_validator(mode="before")
    @classmethod
    def _known(cls, value: Any) -> Any:
        if isinstance(value, dict):
            value = {**value, "categories": _known_categories(value.get("categories", []))}
            if isinstance(value.get("category"), str):
                value["category"] = _known_categories([value["category"]])[0]
        return value

    @model_validator(mode="after")
    def _one_at_least(self) -> CategoryData:
        if not self.categories and self.category is None:
            raise ValueError("give 'category' or 'categories'")
        return self


class SafeNowData(_Data):
    safe: bool


class LocationData(_Data):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)


class CallbackData(_Data):
    phone: str = Field(min_length=1, max_length=64)
    when: str | None = Field(default=None, max_length=200)


class TextData(_Data):
    text: str = Field(min_length=1, max_length=4096)


class MediaData(_Data):
    media_type: str = Field(max_length=32)
    file_id: str = Field(min_length=1, max_length=512)
    caption: str | None = Field(default=None, max_length=4096)


class FamilyInfoData(_Data):
    worker_name: str | None = Field(default=None, max_length=1000)
    country: str | None = Field(default=None, max_length=200)
    last_contact: str | None = Field(default=None, max_length=1000)
    what_happened: str | None = Field(default=None, max_length=4096)


DETAIL_DATA: dict[DetailKind, type[_Data]] = {
    DetailKind.CATEGORY: CategoryData, DetailKind.SAFE_NOW: SafeNowData,
    DetailKind.LOCATION: LocationData, DetailKind.CALLBACK: CallbackData,
    DetailKind.TEXT: TextData, DetailKind.MEDIA: MediaData,
    DetailKind.FAMILY_INFO: FamilyInfoData,
}


class DetailIn(SQLModel):
    idempotency_key: str = KEY
    kind: DetailKind
    data: dict[str, Any]

    @model_validator(mode="after")
    def _data_fits_kind(self) -> DetailIn:
        if len(json.dumps(self.data, default=str)) > MAX_DETAIL_BYTES:
            raise ValueError(f"data is too large (at most {MAX_DETAIL_BYTES} bytes)")
        try:
            parsed = DETAIL_DATA[self.kind].model_validate(self.data)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'data'}: {e['msg']}" for e in exc.errors())
            raise ValueError(f"data for kind '{self.kind}': {problems}") from None
        self.data = parsed.model_dump(mode="json", exclude_none=True)
        return self


class EventPublic(SQLModel):
    id: int
    case_id: int
    type: EventType
    created_at: datetime


class EventFull(EventPublic):
    actor: str
    data: dict[str, Any] | None


class NoteIn(SQLModel):
    text: str = Field(min_length=1, max_length=4000)


class NotePublic(SQLModel):
    id: int
    volunteer_id: int | None
    text: str
    created_at: datetime


class ReferralIn(SQLModel):
    channel: ReferralChannel
    complaint_number: str | None = Field(default=None, max_length=64)
    follow_up_on: date


class ReferralPublic(ReferralIn):
    id: int
    case_id: int
    created_at: datetime
    last_chased_at: datetime | None


class CaseSummary(SQLModel):
    """A list row: no words of the reporter, so listing needs no audit."""

    id: int
    reference: str
    kind: CaseKind
    severity: Severity
    priority: int
    status: CaseStatus
    categories: list[str]
    risk_areas: list[str]
    country: str | None
    assigned_volunteer_id: int | None
    created_at: datetime
    claimed_at: datetime | None
    resolved_at: datetime | None


class CaseFull(CaseSummary):
    summary: str | None
    language: Language
    legal_basis: LegalBasis
    source: str
    person_id: int | None
    closed_at: datetime | None
    updated_at: datetime
    events: list[EventFull]
    notes: list[NotePublic]
    referrals: list[ReferralPublic]


class TransitionIn(SQLModel):
    to: CaseStatus
    reason: str | None = Field(default=None, max_length=500)


class MessageIn(SQLModel):
    idempotency_key: str = KEY
    direction: Direction
    text: str = Field(min_length=1, max_length=4096)  # a whole Telegram message
    telegram_user_id: int | None = None


class FollowUpIn(SQLModel):
    idempotency_key: str = KEY
    answer: FollowUpAnswer


class ClaimByTelegramIn(SQLModel):
    telegram_user_id: int
    group_chat_id: int | None = None


class ClaimResult(SQLModel):
    claimed: bool
    reference: str
    by: str


class EscalationStep(SQLModel):
    severity: Severity
    first_after_minutes: int | None = Field(default=None, ge=1, le=60 * 24 * 30)
    second_after_minutes: int | None = Field(default=None, ge=1, le=60 * 24 * 30)

    @model_validator(mode="after")
    def _ordered(self) -> EscalationStep:
        first, second = self.first_after_minutes, self.second_after_minutes
        if first is not None and second is not None and second <= first:
            raise ValueError("second_after_minutes must be later than first_after_minutes")
        return self
