"""Check-in times, pure: weekly local schedule ➜ UTC, DST-safe, never outside the window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from api.checkins.timing import (
    LocalSchedule,
    in_window,
    next_due,
    next_window_open,
    to_utc,
)

LONDON, NEW_YORK = ZoneInfo("Europe/London"), ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize("local, zone, expected", [
    (datetime(2026, 7, 1, 20), LONDON, utc(2026, 7, 1, 19)),  # BST
    (datetime(2026, 12, 1, 20), LONDON, utc(2026, 12, 1, 20)),  # GMT
    (datetime(2026, 3, 29, 1, 30), LONDON, utc(2026, 3, 29, 1)),  # gap ➜ first instant after
    (datetime(2026, 10, 25, 1, 30), LONDON, utc(2026, 10, 25, 0, 30)),  # twice ➜ earlier
    (datetime(2026, 3, 8, 2, 15), NEW_YORK, utc(2026, 3, 8, 7)),  # gap 02:00-03:00
    (datetime(2026, 11, 1, 1, 15), NEW_YORK, utc(2026, 11, 1, 5, 15)),  # EDT reading first
], ids=["summer", "winter", "london-gap", "london-fold", "ny-gap", "ny-fold"])
def test_local_wall_time_to_one_instant(local: datetime, zone: ZoneInfo,
                                        expected: datetime) -> None:
    assert to_utc(local, zone) == expected


def test_weekly_in_hong_kong() -> None:
    s = LocalSchedule("Asia/Hong_Kong", day_of_week=0, hour=20, window_start=19, window_end=22)
    due, closes = next_due(utc(2026, 11, 28, 12), s)  # a Saturday
    assert due == utc(2026, 11, 30, 12)  # Monday 20:00 HKT
    assert closes == utc(2026, 11, 30, 14)
    assert next_due(due, s)[0] == due + timedelta(days=7)


def test_same_local_hour_across_the_clock_change() -> None:
    s = LocalSchedule("Europe/London", day_of_week=6, hour=20, window_start=19, window_end=22)
    before, _ = next_due(utc(2026, 3, 22, 0), s)
    after, _ = next_due(before, s)
    assert before.astimezone(LONDON).hour == after.astimezone(LONDON).hour == 20
    assert after - before == timedelta(days=7, hours=-1)


def test_a_window_that_does_not_exist_that_day_moves_to_next_week() -> None:
    # Sunday 01:00-02:00 London does not exist on 29 March 2026: nothing is sent that day.
    s = LocalSchedule("Europe/London", day_of_week=6, hour=1, window_start=1, window_end=2)
    due, _ = next_due(utc(2026, 3, 28, 12), s)
    assert due.astimezone(LONDON).date() == date(2026, 4, 5)
    assert in_window(due, s)


def test_an_hour_that_happens_twice_is_asked_once() -> None:
    s = LocalSchedule("America/New_York", day_of_week=6, hour=1, window_start=0, window_end=3)
    due, _ = next_due(utc(2026, 10, 30, 0), s)
    assert due == utc(2026, 11, 1, 5)  # the first 01:00 (EDT)
    again, _ = next_due(due, s)
    assert again.astimezone(NEW_YORK).date() == date(2026, 11, 8)


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York", "Asia/Riyadh",
                                  "Asia/Taipei", "Asia/Kuala_Lumpur"])
def test_a_year_of_check_ins_stay_inside_the_window(zone: str) -> None:
    s = LocalSchedule(zone, day_of_week=6, hour=1, window_start=1, window_end=3)
    t = utc(2026, 1, 1)
    for _ in range(53):
        t, closes = next_due(t, s)
        assert in_window(t, s) and t < closes
        assert t.astimezone(ZoneInfo(zone)).weekday() == 6


def test_every_two_weeks_keeps_its_rhythm() -> None:
    s = LocalSchedule("Asia/Taipei", 2, 21, 20, 23, interval_weeks=2)
    first, _ = next_due(utc(2026, 11, 1), s)
    anchor = first.astimezone(ZoneInfo("Asia/Taipei")).date()
    second, _ = next_due(first, s, anchor=anchor)
    assert second - first == timedelta(days=14)


def test_reminders_wait_for_the_next_safe_window() -> None:
    s = LocalSchedule("Asia/Hong_Kong", 0, 20, 19, 22)
    assert next_window_open(utc(2026, 11, 30, 12, 30), s)[0] == utc(2026, 11, 30, 12, 30)
    opens, closes = next_window_open(utc(2026, 11, 30, 15), s)  # 23:00 HKT, window closed
    assert (opens, closes) == (utc(2026, 12, 1, 11), utc(2026, 12, 1, 14))
