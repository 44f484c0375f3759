from enum import StrEnum


class CaseKind(StrEnum):
    SOS = "sos"
    DISTRESS = "distress"
    SAFE_WORD = "safe_word"
    FAMILY_REPORT = "family_report"
    MISSED_CHECKIN = "missed_checkin"
    RECRUITMENT_FRAUD = "recruitment_fraud"
    QUESTION = "question"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


# Lower is more urgent; lists sort by it.
PRIORITY = {Severity.CRITICAL: 1, Severity.HIGH: 2, Severity.NORMAL: 3, Severity.LOW: 4}


class CaseStatus(StrEnum):
    NEW = "new"
    CLAIMED = "claimed"
    IN_PROGRESS = "in_progress"
    REFERRED = "referred"
    RESOLVED = "resolved"
    CLOSED = "closed"


OPEN_STATUSES = (CaseStatus.NEW, CaseStatus.CLAIMED, CaseStatus.IN_PROGRESS, CaseStatus.REFERRED)


class RiskArea(StrEnum):
    ECONOMIC = "economic"
    HOUSEHOLD = "household"
    WORKING_ABROAD = "working_abroad"


class Category(StrEnum):
    VIOLENCE = "violence"
    SEXUAL_ABUSE = "sexual_abuse"
    LOCKED_IN = "locked_in"
    NO_FOOD = "no_food"
    UNPAID_WAGES = "unpaid_wages"
    PASSPORT_HELD = "passport_held"
    SICK_INJURED = "sick_injured"
    ARRESTED = "arrested"
    TRAFFICKED = "trafficked"
    STRANDED = "stranded"
    SELF_HARM = "self_harm"
    THREATS = "threats"
    OVERWORK = "overwork"
    CONTACT_LOST = "contact_lost"
    OTHER = "other"


RISK_AREA = {
    Category.VIOLENCE: RiskArea.WORKING_ABROAD,
    Category.SEXUAL_ABUSE: RiskArea.WORKING_ABROAD,
    Category.LOCKED_IN: RiskArea.WORKING_ABROAD,
    Category.NO_FOOD: RiskArea.WORKING_ABROAD,
    Category.UNPAID_WAGES: RiskArea.ECONOMIC,
    Category.PASSPORT_HELD: RiskArea.WORKING_ABROAD,
    Category.SICK_INJURED: RiskArea.WORKING_ABROAD,
    Category.ARRESTED: RiskArea.WORKING_ABROAD,
    Category.TRAFFICKED: RiskArea.WORKING_ABROAD,
    Category.STRANDED: RiskArea.WORKING_ABROAD,
    Category.SELF_HARM: RiskArea.WORKING_ABROAD,
    Category.THREATS: RiskArea.WORKING_ABROAD,
    Category.OVERWORK: RiskArea.WORKING_ABROAD,
    Category.CONTACT_LOST: RiskArea.HOUSEHOLD,
    Category.OTHER: RiskArea.WORKING_ABROAD,
}


class LegalBasis(StrEnum):
    CONSENT = "consent"
    VITAL_INTEREST = "vital_interest"


class DetailKind(StrEnum):
    CATEGORY = "category"
    SAFE_NOW = "safe_now"
    LOCATION = "location"
    CALLBACK = "callback"
    TEXT = "text"
    MEDIA = "media"
    FAMILY_INFO = "family_info"


class EventType(StrEnum):
    CREATED = "created"
    DETAIL = "detail"
    STATUS = "status"
    CLAIMED = "claimed"
    NOTE = "note"
    REFERRAL = "referral"
    MESSAGE_TO_REPORTER = "message_to_reporter"
    MESSAGE_FROM_REPORTER = "message_from_reporter"
    ESCALATED = "escalated"
    REFERRAL_CHASED = "referral_chased"
    FOLLOW_UP_ANSWER = "follow_up_answer"


class FollowUpAnswer(StrEnum):
    OK = "ok"  # button fu:ok:<case_id>
    HELP = "help"  # button fu:help:<case_id>


class ReferralChannel(StrEnum):
    KP2MI = "kp2mi"
    KBRI_KJRI = "kbri_kjri"
    POLICE = "police"
    LABOUR = "labour"
    OTHER = "other"


class Direction(StrEnum):
    TO_REPORTER = "to_reporter"
    FROM_REPORTER = "from_reporter"
