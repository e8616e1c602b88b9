"""A pseudo-language to see whether every screen has room for any language: each message
of the sources about 40 % longer, with accents, in [brackets] (a cut-off end shows),
its placeholders ({name}, %1, %n), markup, and & mnemonics kept.

`build(folder)` runs pyside6-lupdate over the sources (so the newest texts are there),
rewrites each translation, and compiles civicdesk_pseudo.qm with pyside6-lrelease; load it
with a QTranslator. Used by tests/test_gui_layout.py and scripts/screenshots.py --pseudo.
`python scripts/pseudo_locale.py FOLDER` writes it there.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translations  # noqa: E402

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥíĵķłɱñóƥǫřšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶŁṀÑÓƤǪŘŠŢÚṼŴẊÝŽ")
PADDING = "ŀőřéɱ ïƥšűɱ đőłőř šïţ áɱéţ čőñšéčţéţűř "
# Kept as they are: placeholders, markup and entities, && and a mnemonic's letter.
KEPT = re.compile(r"\{[^{}]*\}|%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&&|&\S")
# Texts that are formats for Qt, not words (a date edit's display format).
FORMAT = re.compile(r"^[dMyhHmsapAPt\s:./,'-]+$")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """*text* in the pseudo-language (unchanged if it has no letters or is a format)."""
    if not any(ch.isalpha() for ch in text) or FORMAT.match(text):
        return text
    pieces, visible, last = [], 0, 0
    for found in KEPT.finditer(text):
        plain = text[last:found.start()]
        pieces.append(plain.translate(ACCENTED))
        pieces.append(found.group())
        visible += len(plain)
        last = found.end()
    plain = text[last:]
    pieces.append(plain.translate(ACCENTED))
    visible += len(plain)
    grow = math.ceil(visible * GROWTH)
    padding = (PADDING * (grow // len(PADDING) + 1))[:grow].strip()
    lines = "".join(pieces).split("\n")
    lines[0] = f"[{lines[0]}"
    lines[-1] = f"{lines[-1]} {padding}]" if padding else f"{lines[-1]}]"
    return "\n".join(lines)


def pseudo_ts(source: Path, target: Path) -> int:
    """Fill every translation of the .ts *source* with its pseudo text; the count."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):  # English has two plural forms
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def build(folder: Path) -> Path:
    """civicdesk_pseudo.qm in *folder*, from the sources as they are now."""
    folder.mkdir(parents=True, exist_ok=True)
    fresh, ts, qm = folder / "fresh.ts", folder / "civicdesk_pseudo.ts", \
        folder / "civicdesk_pseudo.qm"
    subprocess.run([translations.tool("pyside6-lupdate"), *translations.sources(), "-ts",
                    str(fresh)], check=True, capture_output=True)
    pseudo_ts(fresh, ts)
    subprocess.run([translations.tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


if __name__ == "__main__":
    print(build(Path(sys.argv[1] if len(sys.argv) > 1 else "build/pseudo")))
