# One INTERFACE target carries the compile settings every library and program shares.
add_library(open211_common INTERFACE)
target_compile_features(open211_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(open211_common INTERFACE -Wall -Wextra)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
    message(STATUS "CI is set: warnings are errors")
    target_compile_options(open211_common INTERFACE -Werror)
endif()
target_compile_definitions(open211_common INTERFACE
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060000
    OPEN211_VERSION="${PROJECT_VERSION}")

# add_unit_test(NAME n SOURCES ... LIBS ... [LABELS ...] [GUI] [WEBENGINE] [KEYRING] [TIMEOUT s])
# A QtTest executable registered with CTest; GUI tests run on the offscreen platform,
# WebEngine tests on an X server of their own, KEYRING tests with a real Secret Service (GNOME
# Keyring in a D-Bus session of their own: tests/run-with-keyring.sh).
function(add_unit_test)
    cmake_parse_arguments(T "GUI;WEBENGINE;KEYRING" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE open211_common Qt6::Test ${T_LIBS})
    find_program(OPEN211_XVFB Xvfb)
    set(command $<TARGET_FILE:${T_NAME}>)
    if(T_WEBENGINE AND OPEN211_XVFB)
        # A display of its own (see tests/run-on-own-display.sh).
        set(command "${PROJECT_SOURCE_DIR}/tests/run-on-own-display.sh" ${command})
    endif()
    if(T_KEYRING)
        set(command "${PROJECT_SOURCE_DIR}/tests/run-with-keyring.sh" ${command})
    endif()
    add_test(NAME ${T_NAME} COMMAND ${command})
    set(env "OPEN211_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared" "OPEN211_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "LC_ALL=C.UTF-8")
    if(T_GUI OR T_WEBENGINE)
        # A home of its own: the screens' tests keep settings (QSettings in QtTest's test mode
        # lives under ~/.qttest), and two of them running side by side (ctest -j) must not read
        # each other's.
        set(home "${CMAKE_BINARY_DIR}/test-home/${T_NAME}")
        file(MAKE_DIRECTORY "${home}")
        list(APPEND env "HOME=${home}")
    endif()
    if(T_WEBENGINE)
        list(APPEND env "QTWEBENGINE_DISABLE_SANDBOX=1" "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu")
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    if(NOT T_KEYRING)
        # No keychain but a KEYRING test's own: nothing reaches (or autolaunches) the desktop's
        # session bus, and the keychain's absence is answered at once.
        list(APPEND env "DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/open211-no-bus")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}")
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
    if(T_TIMEOUT)
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
    else()
        set_tests_properties(${T_NAME} PROPERTIES TIMEOUT 300)
    endif()
endfunction()
