# The Activity page (live MPTCP connections, subflows per path, traffic plot):
# QML files and the C++ types it registers, relative to qml/.
set(MPTCP_QML_ACTIVITY_FILES
  pages/activity/ActivityPage.qml
)
set(MPTCP_QML_ACTIVITY_SOURCES
)
