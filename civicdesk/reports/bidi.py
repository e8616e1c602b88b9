"""Right-to-left text on a line: embedding levels and visual order (Unicode bidi, UAX #9).

reportlab 5.1 reorders right-to-left text only with `rlbidi`, which is not on PyPI, and
python-bidi only returns a reordered string (its levels are in a debug dump, per UTF-8 byte;
shaping needs the logical order and the levels). So this is the whole algorithm of UAX #9
(Unicode 6.3 and later): paragraphs (P1-P3), explicit embeddings, overrides and isolates
(X1-X10), weak types (W1-W7), bracket pairs (N0), neutrals (N1-N2), implicit levels (I1-I2)
and trailing whitespace (L1), checked against all of Unicode's BidiCharacterTest.txt and
BidiTest.txt (tests/test_bidi_conformance.py). HarfBuzz then shapes each run.
"""

from __future__ import annotations

import unicodedata

MAX_DEPTH = 125  # BD2
_STACK_BRACKETS = 63  # BD16

_STRONG_R = {"R", "AL"}
_EMBEDDINGS = {"LRE", "RLE", "LRO", "RLO"}
_ISOLATES = {"LRI", "RLI", "FSI"}
_REMOVED = _EMBEDDINGS | {"PDF", "BN"}  # rule X9
_NEUTRAL = {"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"}  # NI in rules N1-N2
_TRAILING = {"WS", "LRI", "RLI", "FSI", "PDI"} | _REMOVED  # rule L1
_EXPLICIT = _EMBEDDINGS | _ISOLATES | {"PDI", "PDF"}
_NOT_SIMPLE = _STRONG_R | _EMBEDDINGS | _ISOLATES | {"AN", "PDI", "PDF"}

# BidiBrackets.txt (Unicode 15.0): each opening paired bracket and its closing bracket.
_PAIRS = (
    "0028/0029 005B/005D 007B/007D 0F3A/0F3B 0F3C/0F3D 169B/169C 2045/2046 207D/207E "
    "208D/208E 2308/2309 230A/230B 2329/232A 2768/2769 276A/276B 276C/276D 276E/276F "
    "2770/2771 2772/2773 2774/2775 27C5/27C6 27E6/27E7 27E8/27E9 27EA/27EB 27EC/27ED "
    "27EE/27EF 2983/2984 2985/2986 2987/2988 2989/298A 298B/298C 298D/2990 298F/298E "
    "2991/2992 2993/2994 2995/2996 2997/2998 29D8/29D9 29DA/29DB 29FC/29FD 2E22/2E23 "
    "2E24/2E25 2E26/2E27 2E28/2E29 2E55/2E56 2E57/2E58 2E59/2E5A 2E5B/2E5C 3008/3009 "
    "300A/300B 300C/300D 300E/300F 3010/3011 3014/3015 3016/3017 3018/3019 301A/301B "
    "FE59/FE5A FE5B/FE5C FE5D/FE5E FF08/FF09 FF3B/FF3D FF5B/FF5D FF5F/FF60 FF62/FF63")
OPENING = {chr(int(o, 16)): chr(int(c, 16))
           for o, c in (pair.split("/") for pair in _PAIRS.split())}
CLOSING = {c: o for o, c in OPENING.items()}
# Brackets match their canonical equivalents too (BD16): U+2329/U+232A are U+3008/U+3009.
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}

# The default Bidi_Class of unassigned code points (the @missing lines of
# DerivedBidiClass.txt): Python's unicodedata gives "" for them.
_MISSING = (
    (0x0590, 0x05FF, "R"), (0x0600, 0x07BF, "AL"), (0x07C0, 0x085F, "R"),
    (0x0860, 0x08FF, "AL"), (0x20A0, 0x20CF, "ET"), (0xFB1D, 0xFB4F, "R"),
    (0xFB50, 0xFDCF, "AL"), (0xFDF0, 0xFDFF, "AL"), (0xFE70, 0xFEFF, "AL"),
    (0x10800, 0x10CFF, "R"), (0x10D00, 0x10D3F, "AL"), (0x10D40, 0x10EBF, "R"),
    (0x10EC0, 0x10EFF, "AL"), (0x10F00, 0x10F2F, "R"), (0x10F30, 0x10F6F, "AL"),
    (0x10F70, 0x10FFF, "R"), (0x1E800, 0x1EC6F, "R"), (0x1EC70, 0x1ECBF, "AL"),
    (0x1ECC0, 0x1ECFF, "R"), (0x1ED00, 0x1ED4F, "AL"), (0x1ED50, 0x1EDFF, "R"),
    (0x1EE00, 0x1EEFF, "AL"), (0x1EF00, 0x1EFFF, "R"))


