# SPDX-License-Identifier: GPL-3.0-or-later
# The user guide's pictures of the window, made by the program itself on the demo data in
# each language, so that they never show an older CityLab than the one they ship with.
# cmake -DCITYLAB=<program> -DOUT=<folder> -P screenshots.cmake
# Under X (xvfb-run) where it exists, since the map's scene graph draws only there; offscreen
# otherwise, where the map shows its own message instead.
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT}/settings)
# the program's own settings stay out of the user's: no recent files, no language
set(ENV{XDG_CONFIG_HOME} ${OUT}/settings)
set(ENV{XDG_DATA_HOME} ${OUT}/settings)
set(ENV{XDG_CACHE_HOME} ${OUT}/settings)
set(ENV{HOME} ${OUT}/settings)   # the status line shows the demo as ~/demo.citylab
# the build has no network: the map shows its plain background instead of a warning that
# the tiles could not be fetched
file(WRITE ${OUT}/settings/CityLab/CityLab.conf "[map]\ntiles\\source=3\n")
set(demo ${OUT}/settings/demo.citylab)
execute_process(COMMAND ${CITYLAB} demo --db ${demo}
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "citylab demo failed (${result}): ${error}")
endif()

find_program(XVFB_RUN xvfb-run)
foreach(language it en)
    set(command ${CITYLAB} --db ${demo} --lang ${language} --screenshot ${OUT}/${language})
    if(XVFB_RUN)
        set(command ${XVFB_RUN} -a -s "-screen 0 1366x768x24" ${command})
    else()
        set(ENV{QT_QPA_PLATFORM} offscreen)
    endif()
    execute_process(COMMAND ${command} RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE error)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "citylab --screenshot (${language}) failed (${result}): ${error}")
    endif()
endforeach()
file(REMOVE_RECURSE ${OUT}/settings)
file(TOUCH ${OUT}/stamp)
