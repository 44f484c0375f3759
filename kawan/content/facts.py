"""Facts as schema-checked data: countries, hotlines, fees, red flags, and per-language guidance.

Layout under content/:
  facts/countries.yaml, facts/fees.yaml, facts/red_flags.yaml   language-neutral, labels {id, en}
  <lang>/faq.yaml, <lang>/quiz.yaml, <lang>/checklist.yaml,
  <lang>/guides/<CC>.yaml                                       for lang in LANGUAGES
Every fact that reaches a user carries `source` and `verified_on`; `verify: true` marks items
that were old or weakly sourced. `load_facts` returns one `Facts` object or raises
`ContentError`; `check_facts` lists every problem in words a volunteer can act on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from kawan.content.problems import Problem, Severity

LANGUAGES: tuple[str, ...] = ("id", "en")  # Bahasa Indonesia first
HOTLINE_MAX_AGE_DAYS = 180

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
HotlineKind = Literal["embassy", "consulate", "labour", "police", "ambulance", "emergency", "ministry"]
Channel = Literal["phone", "whatsapp", "app", "web"]
SectionId = Literal["rights", "rest_day", "hotlines", "problems", "tips"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(Strict):
    id: Text
    en: Text

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


class Sourced(Strict):
    source: Text
    verified_on: date
    verify: bool = False  # true: old or weakly sourced, check before trusting it


# --- content/facts/countries.yaml ---------------------------------------------------------------


class Hotline(Sourced):
    kind: HotlineKind
    channel: Channel = "phone"
    label: Bilingual
    number: Text | None = None
    url: Text | None = None
    hours: Bilingual | None = None
    note: Bilingual | None = None

    @model_validator(mode="after")
    def _reachable(self) -> Hotline:
        if self.channel in ("phone", "whatsapp") and not self.number:
            raise ValueError(f"'{self.label.id}' belum punya nomor (number)")
        if self.channel == "web" and not self.url:
            raise ValueError(f"'{self.label.id}' adalah situs web tetapi belum punya alamat (url)")
        return self


class Country(Strict):
    code: CountryCode
    name: Bilingual
    timezones: list[Text] = Field(min_length=1)
    hotlines: list[Hotline] = Field(min_length=1)

    @field_validator("timezones")
    @classmethod
    def _known_zones(cls, zones: list[str]) -> list[str]:
        for zone in zones:
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(
                    f"zona waktu '{zone}' tidak dikenal; pakai nama IANA seperti Asia/Kuala_Lumpur"
                ) from None
        return zones


class CountriesFile(Strict):
    countries: list[Country] = Field(min_length=1)
    global_hotlines: list[Hotline] = Field(min_length=1)


# --- content/facts/fees.yaml and red_flags.yaml ----------------------------------------------------


class Labelled(Strict):
    id: Ident
    label: Bilingual


class FeeRule(Sourced):
    text: Bilingual


class FeeNote(Sourced):
    id: Ident
    text: Bilingual


class SourcedList(Sourced):
    items: list[Labelled] = Field(min_length=1)


class FeesFile(Strict):
    rule: FeeRule
    notes: list[FeeNote] = []
    zero_fee_jobs: SourcedList
    covered_costs: SourcedList


class RedFlag(Sourced):
    id: Ident
    label: Bilingual


class RedFlagsFile(Strict):
    red_flags: list[RedFlag] = Field(min_length=1)


# --- content/<lang>/*.yaml -------------------------------------------------------------------------


class FaqEntry(Sourced):
    id: Ident
    question: Text
    alt: list[Text] = []  # other ways people ask the same thing, slang included
    answer: Text
    hotlines: list[Literal["country", "global"]] = []  # numbers the bot shows under the answer


class FaqFile(Strict):
    entries: list[FaqEntry] = Field(min_length=1)


class QuizOption(Strict):
    id: Ident
    text: Text
    correct: bool = False


class QuizQuestion(Sourced):
    id: Ident
    red_flag: Ident  # id in facts/red_flags.yaml
    question: Text
    options: list[QuizOption] = Field(min_length=2)
    explanation: Text

    @model_validator(mode="after")
    def _one_correct(self) -> QuizQuestion:
        correct = sum(option.correct for option in self.options)
        if correct != 1:
            raise ValueError(
                f"pertanyaan kuis '{self.id}' harus punya tepat satu jawaban benar "
                f"(correct: true), sekarang ada {correct}"
            )
        return self


class QuizFile(Strict):
    questions: list[QuizQuestion] = Field(min_length=1)


class ChecklistItem(Sourced):
    id: Ident
    title: Text
    what: Text
    where: Text
    cost: Text
    duration: Text
    red_flags: list[Text] = []


class ChecklistFile(Strict):
    items: list[ChecklistItem] = Field(min_length=1)


class GuideItem(Sourced):
    id: Ident
    text: Text


class GuideSection(Strict):
    id: SectionId
    title: Text
    items: list[GuideItem] = []
    hotlines_of: CountryCode | None = None  # show this country's hotlines from countries.yaml


class Guide(Strict):
    country: CountryCode
    title: Text
    sections: list[GuideSection] = Field(min_length=1)


class LanguageContent(Strict):
    faq: list[FaqEntry]
    quiz: list[QuizQuestion]
    checklist: list[ChecklistItem]
    guides: dict[str, Guide]  # by country code


class Facts(Strict):
    countries: list[Country]
    global_hotlines: list[Hotline]
    fees: FeesFile
    red_flags: list[RedFlag]
    languages: dict[str, LanguageContent]

    def country(self, code: str) -> Country | None:
        return next((c for c in self.countries if c.code == code.upper()), None)

    def content(self, lang: str) -> LanguageContent:
        return self.languages[lang]


class ContentError(Exception):
    """content/ has errors; `problems` says which, in plain words."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# --- loading and checking --------------------------------------------------------------------------


def load_facts(content_dir: Path) -> Facts:
    """All facts and guidance under `content_dir`; raises ContentError when any ERROR is found."""
    facts, problems = _load(content_dir, today=None)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors or facts is None:
        raise ContentError(errors)
    return facts


def check_facts(content_dir: Path, today: date) -> list[Problem]:
    """Every problem in the facts and guidance files, errors first."""
    _, problems = _load(content_dir, today=today)
    return sorted(problems, key=lambda p: p.severity is not Severity.ERROR)


def _load(content_dir: Path, today: date | None) -> tuple[Facts | None, list[Problem]]:
    from kawan.content.facts_check import Checker  # the checker imports the models above

    return Checker(content_dir, today).run()


def iter_sourced(value: object) -> Iterable[Sourced]:
    """Every Sourced item inside a model, depth first."""
    if isinstance(value, Sourced):
        yield value
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from iter_sourced(getattr(value, name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_sourced(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_sourced(item)
