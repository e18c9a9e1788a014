# `cpack -G DEB` (scripts/package): two Debian packages from one build configured with
# -DCMAKE_INSTALL_PREFIX=/usr:
#   pressdex         the programs, libpressdex, man pages, bash completion, the service
#   libpressdex-dev  headers, CMake package, pkg-config file, the libpressdex.so link
# Dependencies come from dpkg-shlibdeps. Included from the top-level CMakeLists.txt, since
# CPack reads the variables of that scope.

# The version is the changelog's: VERSION, then the Debian revision. A new VERSION needs a
# new changelog entry first.
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/debian/changelog" changelog_top LIMIT_COUNT 1)
if(NOT changelog_top MATCHES "^pressdex \\(([^-)]+)-([^)]+)\\)")
  message(FATAL_ERROR "packaging/debian/changelog: the first line must read 'pressdex (VERSION-REVISION) ...'")
endif()
set(changelog_version "${CMAKE_MATCH_1}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${CMAKE_MATCH_2}")
if(NOT changelog_version STREQUAL PROJECT_VERSION)
  message(WARNING "packaging/debian/changelog is at ${changelog_version}, VERSION at "
                  "${PROJECT_VERSION}: add a changelog entry (dch -v ${PROJECT_VERSION}-1) "
                  "before making a package")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pressdex)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "pressdex")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER
    "pressdex maintainers <maintainers@users.noreply.r-seed-46a4c44c.example>")
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
# Files installed to absolute places (/etc/default, /lib/systemd) go into the package too.
set(CPACK_SET_DESTDIR ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL pressdex dev)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # pressdex_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_PRESSDEX_PACKAGE_NAME pressdex)
set(CPACK_DEBIAN_PRESSDEX_PACKAGE_SECTION text)
# Descriptions: the summary, then the long text, which CPack indents (an empty line
# becomes " .").
set(CPACK_DEBIAN_PRESSDEX_DESCRIPTION "full-text search for folders of press releases
pressdex indexes folders of press releases (text, Markdown, HTML) with Xapian
and answers ranked free-text, phrase, boolean and field queries: who is
quoted (speaker:), the organisations named (org:), roles, quotations,
headlines, datelines and dates.

This package has the programs pressdex-index and pressdex-search, the
shared library libpressdex, man pages, bash completion, and
pressdex-watch.service, which keeps an index of a folder up to date as
releases arrive (disabled until enabled).")
# libpressdex.so.0 lies in this package: dpkg-shlibdeps finds it there, and a shlibs file
# lets programs built against it depend on this package.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${CMAKE_INSTALL_FULL_LIBDIR}")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# Maintainer scripts (the system user, systemd), /etc/default/pressdex as a conffile, and
# the ldconfig trigger that CPack's own scripts would otherwise have run.
set(CPACK_DEBIAN_PRESSDEX_PACKAGE_CONTROL_EXTRA
  "${CMAKE_CURRENT_LIST_DIR}/debian/postinst"
  "${CMAKE_CURRENT_LIST_DIR}/debian/prerm"
  "${CMAKE_CURRENT_LIST_DIR}/debian/postrm"
  "${CMAKE_CURRENT_LIST_DIR}/debian/conffiles"
  "${CMAKE_CURRENT_LIST_DIR}/debian/triggers")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libpressdex-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
    "pressdex (= ${PROJECT_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE})")
set(CPACK_DEBIAN_DEV_DESCRIPTION "full-text search for press releases: development files
pressdex indexes folders of press releases with Xapian and searches them.

This package has what programs embedding the pressdex searcher need: the C++
headers of libpressdex, its CMake package (find_package(pressdex), target
pressdex::searcher) and its pkg-config file.")

include(CPack)
