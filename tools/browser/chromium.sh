#!/usr/bin/env bash
# Finds the Chromium the web console's browser test drives, installing Debian's package when it is missing and this
# user may (root, apt-get). Prints CHROMIUM_PATH=<path> as its last line; exits 1 with what to do otherwise.
set -euo pipefail
find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
if path="$(find_chromium)"; then echo "CHROMIUM_PATH=$path"; exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "chromium: not installed; installing Debian's chromium package (once, about 30 s)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2 ||
    { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >&2; }
  if path="$(find_chromium)"; then echo "CHROMIUM_PATH=$path"; exit 0; fi
fi
echo "chromium: none found; install it (Debian: apt-get install chromium) or set CHROMIUM_PATH" >&2
exit 1
