"""A line of comma-separated tags (skills, interests, languages) with completion of the
word being typed, as Anki's tag editor does (`aqt/tagedit.py`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

SEPARATOR = ", "


def split_tags(text: str) -> list[str]:
    """`"driving, repairs ,,"` -> `["driving", "repairs"]` (duplicates dropped, case kept)."""
    seen, tags = set(), []
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


class TagEdit(QLineEdit):
    """Type tags separated by commas; the list offers known tags for the current word.

    Picking a suggestion (arrow keys and Enter, or the mouse) completes the word and adds a
    separator, ready for the next tag.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = QStringListModel(self)
        self._source: Callable[[], list[str]] | None = None
        self._stale = False
        self._completer = QCompleter(self._words, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated[str].connect(self._on_completer_activated)
        self.textEdited.connect(self._on_text_edited)

    def set_known(self, words: list[str]) -> None:
        """The tags offered while typing."""
        self._words.setStringList(words)
        self._stale = False

    def set_known_source(self, source: Callable[[], list[str]]) -> None:
        """Where the offered tags come from, read when the user first types a tag (and
        again after `mark_stale`): showing a person does not need them."""
        self._source, self._stale = source, True

    def mark_stale(self) -> None:
        self._stale = self._source is not None

    def tags(self) -> list[str]:
        return split_tags(self.text())

    def set_tags(self, tags: list[str]) -> None:
        self.setText(SEPARATOR.join(tags))

    def completer_popup_visible(self) -> bool:
        return self._completer.popup().isVisible()

    def _current_word(self) -> str:
        before = self.text()[:self.cursorPosition()]
        return before.rsplit(",", 1)[-1].strip()

    def _on_text_edited(self, _text: str) -> None:
        if self._stale:
            self.set_known(self._source())
        word = self._current_word()
        if not word:
            self._completer.popup().hide()
            return
        self._completer.setCompletionPrefix(word)
        already = {t.casefold() for t in self.tags()} - {word.casefold()}
        if self._completer.completionCount() and self._completer.currentCompletion(
        ).casefold() not in already:
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _on_completer_activated(self, word: str) -> None:
        text, cursor = self.text(), self.cursorPosition()
        start = text.rfind(",", 0, cursor) + 1
        end = text.find(",", cursor)
        end = len(text) if end < 0 else end
        prefix = text[:start].rstrip()
        if prefix:
            prefix += " "
        rest = text[end:]
        new = f"{prefix}{word}{SEPARATOR if not rest else ''}{rest}"
        self.setText(new)
        self.setCursorPosition(len(prefix) + len(word) + (len(SEPARATOR) if not rest else 0))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # While the list is open, Enter/Tab pick from it (QCompleter's popup handles them).
        if self._completer.popup().isVisible() and event.key() in (
                Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape,
                Qt.Key.Key_Backtab):
            event.ignore()
            return
        super().keyPressEvent(event)