def bidi_class(char: str) -> str:
    """The Bidi_Class of *char* ("L", "R", "AL", "EN", ...)."""
    kind = unicodedata.bidirectional(char)
    if kind:
        return kind
    code = ord(char)
    return next((k for start, end, k in _MISSING if start <= code <= end), "L")


_known_classes: dict[str, str] = {}  # one entry per character met: a dict is faster


def _learn(char: str) -> str:
    kind = _known_classes[char] = bidi_class(char)
    return kind


def base_level(text: str) -> int:
    """The paragraph level the text itself asks for (rules P2-P3): 1 when its first strong
    character outside isolates is right-to-left, else 0."""
    return paragraph_level([bidi_class(c) for c in text], None)


def levels(text: str, paragraph: int | None = None) -> list[int]:
    """The embedding level of each character of *text* (one line, logical order).

    *paragraph* is the paragraph level (0 left-to-right, 1 right-to-left); None takes it
    from the text (rules P2-P3), for each paragraph of it. Characters that rule X9 removes
    (embedding controls, zero-width joiners...) get the level of the character before them,
    so they stay inside its run."""
    known = _known_classes
    classes = [known.get(c) or _learn(c) for c in text]
    if not paragraph and _NOT_SIMPLE.isdisjoint(classes):
        return [0] * len(text)  # the everyday case: nothing right-to-left, nothing explicit
    return resolve(classes, paragraph, text)


def resolve(classes: list[str], paragraph: int | None = None,
            text: str | None = None) -> list[int]:
    """`levels` for a list of bidi classes; *text* (same length) finds the bracket pairs."""
    result: list[int] = []
    start = 0
    for i, kind in enumerate(classes):  # P1: a paragraph separator ends a paragraph
        if kind == "B" or i == len(classes) - 1:
            result += _Paragraph(classes[start:i + 1], paragraph,
                                 None if text is None else text[start:i + 1]).levels()
            start = i + 1
    return result


def paragraph_level(classes: list[str], paragraph: int | None) -> int:
    """*paragraph*, or when None the level rules P2-P3 find in *classes*."""
    if paragraph is not None:
        return paragraph
    end = classes.index("B") if "B" in classes else len(classes)  # the first paragraph's
    return _first_strong(classes, 0, end) or 0


def _first_strong(classes: list[str], start: int, end: int) -> int | None:
    """0 or 1 for the first L or R/AL from *start* to *end*, skipping isolates (and the
    PDIs that match nothing), else None."""
    depth = 0
    for i in range(start, end):
        kind = classes[i]
        if kind in _ISOLATES:
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth == 0 and kind == "L":
            return 0
        elif depth == 0 and kind in _STRONG_R:
            return 1
    return None


