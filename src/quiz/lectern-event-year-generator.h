/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-question-generator.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_EVENT_YEAR_GENERATOR (lectern_event_year_generator_get_type ())
G_DECLARE_FINAL_TYPE (LecternEventYearGenerator, lectern_event_year_generator,
                      LECTERN, EVENT_YEAR_GENERATOR, GObject)

G_END_DECLS
