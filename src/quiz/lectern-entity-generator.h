/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-question-generator.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_ENTITY_GENERATOR (lectern_entity_generator_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityGenerator, lectern_entity_generator,
                      LECTERN, ENTITY_GENERATOR, GObject)

G_END_DECLS
