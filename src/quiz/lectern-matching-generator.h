/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-question-generator.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_MATCHING_GENERATOR (lectern_matching_generator_get_type ())
G_DECLARE_FINAL_TYPE (LecternMatchingGenerator, lectern_matching_generator,
                      LECTERN, MATCHING_GENERATOR, GObject)

G_END_DECLS