class _Paragraph:
    """One paragraph being resolved: classes in, levels out."""

    def __init__(self, classes: list[str], paragraph: int | None, text: str | None):
        self.classes = classes
        self.text = text
        self.level = paragraph_level(classes, paragraph)
        self.types = list(classes)  # the current type of each character as rules apply
        self.levels_: list[int] = [self.level] * len(classes)
        self.matching_pdi = _matching_pdis(classes)

    def levels(self) -> list[int]:
        if _EXPLICIT.isdisjoint(self.classes):  # one sequence at the paragraph level
            self.explicit = self.levels_[:]
            sequences = [[i for i, kind in enumerate(self.classes) if kind != "BN"]]
        else:
            self._explicit()
            self.explicit = self.levels_[:]  # sos and eos come from these (X10)
            sequences = self._sequences()
        for sequence in filter(None, sequences):
            _Sequence(self, sequence).resolve()
        self._fill_removed()
        self._trailing_whitespace()
        return self.levels_

    def _explicit(self) -> None:
        """Rules X1-X8: the directional status stack."""
        stack = [(self.level, None, False)]  # level, override, isolate
        overflow_isolates = overflow_embeddings = valid_isolates = 0
        for i, kind in enumerate(self.classes):
            level, override, _ = stack[-1]
            if kind in _EMBEDDINGS or kind in _ISOLATES:
                if kind in _ISOLATES:
                    self._take(i, level, override)
                if kind == "FSI":  # X5c: an RLI or LRI by the text up to its PDI
                    end = self.matching_pdi.get(i, len(self.classes))
                    kind = "RLI" if _first_strong(self.classes, i + 1, end) == 1 else "LRI"
                new = (level + 1) | 1 if kind[0] == "R" else (level + 2) & ~1
                if new <= MAX_DEPTH and overflow_isolates == overflow_embeddings == 0:
                    isolate = kind in _ISOLATES
                    valid_isolates += isolate
                    stack.append((new, {"O": kind[0]}.get(kind[2]), isolate))
                elif kind in _ISOLATES:
                    overflow_isolates += 1
                elif overflow_isolates == 0:
                    overflow_embeddings += 1
            elif kind == "PDI":  # X6a
                if overflow_isolates:
                    overflow_isolates -= 1
                elif valid_isolates:
                    overflow_embeddings = 0
                    while not stack[-1][2]:
                        stack.pop()
                    stack.pop()
                    valid_isolates -= 1
                self._take(i, *stack[-1][:2])
            elif kind == "PDF":  # X7
                if overflow_isolates:
                    pass
                elif overflow_embeddings:
                    overflow_embeddings -= 1
                elif not stack[-1][2] and len(stack) > 1:
                    stack.pop()
            elif kind not in ("B", "BN"):  # X6; B keeps the paragraph level (X8)
                self._take(i, level, override)

    def _take(self, i: int, level: int, override: str | None) -> None:
        self.levels_[i] = level
        if override:
            self.types[i] = override

    def _sequences(self) -> list[list[int]]:
        """Rule X10 (BD13): isolating run sequences, lists of indexes in logical order."""
        runs: list[list[int]] = []
        for i, kind in enumerate(self.classes):
            if kind in _REMOVED:
                continue
            if runs and self.levels_[runs[-1][-1]] == self.levels_[i]:
                runs[-1].append(i)
            else:
                runs.append([i])
        starting = {run[0]: run for run in runs}
        continued = set()
        sequences = []
        for run in runs:
            if id(run) in continued:
                continue
            sequence = list(run)
            while self.classes[sequence[-1]] in _ISOLATES and sequence[-1] in self.matching_pdi:
                following = starting.get(self.matching_pdi[sequence[-1]])
                if following is None:
                    break
                continued.add(id(following))
                sequence += following
            sequences.append(sequence)
        return sequences

    def _fill_removed(self) -> None:
        """Characters X9 removed take the level before them (the paragraph's at the start)."""
        previous = self.level
        for i, kind in enumerate(self.classes):
            if kind in _REMOVED:
                self.levels_[i] = previous
            previous = self.levels_[i]

    def _trailing_whitespace(self) -> None:
        """Rule L1: separators, and whitespace before them or at the end of the line, take
        the paragraph level."""
        trailing = True
        for i in range(len(self.classes) - 1, -1, -1):
            kind = self.classes[i]
            if kind in ("S", "B"):
                trailing = True
                self.levels_[i] = self.level
            elif kind in _TRAILING:
                if trailing:
                    self.levels_[i] = self.level
            else:
                trailing = False


def _matching_pdis(classes: list[str]) -> dict[int, int]:
    """BD9: the index of the PDI that closes each isolate initiator that has one."""
    matches: dict[int, int] = {}
    open_: list[int] = []
    for i, kind in enumerate(classes):
        if kind in _ISOLATES:
            open_.append(i)
        elif kind == "PDI" and open_:
            matches[open_.pop()] = i
    return matches


