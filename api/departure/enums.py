from enum import StrEnum


class ReminderKind(StrEnum):
    DEPARTURE = "departure"
    CONTRACT_END = "contract_end"


# How long before the date a reminder goes out (issue 5): "<n>d" days, "<n>m" calendar months.
OFFSETS: dict[ReminderKind, tuple[str, ...]] = {
    ReminderKind.DEPARTURE: ("30d", "7d", "1d"),
    ReminderKind.CONTRACT_END: ("4m", "14d", "7d"),
}
REMINDER_HOUR = 9  # local time: early enough to act on, late enough not to wake anyone
HOME_TIMEZONE = "Asia/Jakarta"  # before departure people are at home (Serang is on WIB)
