# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-format --dry-run -Werror over our C++ sources (app, widgets, tests) and fails on any difference.
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/widgets/*.cpp" "${SOURCE_DIR}/widgets/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror --style=file ${sources}
    RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "clang-format differences (run: clang-format -i on the files below)\n${out}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files formatted correctly")
