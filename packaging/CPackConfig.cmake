# SPDX-License-Identifier: GPL-3.0-or-later
# Debian package of the client and the server; NSIS/WiX installers come later.
set(CPACK_PACKAGE_NAME "etwinning-desktop")
set(CPACK_PACKAGE_VENDOR "eTwinning Desktop project")
set(CPACK_PACKAGE_CONTACT "eTwinning Desktop maintainers <maintainers@etwinning-desktop.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline-first desktop client for eTwinning teachers, and its server")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The SQL drivers are plugins, which dpkg-shlibdeps cannot see; libzxcvbn0 (new passwords'
# strength, client and server) it finds, and is named here too so that the list is whole.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libzxcvbn0, gnome-keyring | kwalletmanager")
include(CPack)
