/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-question-generator.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_CLOZE_GENERATOR (lectern_cloze_generator_get_type ())
G_DECLARE_FINAL_TYPE (LecternClozeGenerator, lectern_cloze_generator,
                      LECTERN, CLOZE_GENERATOR, GObject)

G_END_DECLS
