"""Reads content/ and says, in plain words with line numbers, what is wrong with the facts.

Used by kawan.content.facts.load_facts and check_facts; not meant to be imported elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from kawan.content.facts import (
    HOTLINE_MAX_AGE_DAYS,
    LANGUAGES,
    ChecklistFile,
    CountriesFile,
    Facts,
    FaqFile,
    FeesFile,
    Guide,
    Hotline,
    LanguageContent,
    QuizFile,
    RedFlagsFile,
    iter_sourced,
)
from kawan.content.problems import Problem, Severity

M = TypeVar("M", bound=BaseModel)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: much faster
FAQ_MIN_ALT = 5

_FIELD_HINTS = {
    "source": "tulis dari mana fakta ini (nama peraturan, situs, atau PMI-FACTS.md)",
    "verified_on": "tulis tanggal terakhir fakta ini dicek, contoh 2026-10-01",
}


class Checker:
    def __init__(self, content_dir: Path, today: date | None) -> None:
        self.root = content_dir
        self.today = today
        self.problems: list[Problem] = []

    # -- plumbing ----------------------------------------------------------------------------

    def error(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message, Severity.ERROR))

    def warn(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message, Severity.WARNING))

    def read(self, rel: str, model: type[M]) -> M | None:
        path = self.root / rel
        if not path.is_file():
            self.error(rel, "file tidak ditemukan; buat file ini (lihat contoh di file lain)")
            return None
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            self.error(rel, "file bukan teks UTF-8; simpan ulang sebagai UTF-8")
            return None
        try:
            node, data = _parse(text)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = f"baris {mark.line + 1}: " if mark else ""
            what = exc.problem or exc.context or "format salah"
            self.error(
                rel,
                f"{line}YAML tidak bisa dibaca ({what}); periksa titik dua, tanda kutip "
                "dan spasi di awal baris",
            )
            return None
        except _BadScalar as exc:  # e.g. a date like 2024-13-01
            self.error(rel, f"baris {exc.line}: '{exc.value}' bukan tanggal yang benar; tulis seperti 2026-10-01")
            return None
        except (yaml.YAMLError, ValueError) as exc:
            self.error(rel, f"YAML tidak bisa dibaca: {exc}")
            return None
        if data is None:
            self.error(rel, "file kosong")
            return None
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                self.error(rel, _explain(err, data, node))
            return None

    # -- the run -----------------------------------------------------------------------------

    def run(self) -> tuple[Facts | None, list[Problem]]:
        countries = self.read("facts/countries.yaml", CountriesFile)
        fees = self.read("facts/fees.yaml", FeesFile)
        red_flags = self.read("facts/red_flags.yaml", RedFlagsFile)
        codes = {c.code for c in countries.countries} if countries else set()
        flag_ids = {f.id for f in red_flags.red_flags} if red_flags else None

        if countries:
            self.check_countries(countries)
        if fees:
            self.unique("facts/fees.yaml", "pekerjaan", [j.id for j in fees.zero_fee_jobs.items])
            self.unique("facts/fees.yaml", "biaya", [c.id for c in fees.covered_costs.items])
        if red_flags:
            self.unique("facts/red_flags.yaml", "tanda bahaya", [f.id for f in red_flags.red_flags])

        languages: dict[str, LanguageContent | None] = {}
        for lang in LANGUAGES:
            languages[lang] = self.read_language(lang, codes if countries else None, flag_ids)
        self.compare_languages(languages)

        for rel, model in [
            ("facts/countries.yaml", countries),
            ("facts/fees.yaml", fees),
            ("facts/red_flags.yaml", red_flags),
        ]:
            self.check_dates(rel, model)

        complete = {k: v for k, v in languages.items() if v is not None}
        if countries is None or fees is None or red_flags is None or len(complete) < len(LANGUAGES):
            return None, self.problems
        facts = Facts(
            countries=countries.countries,
            global_hotlines=countries.global_hotlines,
            fees=fees,
            red_flags=red_flags.red_flags,
            languages=complete,
        )
        return facts, self.problems

    def read_language(
        self, lang: str, codes: set[str] | None, flag_ids: set[str] | None
    ) -> LanguageContent | None:
        faq = self.read(f"{lang}/faq.yaml", FaqFile)
        quiz = self.read(f"{lang}/quiz.yaml", QuizFile)
        checklist = self.read(f"{lang}/checklist.yaml", ChecklistFile)
        guides: dict[str, Guide] = {}
        guides_ok = True
        guide_dir = self.root / lang / "guides"
        for path in sorted(guide_dir.glob("*.yaml")) if guide_dir.is_dir() else []:
            rel = f"{lang}/guides/{path.name}"
            guide = self.read(rel, Guide)
            if guide is None:
                guides_ok = False
                continue
            guides_ok &= self.check_guide(rel, path.stem, guide, codes)
            guides[guide.country] = guide
            self.check_dates(rel, guide)

        if faq:
            self.unique(f"{lang}/faq.yaml", "pertanyaan FAQ", [e.id for e in faq.entries])
            for entry in faq.entries:
                if len(entry.alt) < FAQ_MIN_ALT:
                    self.warn(
                        f"{lang}/faq.yaml",
                        f"pertanyaan FAQ '{entry.id}' baru punya {len(entry.alt)} cara bertanya "
                        f"lain (alt); tambahkan sampai {FAQ_MIN_ALT}-10 supaya bot mudah mengenalinya",
                    )
        if quiz:
            rel = f"{lang}/quiz.yaml"
            self.unique(rel, "pertanyaan kuis", [q.id for q in quiz.questions])
            for q in quiz.questions:
                self.unique(rel, f"pilihan di kuis '{q.id}'", [o.id for o in q.options])
                if flag_ids is not None and q.red_flag not in flag_ids:
                    self.error(
                        rel,
                        f"kuis '{q.id}' mengajarkan tanda bahaya '{q.red_flag}' yang tidak ada di "
                        "facts/red_flags.yaml; perbaiki red_flag atau tambahkan tanda bahayanya",
                    )
        if checklist:
            self.unique(f"{lang}/checklist.yaml", "langkah", [i.id for i in checklist.items])
        for rel, model in [
            (f"{lang}/faq.yaml", faq),
            (f"{lang}/quiz.yaml", quiz),
            (f"{lang}/checklist.yaml", checklist),
        ]:
            self.check_dates(rel, model)

        if faq is None or quiz is None or checklist is None or not guides_ok:
            return None
        return LanguageContent(
            faq=faq.entries, quiz=quiz.questions, checklist=checklist.items, guides=guides
        )

    # -- checks ------------------------------------------------------------------------------

    def unique(self, rel: str, what: str, ids: Iterable[str]) -> None:
        for ident, count in Counter(ids).items():
            if count > 1:
                self.error(rel, f"{what} '{ident}' muncul {count} kali; setiap id harus unik")

    def check_countries(self, countries: CountriesFile) -> None:
        rel = "facts/countries.yaml"
        self.unique(rel, "negara", [c.code for c in countries.countries])
        for country in countries.countries:
            for hotline in country.hotlines:
                self.check_hotline_age(rel, hotline, f"di {country.code}")
        for hotline in countries.global_hotlines:
            self.check_hotline_age(rel, hotline, "(berlaku di semua negara)")

    def check_hotline_age(self, rel: str, hotline: Hotline, where: str) -> None:
        if self.today is None:
            return
        age = (self.today - hotline.verified_on).days
        if age > HOTLINE_MAX_AGE_DAYS:
            what = "nomornya" if hotline.number else "alamatnya"
            self.warn(
                rel,
                f"hotline '{hotline.label.id}' {where} belum diverifikasi sejak "
                f"{hotline.verified_on.isoformat()} (lebih dari {HOTLINE_MAX_AGE_DAYS} hari); "
                f"cek {what} lalu ubah verified_on",
            )

    def check_dates(self, rel: str, model: BaseModel | None) -> None:
        if model is None:
            return
        items = list(iter_sourced(model))
        if self.today is not None:
            for item in items:
                if item.verified_on > self.today:
                    self.error(
                        rel,
                        f"verified_on {item.verified_on.isoformat()} ada di masa depan; "
                        "tulis tanggal fakta ini benar-benar dicek",
                    )
        unverified = sum(item.verify for item in items)
        if unverified:
            self.warn(
                rel,
                f"{unverified} fakta masih bertanda verify: true (sumbernya lama atau lemah); "
                "cek ke sumbernya, lalu hapus verify: true dan perbarui verified_on",
            )

    def check_guide(self, rel: str, stem: str, guide: Guide, codes: set[str] | None) -> bool:
        ok = True
        if stem != guide.country:
            self.error(rel, f"nama file harus {guide.country}.yaml (sama dengan country: {guide.country})")
            ok = False
        if codes is not None and guide.country not in codes:
            self.error(
                rel,
                f"panduan untuk negara {guide.country}, tetapi negara itu tidak ada di "
                "facts/countries.yaml; tambahkan negaranya dulu",
            )
            ok = False
        self.unique(rel, "bagian", [s.id for s in guide.sections])
        self.unique(rel, "butir", [i.id for s in guide.sections for i in s.items])
        for section in guide.sections:
            ref = section.hotlines_of
            if ref is not None and codes is not None and ref not in codes:
                self.error(
                    rel,
                    f"bagian '{section.id}' menunjuk hotline negara {ref} yang tidak ada di "
                    "facts/countries.yaml",
                )
                ok = False
        return ok

    def compare_languages(self, languages: dict[str, LanguageContent | None]) -> None:
        first, *others = LANGUAGES
        base = languages.get(first)
        for lang in others:
            other = languages.get(lang)
            if base is None or other is None:
                continue
            self.same_ids("faq.yaml", "pertanyaan FAQ", base.faq, other.faq, first, lang)
            self.same_ids("quiz.yaml", "pertanyaan kuis", base.quiz, other.quiz, first, lang)
            self.same_ids("checklist.yaml", "langkah", base.checklist, other.checklist, first, lang)
            other_quiz = {q.id: q for q in other.quiz}
            for q in base.quiz:
                twin = other_quiz.get(q.id)
                if twin is None:
                    continue
                self.same_ids("quiz.yaml", f"pilihan kuis '{q.id}'", q.options, twin.options, first, lang)
                right = [o.id for o in q.options if o.correct]
                twin_right = [o.id for o in twin.options if o.correct]
                if right != twin_right or q.red_flag != twin.red_flag:
                    self.error(
                        f"{lang}/quiz.yaml",
                        f"kuis '{q.id}': jawaban benar atau red_flag berbeda dengan {first}/quiz.yaml",
                    )
            for code in sorted(set(base.guides) | set(other.guides)):
                rel = f"guides/{code}.yaml"
                g1, g2 = base.guides.get(code), other.guides.get(code)
                if g1 is None or g2 is None:
                    has, lacks = (first, lang) if g1 else (lang, first)
                    self.error(f"{lacks}/{rel}", f"panduan {code} ada di {has}/ tetapi tidak di {lacks}/")
                    continue
                self.same_ids(rel, "bagian", g1.sections, g2.sections, first, lang)
                items1 = [i for s in g1.sections for i in s.items]
                items2 = [i for s in g2.sections for i in s.items]
                self.same_ids(rel, "butir", items1, items2, first, lang)

    def same_ids(
        self, rel: str, what: str, a: Sequence[Any], b: Sequence[Any], lang_a: str, lang_b: str
    ) -> None:
        ids_a, ids_b = {x.id: x for x in a}, {x.id: x for x in b}
        for ident in ids_a.keys() - ids_b.keys():
            self.error(
                f"{lang_b}/{rel}",
                f"{what} '{ident}' ada di {lang_a}/{rel} tetapi belum ada di sini; tambahkan terjemahannya",
            )
        for ident in ids_b.keys() - ids_a.keys():
            self.error(
                f"{lang_b}/{rel}",
                f"{what} '{ident}' tidak ada di {lang_a}/{rel}; samakan id-nya atau tambahkan di {lang_a}/{rel}",
            )
        for ident in ids_a.keys() & ids_b.keys():
            day_a = getattr(ids_a[ident], "verified_on", None)
            day_b = getattr(ids_b[ident], "verified_on", None)
            if day_a != day_b:
                self.warn(
                    f"{lang_b}/{rel}",
                    f"{what} '{ident}': verified_on {day_b} berbeda dengan {lang_a}/{rel} ({day_a}); "
                    "samakan setelah mengecek kedua bahasa",
                )


class _BadScalar(ValueError):
    def __init__(self, line: int, value: str) -> None:
        super().__init__(value)
        self.line, self.value = line, value


def _parse(text: str) -> tuple[yaml.Node | None, Any]:
    """The node tree (for line numbers) and the plain data, from a single parse."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        try:
            return node, loader.construct_document(node)
        except ValueError:
            bad = _bad_timestamp(node)
            if bad is not None:
                raise bad from None
            raise
    finally:
        loader.dispose()


