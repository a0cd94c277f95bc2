# The Diagnostics page (checks with fixes, MPTcpExt counters, debug report):
# QML files and the C++ types it registers, relative to qml/.
set(MPTCP_QML_DIAGNOSTICS_FILES
  pages/diagnostics/DiagnosticsPage.qml
)
set(MPTCP_QML_DIAGNOSTICS_SOURCES
)
