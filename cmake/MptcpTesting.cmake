# Test registration helpers. Tests that cannot run (not root, no MPTCP, no
# NetworkManager) exit with 77, which ctest reports as "Skipped" (never "Passed").
set(MPTCP_SKIP_CODE 77)

# mptcp_add_qtest(<name> SOURCES ... [LIBS ...] LABELS ... [TIMEOUT s] [RUN_SERIAL])
function(mptcp_add_qtest name)
  cmake_parse_arguments(T "RUN_SERIAL" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test mptcp_testcommon ${T_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${name} PROPERTIES
    LABELS "${T_LABELS}"
    SKIP_RETURN_CODE ${MPTCP_SKIP_CODE}
    TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MPTCP_SOURCE_DIR=${PROJECT_SOURCE_DIR};MPTCP_BINARY_DIR=${PROJECT_BINARY_DIR}")
  if(T_RUN_SERIAL)
    set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
  endif()
endfunction()
