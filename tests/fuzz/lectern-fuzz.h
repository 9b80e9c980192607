/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

/*
 * One fuzz target: runs one input through the code under test and checks
 * what must hold for any input. A broken rule aborts (g_assert), so that
 * libFuzzer and the replay test both see it. Returns 0 (libFuzzer's "keep
 * going"). Each of fuzz-pack.c and fuzz-progress.c defines it; fuzz-main.c
 * (libFuzzer) and replay.c (ordinary test) call it.
 */
int lectern_fuzz_one (const uint8_t *data,
                      size_t         size);
