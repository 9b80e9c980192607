/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-question-generator.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_YEAR_EVENT_GENERATOR (lectern_year_event_generator_get_type ())
G_DECLARE_FINAL_TYPE (LecternYearEventGenerator, lectern_year_event_generator,
                      LECTERN, YEAR_EVENT_GENERATOR, GObject)

G_END_DECLS
