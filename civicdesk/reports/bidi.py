"""Right-to-left text on a line: embedding levels and visual order (Unicode bidi, UAX #9).

reportlab 5.1 reorders right-to-left text only with `rlbidi`, which is not on PyPI, and
python-bidi only returns a reordered string (shaping needs the logical order). This is the
part of the algorithm a name, an address or a note on one line needs: rules W1-W7, N1-N2,
I1-I2 and L1-L2 for one paragraph, without explicit embeddings or isolates (those marks are
treated as neutrals). HarfBuzz then shapes each right-to-left run into visual order.
"""

from __future__ import annotations

import unicodedata

_STRONG_R = {"R", "AL"}
_NEUTRAL = {"B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI",
            "FSI", "PDI"}


def base_level(text: str) -> int:
    """1 when the first strong character is right-to-left (rule P2-P3), else 0."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return 0
        if kind in _STRONG_R:
            return 1
    return 0


def levels(text: str, paragraph: int | None = None) -> list[int]:
    """The embedding level of each character of *text* (one line, logical order)."""
    para = base_level(text) if paragraph is None else paragraph
    types = [unicodedata.bidirectional(c) or "L" for c in text]
    if not any(t in _STRONG_R or t == "AN" for t in types):
        return [para] * len(text) if para == 0 else _levels(types, para)
    return _levels(types, para)


def _levels(types: list[str], para: int) -> list[int]:
    sos = "R" if para % 2 else "L"
    _weak(types, sos)
    _neutral(types, sos)
    result = []
    for kind in types:
        if para % 2 == 0:
            result.append(para + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0))
        else:
            result.append(para + (1 if kind in ("L", "EN", "AN") else 0))
    return result


def _weak(types: list[str], sos: str) -> None:
    """Rules W1-W7, in place."""
    previous, strong = sos, sos
    for i, kind in enumerate(types):
        if kind == "NSM":  # W1
            kind = types[i] = "ON" if previous in _NEUTRAL else previous
        if kind == "EN" and strong == "AL":  # W2
            types[i] = "AN"
        if kind in ("L", "R", "AL"):
            strong = kind
        previous = types[i]
    for i, kind in enumerate(types):  # W3
        if kind == "AL":
            types[i] = "R"
    for i in range(1, len(types) - 1):  # W4
        before, kind, after = types[i - 1], types[i], types[i + 1]
        if kind == "ES" and before == after == "EN":
            types[i] = "EN"
        elif kind == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    _terminators(types)
    strong = sos
    for i, kind in enumerate(types):
        if kind in ("ES", "ET", "CS"):  # W6
            types[i] = "ON"
        elif kind == "EN" and strong == "L":  # W7
            types[i] = "L"
        if kind in ("L", "R"):
            strong = kind


def _terminators(types: list[str]) -> None:
    """Rule W5: a run of European terminators (%, $ ...) next to a number joins it."""
    i = 0
    while i < len(types):
        if types[i] != "ET":
            i += 1
            continue
        j = i
        while j < len(types) and types[j] == "ET":
            j += 1
        if (i > 0 and types[i - 1] == "EN") or (j < len(types) and types[j] == "EN"):
            types[i:j] = ["EN"] * (j - i)
        i = j


def _direction(kind: str | None, sos: str) -> str:
    if kind is None:
        return sos
    return "L" if kind == "L" else "R"  # numbers count as right-to-left here (N1)


def _neutral(types: list[str], sos: str) -> None:
    """Rules N1-N2: neutrals take the direction around them, else the paragraph's."""
    i = 0
    while i < len(types):
        if types[i] not in _NEUTRAL and types[i] != "NSM":
            i += 1
            continue
        j = i
        while j < len(types) and (types[j] in _NEUTRAL or types[j] == "NSM"):
            j += 1
        before = _direction(types[i - 1] if i > 0 else None, sos)
        after = _direction(types[j] if j < len(types) else None, sos)
        chosen = before if before == after else sos
        types[i:j] = [chosen] * (j - i)
        i = j


def visual_order(run_levels: list[int]) -> list[int]:
    """Rule L2 on runs: the indexes of the runs in the order they appear left to right."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    lowest_odd = min(level for level in run_levels if level % 2) if any(
        level % 2 for level in run_levels) else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] >= level:
                j = i
                while j < len(order) and run_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