def _bad_timestamp(node: yaml.Node) -> _BadScalar | None:
    """The first value that looks like a date but is not one (PyYAML only says 'month must be...')."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:timestamp":
            try:
                yaml.SafeLoader("").construct_yaml_timestamp(node)
            except ValueError:
                return _BadScalar(int(node.start_mark.line) + 1, str(node.value))
        return None
    children: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        children = [n for pair in node.value for n in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    for child in children:
        found = _bad_timestamp(child)
        if found is not None:
            return found
    return None


# --- pydantic errors in plain words ------------------------------------------------------------


def _explain(err: Any, data: Any, node: yaml.Node | None) -> str:
    loc: tuple[int | str, ...] = tuple(err["loc"])
    kind: str = err["type"]
    field = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
    # a missing key has no line of its own: point at the item that lacks it
    where_loc = loc[:-1] if kind == "missing" else loc
    line = _line(node, where_loc)
    where = _describe(data, where_loc) or "file ini"
    what = _SAY.get(kind, _default)(err, field)
    prefix = f"baris {line}, " if line else ""
    return f"{prefix}{where}: {what}"


def _default(err: Any, field: str) -> str:
    message: str = err["msg"]
    return message.removeprefix("Value error, ")


def _missing(err: Any, field: str) -> str:
    hint = _FIELD_HINTS.get(field)
    return f"'{field}' belum diisi" + (f"; {hint}" if hint else "")


def _pattern(err: Any, field: str) -> str:
    value = err.get("input")
    if field in ("code", "country", "hotlines_of"):
        return f"kode negara '{value}' salah; pakai dua huruf besar, contoh MY"
    return f"'{value}' bukan id yang benar; pakai huruf kecil, angka dan garis bawah, contoh bpjs_klaim"


_SAY: dict[str, Callable[[Any, str], str]] = {
    "missing": _missing,
    "extra_forbidden": lambda e, f: f"kunci '{f}' tidak dikenal (salah ketik?); hapus atau perbaiki namanya",
    "date_from_datetime_parsing": lambda e, f: f"'{f}' harus tanggal seperti 2026-10-01",
    "date_from_datetime_inexact": lambda e, f: f"'{f}' harus tanggal saja, seperti 2026-10-01",
    "date_parsing": lambda e, f: f"'{f}' harus tanggal seperti 2026-10-01",
    "date_type": lambda e, f: f"'{f}' harus tanggal seperti 2026-10-01",
    "string_too_short": lambda e, f: f"'{f}' tidak boleh kosong",
    "string_type": lambda e, f: f"'{f}' harus berupa teks",
    "string_pattern_mismatch": _pattern,
    "literal_error": lambda e, f: (
        f"'{e.get('input')}' tidak dikenal untuk '{f}'; pilih salah satu: "
        + str(e["ctx"]["expected"]).replace(" or ", ", ")
    ),
    "bool_type": lambda e, f: f"'{f}' harus true atau false",
    "bool_parsing": lambda e, f: f"'{f}' harus true atau false",
    "list_type": lambda e, f: f"'{f}' harus berupa daftar (baris yang diawali '- ')",
    "too_short": lambda e, f: f"daftar '{f}' tidak boleh kosong",
    "model_type": lambda e, f: "harus berisi kunci-kunci (misalnya id: dan en:)",
    "model_attributes_type": lambda e, f: "harus berisi kunci-kunci (misalnya id: dan en:)",
}


def _describe(data: Any, loc: Sequence[int | str]) -> str:
    parts: list[str] = []
    current = data
    for part in loc:
        if isinstance(part, int) and isinstance(current, list) and part < len(current):
            current = current[part]
            parts.append(_item_name(current, part))
        elif isinstance(part, str) and isinstance(current, dict):
            parts.append(part)
            current = current.get(part)
        else:
            parts.append(str(part))
            current = None
    return " > ".join(parts)


def _item_name(item: Any, index: int) -> str:
    if isinstance(item, dict):
        for key in ("code", "id"):
            if isinstance(item.get(key), str):
                return str(item[key])
        label = item.get("label")
        if isinstance(label, dict) and isinstance(label.get("id"), str):
            return f"'{label['id']}'"
    return f"#{index + 1}"


def _line(node: yaml.Node | None, loc: Sequence[int | str]) -> int | None:
    if node is None:
        return None
    for depth, part in enumerate(loc, start=1):
        child: yaml.Node | None = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                    last = depth == len(loc)
                    child = key if last and not isinstance(value, yaml.CollectionNode) else value
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = child
    return int(node.start_mark.line) + 1
