"""Check-in times: a weekly local schedule ➜ UTC instants, DST-safe, never outside the window.

Pure functions over zoneinfo. Local wall times that do not exist (clocks jump forward) move
to the first instant after the jump; ambiguous ones (clocks go back) take the earlier one, so
one local time always gives exactly one instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_SEARCH_DAYS = 7 * 5 + 1  # a few intervals ahead: enough for any valid schedule


@dataclass(frozen=True)
class LocalSchedule:
    timezone: str
    day_of_week: int  # 0 = Monday
    hour: int  # local hour to ask, inside the window
    window_start: int  # local hour the safe window opens
    window_end: int  # local hour it closes (exclusive, 24 = midnight)
    interval_weeks: int = 1

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def _wall(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """The instant of a naive local wall time: earliest if ambiguous, first after a gap."""
    first = local.replace(tzinfo=zone, fold=0).astimezone(UTC)
    second = local.replace(tzinfo=zone, fold=1).astimezone(UTC)
    real = [t for t in (first, second) if _wall(t, zone) == local]
    if real:
        return min(real)
    # A gap: walk from the earlier reading to the first instant whose wall time is past it.
    t = min(first, second).replace(second=0, microsecond=0)
    while _wall(t, zone) < local:
        t += timedelta(minutes=1)
    return t


def _at(day: date, hour: int, zone: ZoneInfo) -> datetime:
    if hour >= 24:
        return to_utc(datetime.combine(day + timedelta(days=hour // 24), time(hour % 24)), zone)
    return to_utc(datetime.combine(day, time(hour)), zone)


def window_on(day: date, s: LocalSchedule) -> tuple[datetime, datetime]:
    """The safe window of one local day as UTC instants [open, close)."""
    zone = s.zone
    return _at(day, s.window_start, zone), _at(day, s.window_end, zone)


def in_window(instant: datetime, s: LocalSchedule) -> bool:
    opens, closes = window_on(_wall(instant, s.zone).date(), s)
    return opens <= instant < closes


def next_due(after: datetime, s: LocalSchedule, *,
             anchor: date | None = None) -> tuple[datetime, datetime]:
    """The first check-in instant strictly after `after`, and the close of its window.

    `anchor` is a local date of an earlier occurrence: with interval_weeks > 1 only weeks a
    multiple of the interval away from it count.
    """
    zone = s.zone
    start_day = _wall(after, zone).date()
    for offset in range(_SEARCH_DAYS * s.interval_weeks):
        day = start_day + timedelta(days=offset)
        if day.weekday() != s.day_of_week:
            continue
        if anchor is not None and ((day - anchor).days // 7) % s.interval_weeks:
            continue
        due = _at(day, s.hour, zone)
        opens, closes = window_on(day, s)
        if due <= after or not (opens <= due < closes):
            continue  # past, or pushed out of the window by a clock change: next week
        return due, closes
    raise ValueError("no valid check-in time for this schedule")


def next_window_open(after: datetime, s: LocalSchedule) -> tuple[datetime, datetime]:
    """The earliest instant at or after `after` inside a safe window, and that window's close."""
    day = _wall(after, s.zone).date() - timedelta(days=1)
    for offset in range(4):
        opens, closes = window_on(day + timedelta(days=offset), s)
        start = max(after, opens)
        if start < closes:
            return start, closes
    raise ValueError("no safe window ahead")
