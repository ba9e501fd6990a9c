#!/bin/sh
# Usage: ensure_debian.sh PACKAGE CHECK WHAT
# Install Debian's PACKAGE (as root, with apt-get) unless the shell command CHECK already
# succeeds: chromium for the real-browser map tests, python3-qgis for the test that opens
# our GeoPackage in QGIS itself. Idempotent: returns at once when CHECK succeeds. Fails
# (exit 1, with the reason) when the package is missing and cannot be installed: those
# tests are part of the suite, and a run without them must not pass as green.
pkg=$1 check=$2 what=$3
if sh -c "$check" >/dev/null 2>&1; then
    exit 0
fi
log=/tmp/ensure_$pkg.log
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_debian: $pkg is missing and this user cannot apt-get install it;" \
         "install Debian's '$pkg' package ($what needs it)" >&2
    exit 1
fi
echo "ensure_debian: installing Debian $pkg for $what (once)..."
export DEBIAN_FRONTEND=noninteractive
if timeout 900 apt-get update -qq >"$log" 2>&1 &&
   timeout 1800 apt-get install -y -qq "$pkg" >>"$log" 2>&1 &&
   sh -c "$check" >/dev/null 2>&1; then
    echo "ensure_debian: $pkg installed"
else
    echo "ensure_debian: apt-get install $pkg failed (see $log); $what cannot run" >&2
    exit 1
fi
