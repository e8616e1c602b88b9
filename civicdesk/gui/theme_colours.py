"""The colours of each theme, as data: the Qt palette and the colours CivicDesk draws with.

Every colour a model, a delegate or a painted widget uses comes from here (through
`themes.tone` / `themes.surface` / `themes.line`), so each theme is one table to read and
`tests/test_gui_themes.py` can check every text colour against what it is drawn on:
at least 4.5:1 (WCAG 2.x, `contrast`), focus rings and grid lines at least 3:1.

- `palette`: Qt palette roles (active and inactive windows alike); `disabled` the roles
  that change for a disabled control.
- `tones`: text colours written straight on the window, a field or an alternate table row
  (error, warning, late ...): each is checked against Window, Base and AlternateBase.
- `surfaces`: fills with the text colours drawn on them (a late table row, a request
  card, a week-calendar card, a badge): each text against its own fill.
- `lines`: what is not text: the focus ring, card borders, grid lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Surface:
    """A fill and the text colours drawn on it (`text` always; the others where used)."""

    fill: str
    text: str
    secondary: str = ""  # a second line (who, when)
    accent: str = ""  # what stands out on it (late, the helper, open places)
    muted: str = ""  # what is less important (no helper yet)

    def texts(self) -> dict[str, str]:
        return {name: value for name, value in (
            ("text", self.text), ("secondary", self.secondary), ("accent", self.accent),
            ("muted", self.muted)) if value}


@dataclass(frozen=True)
class Scheme:
    name: str
    dark: bool
    palette: dict[str, str]
    disabled: dict[str, str]
    tones: dict[str, str]
    surfaces: dict[str, Surface]
    lines: dict[str, str] = field(default_factory=dict)
    outlined: bool = False  # draw every field's and button's edge (high contrast)


TONES = ("error", "warning", "success", "info", "muted", "late", "unfilled")
SURFACES = ("late_row", "unfilled_cell", "notice", "badge", "card", "card_selected",
            "card_late", "shift", "shift_unfilled", "shift_cancelled", "today_header",
            "board", "board_new", "board_assigned", "board_in_progress", "board_resolved",
            "board_closed", "board_cancelled")
LINES = ("focus", "card_border", "grid", "today_tint", "outline", "unfilled_border", "late_edge")

LIGHT = Scheme(
    name="light", dark=False,
    palette={
        "Window": "#efefef", "WindowText": "#000000", "Base": "#ffffff",
        "AlternateBase": "#f5f5f5", "Text": "#000000", "Button": "#e8e8e8",
        "ButtonText": "#000000", "BrightText": "#b00020", "Highlight": "#1f5fa8",
        "HighlightedText": "#ffffff", "Link": "#0b57b8", "LinkVisited": "#6a3d9a",
        "ToolTipBase": "#ffffdc", "ToolTipText": "#000000", "PlaceholderText": "#666666",
        "Light": "#ffffff", "Midlight": "#d8d8d8", "Mid": "#b4b4b4", "Dark": "#8c8c8c",
        "Shadow": "#555555", "Accent": "#1f5fa8",
    },
    # WCAG exempts inactive controls (1.4.3); 3:1 keeps them readable and still fainter.
    disabled={"WindowText": "#7a7a7a", "Text": "#7a7a7a", "ButtonText": "#7a7a7a",
              "Highlight": "#8c8c8c", "HighlightedText": "#ffffff",
              "PlaceholderText": "#7a7a7a"},
    tones={"error": "#b00020", "warning": "#8a5300", "success": "#1a6b2d", "info": "#1f5fa8",
           "muted": "#5e5e5e", "late": "#9b1c1c", "unfilled": "#8a4b00"},
    surfaces={
        "late_row": Surface("#fde2e1", "#000000", accent="#9b1c1c"),
        "unfilled_cell": Surface("#fff1d6", "#000000", accent="#8a4b00"),
        "notice": Surface("#fff4ce", "#000000"),
        "badge": Surface("#8a4b00", "#ffffff"),
        "card": Surface("#ffffff", "#000000", "#333333", "#1d4f91", "#5e5e5e"),
        "card_selected": Surface("#dce8fa", "#000000", "#2b2b2b", "#1d4f91", "#4f4f4f"),
        "card_late": Surface("#fde2e1", "#000000", "#333333", "#9b1c1c", "#555555"),
        "shift": Surface("#ffffff", "#1d1d1d", accent="#2e6b3a"),
        "shift_unfilled": Surface("#fff1d6", "#1d1d1d", accent="#8a4b00"),
        "shift_cancelled": Surface("#ececec", "#1d1d1d", accent="#4f4f4f"),
        "today_header": Surface("#1f5fa8", "#ffffff"),
        "board": Surface("#f4f4f2", "#000000"),
        "board_new": Surface("#e3ecfa", "#000000"),
        "board_assigned": Surface("#e6f4ea", "#000000"),
        "board_in_progress": Surface("#fff4cf", "#000000"),
        "board_resolved": Surface("#e8e3f6", "#000000"),
        "board_closed": Surface("#eceff1", "#000000"),
        "board_cancelled": Surface("#f4e4e4", "#000000"),
    },
    lines={"focus": "#1f5fa8", "card_border": "#8c8c8c", "grid": "#c8c8c8",
           "today_tint": "#e8f1fb", "outline": "#8c8c8c", "unfilled_border": "#b36b00",
           "late_edge": "#9b1c1c"},
)

DARK = Scheme(
    name="dark", dark=True,
    palette={
        "Window": "#2b2b2b", "WindowText": "#eeeeee", "Base": "#1e1e1e",
        "AlternateBase": "#272727", "Text": "#eeeeee", "Button": "#3a3a3a",
        "ButtonText": "#eeeeee", "BrightText": "#ff8a80", "Highlight": "#3570c8",
        "HighlightedText": "#ffffff", "Link": "#8ab8ff", "LinkVisited": "#c6a5f5",
        "ToolTipBase": "#3c3c3c", "ToolTipText": "#eeeeee", "PlaceholderText": "#a6a6a6",
        "Light": "#505050", "Midlight": "#444444", "Mid": "#5a5a5a", "Dark": "#1a1a1a",
        "Shadow": "#0e0e0e", "Accent": "#3570c8",
    },
    disabled={"WindowText": "#8a8a8a", "Text": "#8a8a8a", "ButtonText": "#8a8a8a",
              "Highlight": "#505050", "HighlightedText": "#d0d0d0",
              "PlaceholderText": "#8a8a8a"},
    tones={"error": "#ff8a80", "warning": "#f2b560", "success": "#7fd48f", "info": "#8ab8ff",
           "muted": "#b4b4b4", "late": "#ff9a90", "unfilled": "#f5b763"},
    surfaces={
        "late_row": Surface("#4a1e1e", "#eeeeee", accent="#ffb4ab"),
        "unfilled_cell": Surface("#45320f", "#eeeeee", accent="#ffd08a"),
        "notice": Surface("#463c12", "#eeeeee"),
        "badge": Surface("#f5b763", "#1e1e1e"),
        "card": Surface("#333333", "#f2f2f2", "#d6d6d6", "#a8c8ff", "#b8b8b8"),
        "card_selected": Surface("#23406b", "#ffffff", "#e4e4e4", "#c8dcff", "#cfcfcf"),
        "card_late": Surface("#4a1e1e", "#f2f2f2", "#dddddd", "#ffb4ab", "#c4c4c4"),
        "shift": Surface("#333333", "#f2f2f2", accent="#8fdc9c"),
        "shift_unfilled": Surface("#45320f", "#f2f2f2", accent="#ffd08a"),
        "shift_cancelled": Surface("#2a2a2a", "#d0d0d0", accent="#bcbcbc"),
        "today_header": Surface("#3570c8", "#ffffff"),
        "board": Surface("#242424", "#eeeeee"),
        "board_new": Surface("#26344a", "#eeeeee"),
        "board_assigned": Surface("#243a2b", "#eeeeee"),
        "board_in_progress": Surface("#453c1c", "#eeeeee"),
        "board_resolved": Surface("#342d48", "#eeeeee"),
        "board_closed": Surface("#33383b", "#eeeeee"),
        "board_cancelled": Surface("#472a2a", "#eeeeee"),
    },
    lines={"focus": "#8ab8ff", "card_border": "#6e6e6e", "grid": "#4a4a4a",
           "today_tint": "#22303f", "outline": "#7a7a7a", "unfilled_border": "#e0a040",
           "late_edge": "#ff9a90"},
)

HIGH_CONTRAST = Scheme(
    name="high-contrast", dark=True, outlined=True,
    palette={
        "Window": "#000000", "WindowText": "#ffffff", "Base": "#000000",
        "AlternateBase": "#141414", "Text": "#ffffff", "Button": "#000000",
        "ButtonText": "#ffffff", "BrightText": "#ffff00", "Highlight": "#ffff00",
        "HighlightedText": "#000000", "Link": "#00ffff", "LinkVisited": "#ff99ff",
        "ToolTipBase": "#000000", "ToolTipText": "#ffffff", "PlaceholderText": "#c8c8c8",
        "Light": "#ffffff", "Midlight": "#c8c8c8", "Mid": "#ffffff", "Dark": "#ffffff",
        "Shadow": "#ffffff", "Accent": "#ffff00",
    },
    disabled={"WindowText": "#a0a0a0", "Text": "#a0a0a0", "ButtonText": "#a0a0a0",
              "Highlight": "#a0a0a0", "HighlightedText": "#000000",
              "PlaceholderText": "#a0a0a0"},
    tones={"error": "#ff9b9b", "warning": "#ffd75e", "success": "#7dff7d", "info": "#80d8ff",
           "muted": "#d0d0d0", "late": "#ff9b9b", "unfilled": "#ffd75e"},
    surfaces={
        "late_row": Surface("#3d0000", "#ffffff", accent="#ffb3b3"),
        "unfilled_cell": Surface("#332600", "#ffffff", accent="#ffd75e"),
        "notice": Surface("#000000", "#ffffff"),
        "badge": Surface("#ffd75e", "#000000"),
        "card": Surface("#000000", "#ffffff", "#ffffff", "#80d8ff", "#d0d0d0"),
        "card_selected": Surface("#ffff00", "#000000", "#000000", "#000000", "#000000"),
        "card_late": Surface("#3d0000", "#ffffff", "#ffffff", "#ffb3b3", "#e0e0e0"),
        "shift": Surface("#000000", "#ffffff", accent="#7dff7d"),
        "shift_unfilled": Surface("#332600", "#ffffff", accent="#ffd75e"),
        "shift_cancelled": Surface("#000000", "#d0d0d0", accent="#d0d0d0"),
        "today_header": Surface("#ffff00", "#000000"),
        "board": Surface("#000000", "#ffffff"),
        "board_new": Surface("#000000", "#ffffff"),
        "board_assigned": Surface("#000000", "#ffffff"),
        "board_in_progress": Surface("#000000", "#ffffff"),
        "board_resolved": Surface("#000000", "#ffffff"),
        "board_closed": Surface("#000000", "#ffffff"),
        "board_cancelled": Surface("#000000", "#ffffff"),
    },
    lines={"focus": "#ffff00", "card_border": "#ffffff", "grid": "#a0a0a0",
           "today_tint": "#101830", "outline": "#ffffff", "unfilled_border": "#ffd75e",
           "late_edge": "#ff9b9b"},
)

SCHEMES = {scheme.name: scheme for scheme in (LIGHT, DARK, HIGH_CONTRAST)}


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of "#rrggbb"."""
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, other: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
