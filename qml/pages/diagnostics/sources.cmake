# The Diagnostics page (checks with fixes, MPTcpExt counters, debug report):
# QML files and the C++ types it registers, relative to qml/.
set(MPTCP_QML_DIAGNOSTICS_FILES
  pages/diagnostics/DiagnosticsPage.qml
  pages/diagnostics/CheckRow.qml
  pages/diagnostics/CounterRow.qml
  pages/diagnostics/ReportSection.qml
)
set(MPTCP_QML_DIAGNOSTICS_SOURCES
  pages/diagnostics/diagnosticscontroller.h
  pages/diagnostics/diagnosticscontroller.cpp
  pages/diagnostics/exampledata.h
  pages/diagnostics/exampledata.cpp
)
# The generated type registrations include diagnosticscontroller.h by file name; the
# module's target exists only once qml/CMakeLists.txt is processed, hence deferred.
set(MPTCP_QML_DIAGNOSTICS_DIR ${CMAKE_CURRENT_LIST_DIR})
cmake_language(DEFER CALL target_include_directories mptcp_settings_qml PRIVATE ${MPTCP_QML_DIAGNOSTICS_DIR})
