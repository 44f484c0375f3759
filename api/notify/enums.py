from enum import StrEnum


class OutboxMethod(StrEnum):
    SEND = "sendMessage"
    EDIT = "editMessageText"


class OutboxKind(StrEnum):
    """What a row is for: lets tests, metrics and logs talk about rows without their text."""

    CARD = "card"
    CARD_EDIT = "card_edit"
    DETAILS = "details"
    RELAY_TO_REPORTER = "relay_to_reporter"
    RELAY_TO_VOLUNTEER = "relay_to_volunteer"
    FOLLOW_UP = "follow_up"
    ESCALATION = "escalation"
    REFERRAL_CHASE = "referral_chase"
    DEAD_LETTER_ALERT = "dead_letter_alert"
    REMINDER = "reminder"  # departure and contract-end reminders (api/departure/scheduled.py)
