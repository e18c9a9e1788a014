# cmake -DSCDOC=... -DSOURCE=page.scd -DOUTPUT=page -DVERSION=x.y.z -P scdoc.cmake
# Puts the version into the page's header and runs scdoc on it. The page's date is
# SOURCE_DATE_EPOCH's when it is set (reproducible builds), else today's.
# Script mode sets no policies unless asked: under the old rules "@VERSION@" below would be
# read as the variable, and the pages said "pressdex @VERSION@".
cmake_minimum_required(VERSION 3.20)
file(READ "${SOURCE}" text)
string(REPLACE "@VERSION@" "${VERSION}" text "${text}")
get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${OUTPUT}.scd" "${text}")
execute_process(COMMAND "${SCDOC}" INPUT_FILE "${OUTPUT}.scd" OUTPUT_FILE "${OUTPUT}"
                RESULT_VARIABLE status ERROR_VARIABLE errors)
file(REMOVE "${OUTPUT}.scd")
if(NOT status EQUAL 0)
  file(REMOVE "${OUTPUT}")
  message(FATAL_ERROR "scdoc ${SOURCE}: ${errors}")
endif()
