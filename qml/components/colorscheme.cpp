#include "colorscheme.h"

namespace mptcp::gui {

QPalette colorSchemePalette(bool dark)
{
    QPalette p;
    const QColor accent = dark ? QColor(0x5b, 0x9b, 0xf0) : QColor(0x2a, 0x6f, 0xdb);
    const QColor window = dark ? QColor(0x24, 0x25, 0x28) : QColor(0xf4, 0xf5, 0xf7);
    const QColor base = dark ? QColor(0x1c, 0x1d, 0x20) : QColor(0xff, 0xff, 0xff);
    const QColor text = dark ? QColor(0xe8, 0xe8, 0xea) : QColor(0x1f, 0x20, 0x23);
    const QColor button = dark ? QColor(0x34, 0x36, 0x3a) : QColor(0xf7, 0xf8, 0xfa);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x2a, 0x2b, 0x2f) : QColor(0xf0, 0xf1, 0xf4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(0x8a, 0x8c, 0x91) : QColor(0x80, 0x82, 0x88));
    p.setColor(QPalette::Light, dark ? QColor(0x44, 0x46, 0x4b) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? QColor(0x3a, 0x3c, 0x40) : QColor(0xe3, 0xe4, 0xe8));
    p.setColor(QPalette::Mid, dark ? QColor(0x2e, 0x2f, 0x33) : QColor(0xc4, 0xc6, 0xcc));
    p.setColor(QPalette::Dark, dark ? QColor(0x17, 0x18, 0x1a) : QColor(0x9a, 0x9c, 0xa3));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    p.setColor(QPalette::Link, accent);
    const QColor disabledText = dark ? QColor(0x78, 0x7a, 0x80) : QColor(0xa0, 0xa2, 0xa8);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    return p;
}

} // namespace mptcp::gui
