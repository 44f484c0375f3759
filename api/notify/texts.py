"""The catalog of words for background jobs that are not given one (scheduler, worker)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kawan.content.messages import Catalog, load_catalog
from kawan.settings import get_settings


@lru_cache(maxsize=4)
def catalog_at(content_dir: Path) -> Catalog:
    """UI words, plus each destination country's name as `country.<CC>` (from the facts, so
    names are written once, in content/facts/countries.yaml)."""
    from kawan.content.facts import load_facts

    catalog = load_catalog(content_dir)
    for country in load_facts(content_dir).countries:
        for lang, table in catalog.tables.items():
            table[f"country.{country.code}"] = country.name.get(lang)
    return catalog


def default_texts() -> Catalog:
    return catalog_at(get_settings().content_dir)
