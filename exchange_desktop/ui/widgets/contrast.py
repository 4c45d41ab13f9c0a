"""Colours that stay readable: contrast ratios (WCAG 2.x, used by EN 301 549) and the few
colours of our own (errors, warnings, muted rows, tinted cells) taken from the palette, so
that the light, the dark (Windows' dark mode) and the high-contrast palettes all work."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

#: EN 301 549 11.1.4.3 / WCAG 1.4.3: normal text against its background.
TEXT_CONTRAST = 4.5
#: EN 301 549 11.1.4.11 / WCAG 1.4.11: a focus indicator or a control's boundary.
NON_TEXT_CONTRAST = 3.0

_LIGHT = {"error": "#b00020", "warning": "#8a4b00", "muted": "#5f5f5f"}
_DARK = {"error": "#ff8a80", "warning": "#ffcc80", "muted": "#b8b8b8"}
_TINTS_LIGHT = {
    "green": "#dff3e3",
    "yellow": "#fff4d6",
    "red": "#f9e0e0",
    "grey": "#e6e6e6",
    "blue": "#e3ecf7",
    "suggested": "#cfe3ff",
    "break": "#eef1f5",
}
_TINTS_DARK = {
    "green": "#1f3d27",
    "yellow": "#453a17",
    "red": "#4a2222",
    "grey": "#3a3a3a",
    "blue": "#1f3049",
    "suggested": "#1d3a66",
    "break": "#2b3038",
}


def luminance(colour: QColor) -> float:
    """Relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text is light on a dark window (Windows' dark mode, a dark high contrast)."""
    chosen = _palette(palette)
    window = chosen.color(QPalette.ColorRole.Window)
    return luminance(window) < luminance(chosen.color(QPalette.ColorRole.WindowText))


def readable(colour: QColor, background: QColor) -> QColor:
    """``colour`` if it reads on ``background`` (4.5:1), else black or white, what reads."""
    if contrast(colour, background) >= TEXT_CONTRAST:
        return colour
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, background) >= contrast(white, background) else white


def role_colour(role: str, palette: QPalette | None = None) -> QColor:
    """Our colour for ``role`` ("error", "warning", "muted") on the window's background,
    checked: a palette where it would not read (high contrast) gets its plain text colour."""
    chosen = _palette(palette)
    colour = QColor((_DARK if is_dark(chosen) else _LIGHT)[role])
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        if contrast(colour, chosen.color(background)) < TEXT_CONTRAST:
            return chosen.color(QPalette.ColorRole.WindowText)
    return colour


def role_style(role: str) -> str:
    """A style sheet rule giving a label the colour of ``role`` in the current palette."""
    return f"color: {role_colour(role).name()};"


def tint(name: str, palette: QPalette | None = None) -> QColor:
    """A cell's background tint ("green", "yellow", "red", …) for the current palette."""
    return QColor((_TINTS_DARK if is_dark(palette) else _TINTS_LIGHT)[name])


def text_on(background: QColor, palette: QPalette | None = None) -> QColor:
    """The palette's text colour when it reads on ``background``, else black or white."""
    return readable(_palette(palette).color(QPalette.ColorRole.Text), background)


def dark_palette() -> QPalette:
    """The palette Qt gives the Fusion style in Windows' dark mode (for tests and pictures)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1e1e1e",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#2d2d2d",
        QPalette.ColorRole.AlternateBase: "#353535",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.Button: "#3c3c3c",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#0078d4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b2b2b",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3f3f3f",
        QPalette.ColorRole.Mid: "#2a2a2a",
        QPalette.ColorRole.Dark: "#141414",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#8c8c8c"))
    return palette


def readable_placeholders(palette: QPalette) -> QPalette:
    """``palette`` with placeholder text ("hh:mm", "gg/mm": instructions) at 4.5:1 on the
    fields: Fusion draws it at half the text's strength, 3.9:1 on white."""
    base = palette.color(QPalette.ColorRole.Base)
    muted = role_colour("muted", palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        shown = over(palette.color(group, QPalette.ColorRole.PlaceholderText), base)
        if contrast(shown, base) < TEXT_CONTRAST:
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
    return palette


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` as painted over ``background`` (its transparency blended in)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )
