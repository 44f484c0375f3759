"""UI words: `content/<lang>/messages/*.yaml`, nested maps of strings.

A key is the file name and the path inside it: `menu.yaml` → `menu.title`. Bahasa Indonesia
is the reference language: every other language must have exactly the same keys and the same
`{placeholders}`.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kawan.content.problems import Problem

LANGUAGES = ("id", "en")
REFERENCE = "id"
TELEGRAM_MAX = 4096


def _flatten(prefix: str, node: Any, out: dict[str, Any]) -> None:
    if isinstance(node, Mapping):
        for key, value in node.items():
            _flatten(f"{prefix}.{key}", value, out)
    else:
        out[prefix] = node


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _yaml_error(path: str, exc: yaml.YAMLError) -> Problem:
    mark = getattr(exc, "problem_mark", None)
    where = f" (baris {mark.line + 1}, kolom {mark.column + 1})" if mark else ""
    why = getattr(exc, "problem", None) or str(exc)
    return Problem(path, f"YAML tidak bisa dibaca{where}: {why}. Periksa tanda kutip dan spasi.")


def _read_language(content_dir: Path, lang: str) -> tuple[dict[str, Any], list[Problem]]:
    flat: dict[str, Any] = {}
    problems: list[Problem] = []
    folder = content_dir / lang / "messages"
    if not folder.is_dir():
        return flat, [Problem(f"{lang}/messages", "folder pesan tidak ada")]
    for file in sorted(folder.glob("*.yaml")):
        rel = str(file.relative_to(content_dir))
        try:
            data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            problems.append(_yaml_error(rel, exc))
            continue
        if not isinstance(data, Mapping):
            problems.append(Problem(rel, "isi file harus berupa daftar kunci: teks"))
            continue
        _flatten(file.stem, data, flat)
    return flat, problems


def check_messages(content_dir: Path) -> list[Problem]:
    problems: list[Problem] = []
    tables: dict[str, dict[str, Any]] = {}
    for lang in LANGUAGES:
        flat, found = _read_language(content_dir, lang)
        problems += found
        tables[lang] = flat
        for key, value in flat.items():
            where = f"{lang}/messages/{key.split('.')[0]}.yaml"
            if not isinstance(value, str):
                problems.append(Problem(where, f"'{key}' harus berupa teks, bukan {type(value).__name__}"))
            elif not value.strip():
                problems.append(Problem(where, f"'{key}' kosong: tulis teksnya"))
            elif len(value) > TELEGRAM_MAX:
                problems.append(Problem(where, f"'{key}' terlalu panjang untuk satu pesan Telegram"))
            else:
                try:
                    placeholders(value)
                except ValueError:
                    problems.append(
                        Problem(where, f"'{key}': kurung kurawal {{ }} tidak seimbang")
                    )
    ref = tables[REFERENCE]
    for lang in LANGUAGES:
        if lang == REFERENCE:
            continue
        other = tables[lang]
        where = f"{lang}/messages"
        for key in sorted(ref.keys() - other.keys()):
            problems.append(Problem(
                where, f"kunci '{key}' ada di {REFERENCE} tapi belum diterjemahkan ke {lang}"))
        for key in sorted(other.keys() - ref.keys()):
            problems.append(Problem(
                where, f"kunci '{key}' tidak dikenal (tidak ada di {REFERENCE}): "
                       f"hapus, atau tambahkan juga di {REFERENCE}"))
        for key in sorted(ref.keys() & other.keys()):
            a, b = ref[key], other[key]
            if isinstance(a, str) and isinstance(b, str):
                try:
                    pa, pb = placeholders(a), placeholders(b)
                except ValueError:
                    continue
                if pa != pb:
                    problems.append(Problem(
                        f"{lang}/messages",
                        f"'{key}': isian {sorted(pb)} tidak sama dengan {REFERENCE} {sorted(pa)}",
                    ))
    return problems


@dataclass
class Catalog:
    """All UI words, by language. Pure data once loaded: flows receive it, never load it."""

    tables: dict[str, dict[str, str]] = field(default_factory=dict)

    def text(self, lang: str, key: str, /, **values: object) -> str:
        table = self.tables.get(lang) or self.tables.get(REFERENCE, {})
        template = table.get(key) or self.tables.get(REFERENCE, {}).get(key)
        if template is None:
            raise KeyError(f"missing message key {key!r}")
        return template.format(**values) if values else template

    def has(self, key: str) -> bool:
        return key in self.tables.get(REFERENCE, {})


def load_catalog(content_dir: Path) -> Catalog:
    tables: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        flat, problems = _read_language(content_dir, lang)
        if problems:
            raise ValueError("; ".join(str(p) for p in problems))
        tables[lang] = {k: v for k, v in flat.items() if isinstance(v, str)}
    return Catalog(tables)
