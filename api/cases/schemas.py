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
    phone: str = Field(min_length=3, max_length=32)
    when: str | None = Field(default=None, max_length=200)


class TextData(_Data):
    text: str = Field(min_length=1, max_length=4096)


class MediaData(_Data):
    media_type: str = Field(max_length=16)
    file_id: str = Field(min_length=1, max_length=256)
    caption: str | None = Field(default=None, max_length=1024)


class FamilyInfoData(_Data):
    worker_name: str | None = Field(default=None, max_length=120)
    country: str | None = Field(default=None, max_length=60)
    last_contact: str | None = Field(default=None, max_length=200)
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
    text: str = Field(min_length=1, max_length=4000)
    telegram_user_id: int | None = None


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
