// The app's own light and dark palettes (`--color-scheme`, the e2e screenshots);
// Theme.qml derives every colour from whichever palette is in effect.
#pragma once

#include <QPalette>

namespace mptcp::gui {

[[nodiscard]] QPalette colorSchemePalette(bool dark);

} // namespace mptcp::gui
