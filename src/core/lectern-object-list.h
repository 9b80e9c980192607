/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A list model over an array of objects that never changes: the pack's
 * lists. Made in constant time, where a GListStore inserts item by item. */
#define LECTERN_TYPE_OBJECT_LIST (lectern_object_list_get_type ())
G_DECLARE_FINAL_TYPE (LecternObjectList, lectern_object_list, LECTERN, OBJECT_LIST, GObject)

LecternObjectList *lectern_object_list_new (GType      item_type,
                                            GPtrArray *items);

G_END_DECLS
