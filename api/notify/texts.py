"""The catalog of words for background jobs that are not given one (scheduler, worker)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from kawan.content.messages import Catalog, load_catalog
from kawan.settings import get_settings


@lru_cache(maxsize=4)
def catalog_at(content_dir: Path) -> Catalog:
    return load_catalog(content_dir)


def default_texts() -> Catalog:
    return catalog_at(get_settings().content_dir)
