pragma Singleton
import QtQuick

// Colours and sizes derived from the system palette, so light and dark themes and
// any accent colour work without a second stylesheet.
QtObject {
    id: theme

    readonly property SystemPalette palette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property SystemPalette disabledPalette: SystemPalette { colorGroup: SystemPalette.Disabled }
    readonly property bool dark: palette.window.hslLightness < 0.5

    readonly property color window: palette.window
    readonly property color card: dark ? Qt.lighter(palette.window, 1.25) : palette.base
    readonly property color cardBorder: dark ? Qt.lighter(palette.window, 1.6) : Qt.darker(palette.window, 1.12)
    readonly property color text: palette.windowText
    readonly property color secondaryText: Qt.rgba(text.r, text.g, text.b, 0.68)
    readonly property color accent: palette.highlight
    readonly property color accentText: palette.highlightedText
    readonly property color sidebar: dark ? Qt.darker(palette.window, 1.15) : Qt.darker(palette.window, 1.04)

    readonly property color good: dark ? "#7fd18b" : "#1e7b34"
    readonly property color warning: dark ? "#f3c061" : "#9a5b00"
    readonly property color error: dark ? "#f28b82" : "#b3261e"
    readonly property color info: dark ? Qt.lighter(accent, 1.3) : accent
    function tint(c, alpha) { return Qt.rgba(c.r, c.g, c.b, alpha) }

    readonly property int spacing: 12
    readonly property int smallSpacing: 6
    readonly property int radius: 10
    readonly property real titleSize: 22
    readonly property real headingSize: 15
    readonly property int maxContentWidth: 860
    readonly property string monoFamily: "DejaVu Sans Mono"
}
