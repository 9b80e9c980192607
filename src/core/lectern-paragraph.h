/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LECTERN_TYPE_PARAGRAPH (lectern_paragraph_get_type ())
G_DECLARE_FINAL_TYPE (LecternParagraph, lectern_paragraph, LECTERN, PARAGRAPH, GObject)

const char *lectern_paragraph_get_id      (LecternParagraph *self);
const char *lectern_paragraph_get_text    (LecternParagraph *self);
/* Position in reading order over the whole pack, from 0. */
guint       lectern_paragraph_get_index   (LecternParagraph *self);
/* Length of the text in characters. */
guint       lectern_paragraph_get_length  (LecternParagraph *self);
guint       lectern_paragraph_get_section (LecternParagraph *self);

G_END_DECLS
