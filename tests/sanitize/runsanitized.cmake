# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=… -DBINARY_DIR=… -DCC=clang -DCXX=clang++ -DDEPS_PREFIX=… -DGENERATOR=Ninja -P runsanitized.cmake
# Builds the BUNDLESCOPE_SANITIZE tree and runs its tests with the sanitizers set to stop at the first report.
#
# Options: halt_on_error and -fno-sanitize-recover=all make every ASan/UBSan report fatal (the test exits non-zero
# instead of printing and going on). LeakSanitizer stays on (detect_leaks=1): QtCore, QtTest and KArchive are
# leak-free on these headless tests (all pass without a suppression file), so a leak report points at our code.
# print_stacktrace=1 gives UBSan reports a stack.
if(NOT CC OR NOT CXX)
    message(FATAL_ERROR "sanitize.readers_cli needs clang: install the Debian package clang (apt-get install clang)")
endif()
string(TIMESTAMP started "%s")

execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
        -DCMAKE_C_COMPILER=${CC} -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=RelWithDebInfo
        -DBUNDLESCOPE_SANITIZE=ON -DBUNDLESCOPE_DEPS_PREFIX=${DEPS_PREFIX}
    RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring the sanitizer tree in ${BINARY_DIR} failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BINARY_DIR} -j2 RESULT_VARIABLE result OUTPUT_VARIABLE log
    ERROR_VARIABLE log)
if(NOT result EQUAL 0)
    message("${log}")
    message(FATAL_ERROR "building the sanitizer tree in ${BINARY_DIR} failed")
endif()
string(TIMESTAMP built "%s")

set(ENV{ASAN_OPTIONS} "halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1")
set(ENV{UBSAN_OPTIONS} "halt_on_error=1:print_stacktrace=1")
set(ENV{LSAN_OPTIONS} "print_suppressions=0")
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${BINARY_DIR} -j2 --output-on-failure -LE "benchmark|corpus"
    RESULT_VARIABLE result)
string(TIMESTAMP finished "%s")
math(EXPR build_seconds "${built} - ${started}")
math(EXPR test_seconds "${finished} - ${built}")
message("sanitize.readers_cli: build ${build_seconds} s, tests ${test_seconds} s")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "a test failed under AddressSanitizer/UndefinedBehaviorSanitizer (see above)")
endif()
