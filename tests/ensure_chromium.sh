#!/bin/sh
# Install Debian's chromium for the real-browser map tests, when this machine can:
# root and apt-get. Idempotent: returns at once when chromium is already there.
# Never fails the build: where chromium cannot be installed the browser tests skip
# with a one-line reason.
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: chromium missing and not root with apt-get; browser tests will skip"
    exit 0
fi
echo "ensure_chromium: installing Debian chromium for the browser tests (once)..."
export DEBIAN_FRONTEND=noninteractive
if timeout 900 apt-get update -qq >/tmp/ensure_chromium.log 2>&1 &&
   timeout 1200 apt-get install -y -qq chromium >>/tmp/ensure_chromium.log 2>&1; then
    echo "ensure_chromium: $(chromium --version 2>/dev/null | head -n 1)"
else
    echo "ensure_chromium: apt-get failed (see /tmp/ensure_chromium.log); browser tests will skip"
fi
exit 0
