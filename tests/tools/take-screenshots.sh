#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The screenshots in data/screenshots/: the built app at 360, 800 and 1280 px
# wide, in light and dark style, each in a display server of exactly that
# size, from a fresh profile, driven through AT-SPI.
#
#   build-aux/lectern-dev shell -- tests/tools/take-screenshots.sh _build [OUT_DIR]
set -eu

build=$(cd "${1:?usage: $0 BUILD_DIR [OUT_DIR]}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
out=${2:-$src/data/screenshots}
mkdir -p "$out"
export LECTERN="$build/src/lectern" GSETTINGS_SCHEMA_DIR="$build/data" LANGUAGE=en
for size in 360x760 800x640 1280x800; do
  for scheme in light dark; do
    HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d) \
      xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" dbus-run-session -- \
      /usr/bin/python3 "$src/tests/tools/take-screenshots.py" "$size" "$scheme" "$out"
  done
done
