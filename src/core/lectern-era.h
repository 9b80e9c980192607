/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "lectern-date.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_ERA (lectern_era_get_type ())
G_DECLARE_FINAL_TYPE (LecternEra, lectern_era, LECTERN, ERA, GObject)

const char        *lectern_era_get_id    (LecternEra *self);
const char        *lectern_era_get_title (LecternEra *self);
const LecternDate *lectern_era_get_start (LecternEra *self);
const LecternDate *lectern_era_get_end   (LecternEra *self);

G_END_DECLS
