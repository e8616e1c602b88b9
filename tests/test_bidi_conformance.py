"""Right-to-left text is laid out by the Unicode Bidirectional Algorithm, checked line by line
against Unicode's own conformance files (BidiCharacterTest.txt, BidiTest.txt), which Debian's
unicode-data package ships (`scripts/sysdeps.sh test` installs it)."""

import os
from pathlib import Path

import pytest

from civicdesk.reports import bidi

_PLACES = ("/usr/share/unicode", "/usr/share/unicode-data", "/usr/share/unicode/ucd")


def _data(name: str) -> Path:
    """The Unicode data file *name*; CI must have it, elsewhere its absence skips loudly."""
    for place in _PLACES:
        if (Path(place) / name).is_file():
            return Path(place) / name
    message = (f"{name} not found in {', '.join(_PLACES)}: install Debian's unicode-data "
               "package (scripts/sysdeps.sh test does)")
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _version(path: Path) -> str:
    with path.open(encoding="utf-8") as lines:
        return lines.readline().strip("# \n")  # e.g. "BidiCharacterTest-15.0.0.txt"


def _data_lines(path: Path):
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.split("#", 1)[0].strip()
            if line:
                yield number, line


def _order(expected: list[str], levels: list[int]) -> list[int]:
    """Rule L2 character by character, leaving out those X9 removes (x), as the files do."""
    kept = [i for i, level in enumerate(expected) if level != "x"]
    return [kept[i] for i in bidi.visual_order([levels[i] for i in kept])]


def _matches(expected: list[str], levels: list[int]) -> bool:
    return len(expected) == len(levels) and all(
        want in ("x", str(got)) for want, got in zip(expected, levels, strict=False))


def _report(capsys, path: Path, passed: int, total: int, failures: list) -> None:
    with capsys.disabled():  # the count is part of the test output, not only on failure
        print(f"\n{_version(path)}: {passed} of {total} cases pass")
    assert not failures, f"{total - passed} cases fail, the first ones: {failures[:10]}"


def test_every_line_of_bidi_character_test_passes(capsys):
    path = _data("BidiCharacterTest.txt")
    passed, failures = 0, []
    for number, line in _data_lines(path):
        codes, direction, paragraph_level, expected, order = line.split(";")
        text = "".join(chr(int(code, 16)) for code in codes.split())
        paragraph = {"0": 0, "1": 1, "2": None}[direction]
        levels = bidi.levels(text, paragraph)
        expected = expected.split()
        ok = (_matches(expected, levels)
              and _order(expected, levels) == [int(i) for i in order.split()]
              and (paragraph is not None or bidi.base_level(text) == int(paragraph_level)))
        passed += ok
        if not ok:
            failures.append((number, codes, direction, " ".join(map(str, levels))))
    assert passed > 90_000  # the whole file was read (91,707 lines in Unicode 15.0)
    _report(capsys, path, passed, passed + len(failures), failures)


@pytest.mark.slow  # about 770,000 cases: 20-40 s
def test_every_case_of_bidi_test_passes(capsys):
    path = _data("BidiTest.txt")
    passed, failures = 0, []
    expected: list[str] = []
    order: list[int] = []
    for number, line in _data_lines(path):
        if line.startswith("@Levels:"):
            expected = line.partition(":")[2].split()
        elif line.startswith("@Reorder:"):
            order = [int(i) for i in line.partition(":")[2].split()]
        elif not line.startswith("@"):
            classes, bits = line.split(";")
            classes = classes.split()
            for bit, paragraph in ((1, None), (2, 0), (4, 1)):
                if int(bits, 16) & bit:
                    levels = bidi.resolve(classes, paragraph)
                    ok = _matches(expected, levels) and _order(expected, levels) == order
                    passed += ok
                    if not ok:
                        failures.append((number, " ".join(classes), paragraph))
    assert passed > 700_000
    _report(capsys, path, passed, passed + len(failures), failures)


def test_the_bracket_pairs_are_those_of_unicode_data():
    pairs = {}
    for _, line in _data_lines(_data("BidiBrackets.txt")):
        code, paired, kind = (field.strip() for field in line.split(";"))
        if kind == "o":
            pairs[chr(int(code, 16))] = chr(int(paired, 16))
    assert bidi.OPENING == pairs


@pytest.mark.parametrize("text, expected", [
    # N0: the brackets around John take the Hebrew's direction, so they print around it
    ("שלום (John) 12", [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 2, 2]),
    ("John (שלום)", [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0]),
    # an isolate (RLI ... PDI) keeps a right-to-left name from pulling the number after it
    ("Ann \u2067שרה\u2069 3", [0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0]),
    # an embedding (RLE ... PDF) raises the text inside it; the marks take a neighbour's level
    ("a\u202bb c\u202cd", [0, 0, 2, 2, 2, 2, 0]),
    # a joiner (removed by X9) stays in the Arabic run so shaping sees one word
    ("لا\u200dم", [1, 1, 1, 1]),
])
def test_levels_of_names_with_brackets_isolates_and_embeddings(text, expected):
    assert bidi.levels(text) == expected


def test_the_paragraph_direction_can_be_given_or_found():
    assert bidi.levels("abc") == [0, 0, 0]
    assert bidi.levels("abc", 1) == [2, 2, 2]
    assert bidi.levels("שלום abc", 0) == [1, 1, 1, 1, 0, 0, 0, 0]
    # P2 skips what an isolate holds; the FSI itself turns right-to-left for the Hebrew
    assert bidi.levels("\u2068שלום\u2069 abc") == [0, 1, 1, 1, 1, 0, 0, 0, 0, 0]
    assert bidi.base_level("123 שלום") == 1 and bidi.base_level("") == 0
    assert bidi.levels("") == []
    # P1: each paragraph (after a paragraph separator) finds its own direction
    assert bidi.levels("abc\u2029שלום") == [0, 0, 0, 0, 1, 1, 1, 1]
