/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LECTERN_TYPE_SECTION (lectern_section_get_type ())
G_DECLARE_FINAL_TYPE (LecternSection, lectern_section, LECTERN, SECTION, GObject)

const char *lectern_section_get_id         (LecternSection *self);
/* May be %NULL for a section without a heading (the opening). */
const char *lectern_section_get_heading    (LecternSection *self);
/* A list of LecternParagraph. */
GListModel *lectern_section_get_paragraphs (LecternSection *self);

G_END_DECLS
