#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Time from launch to first frame: `lectern` (bundled pack) against a bare
# AdwApplicationWindow, alternating, in the same display server.
#
#   tests/tools/measure-startup.sh BUILD_DIR [RUNS]      (default 15 runs each)
#
# Both programs get tests/bench/first-frame-shim.so preloaded: it prints the
# monotonic time of the first "after-paint" of the first window presented and
# ends the process. The launch time is taken just before the fork, on the
# same clock (CLOCK_MONOTONIC). Without a DISPLAY it starts Xvfb itself.
set -eu

build=$(cd "${1:?usage: $0 BUILD_DIR [RUNS]}" && pwd)
runs=${2:-15}

if [ -z "${DISPLAY:-}" ] && [ -z "${LECTERN_UNDER_XVFB:-}" ]; then
  LECTERN_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
    "$0" "$@"
fi

for f in src/lectern tests/bench/bare-window tests/bench/first-frame-shim.so; do
  [ -x "$build/$f" ] || [ -f "$build/$f" ] || { echo "missing $build/$f: build first" >&2; exit 1; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

exec /usr/bin/python3 - "$build" "$runs" "$scratch" <<'PY'
import os, re, shutil, statistics, subprocess, sys, time

build, runs, scratch = sys.argv[1], int(sys.argv[2]), sys.argv[3]
programs = {
    "bare AdwApplicationWindow": [os.path.join(build, "tests/bench/bare-window")],
    "lectern (bundled pack)": [os.path.join(build, "src/lectern")],
}
env = dict(os.environ,
           LD_PRELOAD=os.path.join(build, "tests/bench/first-frame-shim.so"),
           LECTERN_EXIT_AFTER_FIRST_FRAME="1",
           GSETTINGS_BACKEND="memory",
           GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
           XDG_DATA_HOME=os.path.join(scratch, "data"),
           XDG_CONFIG_HOME=os.path.join(scratch, "config"),
           XDG_CACHE_HOME=os.path.join(scratch, "cache"),
           GTK_A11Y="none", NO_AT_BRIDGE="1", LC_ALL="C.UTF-8")
env.pop("MALLOC_CHECK_", None)

def launch(argv):
    start = time.monotonic_ns() // 1000
    p = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       timeout=60, text=True)
    for line in p.stdout.splitlines():
        if line.startswith("first-frame "):
            return (int(line.split()[1]) - start) / 1000.0
    raise SystemExit(f"{argv[0]}: no first frame reported (exit status {p.returncode})")

# One run each to warm the disk cache and the font and icon caches.
for argv in programs.values():
    launch(argv)

times = {name: [] for name in programs}
for _ in range(runs):
    for name, argv in programs.items():
        times[name].append(launch(argv))

medians = {}
for name, values in times.items():
    medians[name] = statistics.median(values)
    print(f"{name}: median {medians[name]:.1f} ms to first frame "
          f"(min {min(values):.1f}, max {max(values):.1f}, {runs} runs)")
bare, lectern = medians.values()
print(f"startup ratio lectern / bare window: {lectern / bare:.2f}x (goal <= 1.15x)")

# Instructions to first frame under callgrind: the same count on a busy
# machine, where times are not.
if shutil.which("valgrind"):
    counts = {}
    for name, argv in programs.items():
        out = os.path.join(scratch, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *argv],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        with open(out) as f:
            total = next((int(m.group(1)) for line in f
                          if (m := re.match(r"(?:summary|totals): (\d+)", line))), None)
        if total is None:
            raise SystemExit(f"{argv[0]}: no callgrind total")
        counts[name] = total
        print(f"{name}: {total / 1e6:.0f} million instructions to first frame (callgrind)")
    bare, lectern = counts.values()
    print(f"instruction ratio lectern / bare window: {lectern / bare:.2f}x")
else:
    print("valgrind not installed: no instruction counts")
PY
