"""The learned part of the distress detector and its combination with the rules."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.flows import distress, distress_model
from bot.flows.distress import Distress, Level, classify, classify_rules, combine

ARTEFACT = Path(distress_model.__file__).with_name(distress_model.ARTEFACT)


@pytest.fixture(autouse=True)
def _shipped_model() -> Iterator[None]:
    assert distress.load_model()
    yield
    distress.load_model()


def test_model_loads_and_is_small() -> None:
    m = distress_model.load()
    assert m is not None
    assert len(m.vocab) > 1000
    assert ARTEFACT.stat().st_size < 5_000_000
    for key in ("urgent", "concern", "urgent_veto", "concern_veto", "benign", "lower", "min_words"):
        assert key in m.thresholds
    p = m.proba(distress.normalize("tolong saya dipukul majikan").text)
    assert math.isclose(sum(p), 1.0, abs_tol=1e-9)
    assert p[0] > p[2]


def test_import_does_no_io() -> None:
    # classify() loads the model lazily: importing the modules must not read it
    code = (
        "import builtins, io\n"
        "opened = []\n"
        "real = io.open\n"
        "def spy(f, *a, **k):\n"
        "    opened.append(str(f)); return real(f, *a, **k)\n"
        "builtins.open = io.open = spy\n"
        "from bot.flows import distress\n"
        "assert distress._MODEL == [], distress._MODEL\n"
        "assert not [f for f in opened if f.endswith('.json')], opened\n"
        "assert distress.classify('tolong saya dipukul majikan').level.value == 'urgent'\n"
        "assert distress._MODEL and distress._MODEL[0] is not None\n"
    )
    root = Path(distress.__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], check=True, cwd=root)


@pytest.mark.parametrize(
    "text",
    [
        "tolong kirim info",
        "mati gaya",
        "majikan saya baik",
        "mati lampu",
        "bunuh nyamuk",
        "tidak dipukul",
        "jam 5",
        "paspor saya tidak ditahan",
    ],
)
def test_hard_negatives_stay_none(text: str) -> None:
    assert classify(text).level is Level.NONE


def test_unpaid_wages_is_concern() -> None:
    d = classify("gaji saya belum dibayar 3 bulan")
    assert d.level is Level.CONCERN
    assert "unpaid_wages" in d.categories


def test_urgent_violence_and_passport() -> None:
    d = classify("tolong saya dipukul majikan, paspor ditahan")
    assert d.level is Level.URGENT
    assert {"violence", "passport_held"} <= set(d.categories)


def test_model_raises_what_the_rules_miss() -> None:
    # Sundanese, no cue of the rules: the model alone makes it urgent, category "other"
    text = "abdi sieun pisan, dipiceun ku majikan di jalan peuting2, teu gaduh artos"
    assert classify_rules(text).level is not Level.URGENT
    d = classify(text)
    assert d.level is Level.URGENT
    assert d.model == "urgent"
    assert d.categories


def test_joke_vetoed_by_guards_and_model() -> None:
    text = "bunuh aku aja deh kalo harus masak rendang lagi, udh 3x minggu ini 🤣"
    assert classify(text).level is Level.NONE


def test_combine_rules() -> None:
    th = {"urgent": 0.6, "concern": 0.95, "urgent_veto": 1.01, "concern_veto": 1.01, "benign": 0.8,
          "lower": 0.5, "min_words": 3}
    none = Distress(Level.NONE, (), ())
    concern = Distress(Level.CONCERN, ("unpaid_wages",), ("wages.not_paid",))
    urgent = Distress(Level.URGENT, ("violence",), ("violence.hit",))
    # the model never lowers an urgent the guards did not question
    assert combine(urgent, (0.0, 0.0, 1.0), False, th) is urgent
    # ... but a guard plus a sure model can
    assert combine(urgent, (0.0, 0.1, 0.9), True, th).level is Level.NONE
    assert combine(urgent, (0.0, 0.3, 0.7), True, th) is urgent
    # raising
    assert combine(none, (0.7, 0.2, 0.1), False, th).level is Level.URGENT
    assert combine(none, (0.5, 0.46, 0.04), False, th).level is Level.CONCERN
    assert combine(none, (0.5, 0.3, 0.2), False, th) is none
    # lowering a concern needs P(none) >= lower (no guard) or >= benign (a guard fired)
    assert combine(concern, (0.0, 0.4, 0.6), False, th).level is Level.NONE
    assert combine(concern, (0.1, 0.5, 0.4), False, th) is concern
    assert combine(concern, (0.0, 0.4, 0.6), True, th) is concern
    # a guard vetoes the model; too short a message too
    assert combine(none, (0.99, 0.0, 0.01), True, th) is none
    assert combine(none, (0.99, 0.0, 0.01), False, th, n_words=2) is none
    d = combine(none, (0.99, 0.0, 0.01), False, th)
    assert d.categories == ("other",) and d.model == "urgent"
    # a hypothetical question about danger stays the rules' concern
    hypo = Distress(Level.CONCERN, ("violence",), ("violence.root", "ctx.hypothetical"))
    assert combine(hypo, (0.99, 0.0, 0.01), False, th) is hypo
    assert combine(hypo, (0.0, 0.0, 1.0), True, th) is hypo


def test_falls_back_to_rules_without_model(tmp_path: Path) -> None:
    assert not distress.load_model(str(tmp_path / "missing.json"))
    texts = [
        "tolong kirim info",
        "gaji saya belum dibayar 3 bulan",
        "tolong saya dipukul majikan, paspor ditahan",
        "abdi sieun pisan, dipiceun ku majikan di jalan peuting2, teu gaduh artos",
    ]
    for t in texts:
        assert classify(t) == classify_rules(t)
    assert classify("tolong saya dipukul majikan, paspor ditahan").level is Level.URGENT
    assert classify("gaji saya belum dibayar 3 bulan").level is Level.CONCERN
    # an unreadable file is the same as none
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert not distress.load_model(str(bad))
    assert classify(texts[3]) == classify_rules(texts[3])
    assert not distress.load_model("")
    assert distress.load_model()


def test_shipped_loader_handles_missing_artefact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(distress_model, "ARTEFACT", "no_such_model.json")
    assert distress_model.load() is None
    distress._MODEL.clear()  # lazy load again, now without a file
    assert classify("tolong saya dipukul majikan").level is Level.URGENT
    assert distress._MODEL == [None]


def test_artefact_round_trip() -> None:
    data = json.loads(ARTEFACT.read_text(encoding="utf-8"))
    m = distress_model.Model.from_json(data)
    assert m.to_json()["classes"] == list(distress_model.CLASSES)


def test_char_wb_matches_scikit_learn() -> None:
    sk = pytest.importorskip("sklearn.feature_extraction.text")
    vec = sk.CountVectorizer(analyzer="char_wb", ngram_range=(2, 5))
    analyze = vec.build_analyzer()
    for text in ("saya di pukul", "a ya tolong", "paspor ditahan agen"):
        assert sorted(analyze(text)) == sorted(distress_model.char_wb_ngrams(text))
