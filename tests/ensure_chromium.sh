#!/bin/sh
# Install Debian's chromium for the real-browser map tests (root with apt-get).
# Idempotent: returns at once when chromium is already there. Fails (exit 1, with the
# reason) when chromium is missing and cannot be installed: the browser tests are part
# of the suite, and a run without them must not pass as green.
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium: chromium is missing and this user cannot apt-get install it;" \
         "install Debian's 'chromium' package (the browser tests need it)" >&2
    exit 1
fi
echo "ensure_chromium: installing Debian chromium for the browser tests (once)..."
export DEBIAN_FRONTEND=noninteractive
if timeout 900 apt-get update -qq >/tmp/ensure_chromium.log 2>&1 &&
   timeout 1200 apt-get install -y -qq chromium >>/tmp/ensure_chromium.log 2>&1; then
    echo "ensure_chromium: $(chromium --version 2>/dev/null | head -n 1)"
else
    echo "ensure_chromium: apt-get install chromium failed (see /tmp/ensure_chromium.log);" \
         "the browser tests cannot run" >&2
    exit 1
fi
