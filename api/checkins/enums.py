from enum import StrEnum


class CheckinStatus(StrEnum):
    """What the worker answered to "Apa kabar minggu ini?"."""

    BAIK = "baik"
    KURANG_BAIK = "kurang_baik"
    BUTUH_BANTUAN = "butuh_bantuan"


class RiskArea(StrEnum):
    """The community's framework: three risk areas, and the protective factors."""

    ECONOMIC = "economic"
    HOUSEHOLD = "household"
    WORKING_ABROAD = "working_abroad"
    PROTECTIVE = "protective"


class CheckinState(StrEnum):
    PENDING = "pending"  # due, not yet delivered
    SENT = "sent"  # Telegram accepted the question
    ANSWERED = "answered"
    MISSED = "missed"  # sent, no answer in time
    EXPIRED = "expired"  # could not be sent inside the safe window: not the worker's miss


class SendKind(StrEnum):
    PROMPT = "prompt"  # "Apa kabar minggu ini?"
    REMINDER = "reminder"
    FAMILY_SUMMARY = "family_summary"  # "Sari check-in hari Senin: baik"
    FAMILY_ASK = "family_ask"  # "have you heard from …?" after missed check-ins


class WatchReason(StrEnum):
    TWO_KURANG_BAIK = "two_kurang_baik_in_a_row"
    ASKED_FOR_HELP = "asked_for_help"
    WAGES_UNPAID = "wages_unpaid"
    MISSED_CHECKINS = "missed_checkins"
