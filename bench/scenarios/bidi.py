"""Right-to-left text: the bidi algorithm (`reports/bidi.py`, the whole of UAX #9 in Python)
on a long report column of Hebrew and Arabic names and addresses mixed with Latin, numbers
and brackets, beside laying out the same cells (bidi, fonts per script, HarfBuzz shaping)
in the same run. The goal keeps the algorithm a small part of printing a line."""

from __future__ import annotations

import random

from bench.runner import Env, Scenario, timed
from civicdesk.reports import bidi, textlayout

COUNT = 20_000
_WORDS = ("שלום", "כהן", "שרה לוי", "محمد", "العلي", "فاطمة", "John", "(Smith)", "12",
          "Apt 4", "[note]", "555-1234", "رقم ٣٤", "\u2067שרה\u2069", "(#7)", "ZoË")


def column(seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    cells = set()
    while len(cells) < COUNT:  # distinct cells: the layout cache must not hide any work
        cells.add(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 6))))
    return sorted(cells)


def _levels(cells: list[str]) -> None:
    for cell in cells:
        bidi.levels(cell)


def _layout(cells: list[str]) -> None:
    textlayout.clear_cache()
    for cell in cells:
        textlayout.layout(cell, 9)


def scenarios(env: Env) -> list[Scenario]:
    cells = column(env.seed)
    return [Scenario("bidi_rtl_column_20000", measure=lambda: timed(lambda: _levels(cells)),
                     baseline=lambda: timed(lambda: _layout(cells)), target_ratio=0.35,
                     repeat=3)]
