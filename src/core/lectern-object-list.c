/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-object-list.h"

struct _LecternObjectList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static void lectern_object_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternObjectList, lectern_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      lectern_object_list_list_model_init))

static GType
lectern_object_list_get_item_type (GListModel *model)
{
  return LECTERN_OBJECT_LIST (model)->item_type;
}

static guint
lectern_object_list_get_n_items (GListModel *model)
{
  return LECTERN_OBJECT_LIST (model)->items->len;
}

static gpointer
lectern_object_list_get_item (GListModel *model,
                              guint       position)
{
  LecternObjectList *self = LECTERN_OBJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
lectern_object_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lectern_object_list_get_item_type;
  iface->get_n_items = lectern_object_list_get_n_items;
  iface->get_item = lectern_object_list_get_item;
}

static void
lectern_object_list_finalize (GObject *object)
{
  LecternObjectList *self = (LecternObjectList *) object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (lectern_object_list_parent_class)->finalize (object);
}

static void
lectern_object_list_class_init (LecternObjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lectern_object_list_finalize;
}

static void
lectern_object_list_init (LecternObjectList *self)
{
}

/**
 * lectern_object_list_new:
 * @item_type: the type of every item
 * @items: (transfer none): the items, which must not change any more; the
 *   list keeps a reference to the array
 */
LecternObjectList *
lectern_object_list_new (GType      item_type,
                         GPtrArray *items)
{
  LecternObjectList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  self = g_object_new (LECTERN_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;
  self->items = g_ptr_array_ref (items);
  return self;
}
