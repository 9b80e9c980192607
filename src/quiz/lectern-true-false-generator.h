/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-question-generator.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_TRUE_FALSE_GENERATOR (lectern_true_false_generator_get_type ())
G_DECLARE_FINAL_TYPE (LecternTrueFalseGenerator, lectern_true_false_generator,
                      LECTERN, TRUE_FALSE_GENERATOR, GObject)

G_END_DECLS