class _Sequence:
    """Rules W1-W7, N0-N2 and I1-I2 on one isolating run sequence."""

    def __init__(self, paragraph: _Paragraph, indexes: list[int]):
        self.paragraph = paragraph
        self.indexes = indexes
        self.types = [paragraph.types[i] for i in indexes]
        levels = paragraph.explicit
        self.level = levels[indexes[0]]
        self.embedding = "R" if self.level % 2 else "L"
        before = next((levels[i] for i in range(indexes[0] - 1, -1, -1)
                       if paragraph.classes[i] not in _REMOVED), paragraph.level)
        last = indexes[-1]
        after = paragraph.level
        if paragraph.classes[last] not in _ISOLATES:
            after = next((levels[i] for i in range(last + 1, len(levels))
                          if paragraph.classes[i] not in _REMOVED), paragraph.level)
        self.sos = "R" if max(before, self.level) % 2 else "L"
        self.eos = "R" if max(after, self.level) % 2 else "L"

    def resolve(self) -> None:
        self._weak()
        self._brackets()
        self._neutral()
        levels = self.paragraph.levels_
        for i, kind in zip(self.indexes, self.types, strict=True):  # I1-I2
            if self.level % 2 == 0:
                levels[i] += 1 if kind == "R" else 2 if kind in ("AN", "EN") else 0
            elif kind in ("L", "EN", "AN"):
                levels[i] += 1

    def _weak(self) -> None:
        types = self.types
        previous, strong = self.sos, self.sos
        for i, kind in enumerate(types):
            if kind == "NSM":  # W1
                kind = types[i] = "ON" if previous in _ISOLATES or previous == "PDI" else previous
            if kind == "EN" and strong == "AL":  # W2
                types[i] = "AN"
            elif kind in ("L", "R", "AL"):
                strong = kind
            previous = kind
        for i, kind in enumerate(types):  # W3
            if kind == "AL":
                types[i] = "R"
        for i in range(1, len(types) - 1):  # W4
            before, kind, after = types[i - 1], types[i], types[i + 1]
            if kind == "ES" and before == after == "EN":
                types[i] = "EN"
            elif kind == "CS" and before == after and before in ("EN", "AN"):
                types[i] = before
        _terminators(types)  # W5
        strong = self.sos
        for i, kind in enumerate(types):
            if kind in ("ES", "ET", "CS"):  # W6
                types[i] = "ON"
            elif kind == "EN" and strong == "L":  # W7
                types[i] = "L"
            if kind in ("L", "R"):
                strong = kind

    def _bracket_pairs(self) -> list[tuple[int, int]]:
        """BD16: positions (in the sequence) of the paired brackets, by opening position."""
        text = self.paragraph.text
        if text is None:
            return []
        pairs, stack = [], []
        for pos, i in enumerate(self.indexes):
            char = text[i]
            if self.types[pos] != "ON":
                continue
            if char in OPENING:
                if len(stack) == _STACK_BRACKETS:
                    break
                closing = OPENING[char]
                stack.append((_CANONICAL.get(closing, closing), pos))
            elif char in CLOSING:
                char = _CANONICAL.get(char, char)
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == char:
                        pairs.append((stack[depth][1], pos))
                        del stack[depth:]
                        break
        return sorted(pairs)

    def _brackets(self) -> None:
        """Rule N0: a bracket pair takes the direction of the text inside it."""
        types = self.types
        for opening, closing in self._bracket_pairs():
            inside = {_strong(t) for t in types[opening + 1:closing]}
            if self.embedding in inside:
                chosen = self.embedding
            elif inside - {None}:  # only the opposite direction inside: look before
                before = next((s for s in map(_strong, reversed(types[:opening])) if s),
                              self.sos)
                chosen = before  # the opposite direction if the text before has it
            else:
                continue
            for pos in (opening, closing):
                types[pos] = chosen
                # a mark on a bracket goes with it (W1 made it ON)
                for after in range(pos + 1, len(types)):
                    if self.paragraph.classes[self.indexes[after]] != "NSM":
                        break
                    types[after] = chosen

    def _neutral(self) -> None:
        """Rules N1-N2: neutrals take the direction around them, else the embedding's."""
        types = self.types
        i = 0
        while i < len(types):
            if types[i] not in _NEUTRAL:
                i += 1
                continue
            j = i
            while j < len(types) and types[j] in _NEUTRAL:
                j += 1
            before = _strong(types[i - 1]) if i > 0 else self.sos
            after = _strong(types[j]) if j < len(types) else self.eos
            types[i:j] = [before if before == after else self.embedding] * (j - i)
            i = j


def _strong(kind: str) -> str | None:
    """The direction a type counts as in rules N0-N1 (numbers as right-to-left)."""
    if kind == "L":
        return "L"
    return "R" if kind in ("R", "EN", "AN") else None


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
