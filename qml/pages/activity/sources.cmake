# The Activity page (live MPTCP connections, subflows per path, traffic plot,
# notification and tray settings): QML files and the C++ types it registers,
# relative to qml/. The traffic plot is drawn with Qt Quick Shapes.
set(MPTCP_QML_ACTIVITY_FILES
  pages/activity/ActivityPage.qml
  pages/activity/ConnectionDelegate.qml
  pages/activity/SubflowRow.qml
  pages/activity/TrafficCard.qml
  pages/activity/TrafficChart.qml
  pages/activity/NotificationSettings.qml
)
set(MPTCP_QML_ACTIVITY_SOURCES
  pages/activity/activitycontext.h
  pages/activity/activitycontext.cpp
)
# The generated type registrations include the headers by file name; the module's
# target exists only once qml/CMakeLists.txt is processed, hence deferred (its
# arguments are expanded when it runs, so the folder is kept in a variable).
set(MPTCP_QML_ACTIVITY_DIR ${CMAKE_CURRENT_LIST_DIR})
cmake_language(DEFER CALL target_include_directories mptcp_settings_qml PRIVATE ${MPTCP_QML_ACTIVITY_DIR})
