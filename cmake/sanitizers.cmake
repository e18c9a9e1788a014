# Sanitizer and fuzzing instrumentation, included by the top-level CMakeLists.txt before
# any target is defined.
#
#   -DPRESSDEX_SANITIZE=address,undefined   build everything with these sanitizers
#                                           (scripts/test-sanitize)
#   -DPRESSDEX_FUZZ=ON                      clang only: instrument everything for libFuzzer
#                                           and build the harnesses in fuzz/ (scripts/fuzz);
#                                           implies address,undefined unless
#                                           PRESSDEX_SANITIZE names others
#
# Unlike warnings, these are directory-wide on purpose: a sanitizer has to see every object
# of the process (doctest's main, the fuzz harnesses, the static libraries), or it misses
# errors in the parts left out and reports false ones where instrumented and plain code
# share a container.

set(PRESSDEX_SANITIZE "" CACHE STRING
    "Comma-separated -fsanitize= list for every target, e.g. address,undefined")
option(PRESSDEX_FUZZ "Build the libFuzzer harnesses in fuzz/ (needs clang)" OFF)

set(pressdex_sanitizers "${PRESSDEX_SANITIZE}")
if(PRESSDEX_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PRESSDEX_FUZZ needs clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++, or use scripts/fuzz")
  endif()
  if(pressdex_sanitizers STREQUAL "")
    set(pressdex_sanitizers "address,undefined")
  endif()
  # Coverage instrumentation everywhere; only the harnesses link libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT pressdex_sanitizers STREQUAL "")
  message(STATUS "pressdex: building with -fsanitize=${pressdex_sanitizers}")
  # Readable stacks, and undefined behaviour stops the test instead of scrolling past.
  add_compile_options(-fsanitize=${pressdex_sanitizers} -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${pressdex_sanitizers})
endif()
