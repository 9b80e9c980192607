/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-event.h"
#include "lectern-pack-private.h"

struct _LecternEvent
{
  GObject      parent_instance;

  char        *strings; /* id, title, summary, paragraph_id and quote, one block */
  const char  *id;
  LecternDate  start;
  LecternDate  end;
  gboolean     has_end;
  const char  *title;
  const char  *summary;
  char        *date_label;
  const char  *paragraph_id;
  const char  *quote;
  guint        quote_start;
  guint        quote_end;
  char       **entity_ids;
  gboolean     background;
  guint        index;
};

G_DEFINE_FINAL_TYPE (LecternEvent, lectern_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_DATE_LABEL,
  PROP_BACKGROUND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lectern_event_finalize (GObject *object)
{
  LecternEvent *self = (LecternEvent *) object;

  g_free (self->strings);
  g_free (self->date_label);
  g_free (self->entity_ids);

  G_OBJECT_CLASS (lectern_event_parent_class)->finalize (object);
}

static void
lectern_event_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LecternEvent *self = LECTERN_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_DATE_LABEL:
      g_value_set_string (value, lectern_event_get_date_label (self));
      break;
    case PROP_BACKGROUND:
      g_value_set_boolean (value, self->background);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_event_class_init (LecternEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lectern_event_finalize;
  object_class->get_property = lectern_event_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_DATE_LABEL] = g_param_spec_string ("date-label", NULL, NULL, NULL, flags);
  properties[PROP_BACKGROUND] = g_param_spec_boolean ("background", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_event_init (LecternEvent *self)
{
}

/* Copies @text to *@cursor, and moves it on. */
static const char *
copy_string (char       **cursor,
             const char  *text,
             gsize        size)
{
  char *copy = memcpy (*cursor, text, size);

  *cursor += size;
  return copy;
}

/* Takes @entity_ids (NULL for none), one block (see lectern-pack-private.h). */
LecternEvent *
_lectern_event_new (const char         *id,
                    const LecternDate  *start,
                    const LecternDate  *end,
                    const char         *title,
                    const char         *summary,
                    const char         *paragraph_id,
                    const char         *quote,
                    guint               quote_start,
                    guint               quote_end,
                    char              **entity_ids,
                    gboolean            background)
{
  LecternEvent *self = g_object_new (LECTERN_TYPE_EVENT, NULL);
  gsize id_size = strlen (id) + 1;
  gsize title_size = strlen (title) + 1;
  gsize summary_size = strlen (summary) + 1;
  gsize paragraph_id_size = strlen (paragraph_id) + 1;
  gsize quote_size = strlen (quote) + 1;
  char *cursor;

  /* One allocation for the five strings: a large pack has ten thousand
   * events. */
  self->strings = cursor = g_malloc (id_size + title_size + summary_size + paragraph_id_size +
                                     quote_size);
  self->id = copy_string (&cursor, id, id_size);
  self->title = copy_string (&cursor, title, title_size);
  self->summary = copy_string (&cursor, summary, summary_size);
  self->paragraph_id = copy_string (&cursor, paragraph_id, paragraph_id_size);
  self->quote = copy_string (&cursor, quote, quote_size);
  self->start = *start;
  if (end != NULL)
    {
      self->end = *end;
      self->has_end = TRUE;
    }
  self->quote_start = quote_start;
  self->quote_end = quote_end;
  self->entity_ids = entity_ids ? entity_ids : g_new0 (char *, 1);
  self->background = background;
  return self;
}

void
_lectern_event_set_index (LecternEvent *self,
                          guint         index)
{
  self->index = index;
}

const char *
lectern_event_get_id (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return self->id;
}

const LecternDate *
lectern_event_get_start (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return &self->start;
}

const LecternDate *
lectern_event_get_end (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return self->has_end ? &self->end : NULL;
}

gboolean
lectern_event_is_range (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), FALSE);
  return self->has_end && lectern_date_compare (&self->start, &self->end) != 0;
}

const char *
lectern_event_get_title (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return self->title;
}

const char *
lectern_event_get_summary (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return self->summary;
}

/* Made on first use, like an entity's search key. */
const char *
lectern_event_get_date_label (LecternEvent *self)
{
  char *label;

  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);

  label = g_atomic_pointer_get (&self->date_label);
  if (label == NULL)
    {
      label = lectern_date_format_range (&self->start, self->has_end ? &self->end : NULL);
      if (!g_atomic_pointer_compare_and_exchange (&self->date_label, NULL, label))
        {
          g_free (label);
          label = g_atomic_pointer_get (&self->date_label);
        }
    }
  return label;
}

const char *
lectern_event_get_paragraph_id (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return self->paragraph_id;
}

const char *
lectern_event_get_quote (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return self->quote;
}

guint
lectern_event_get_quote_start (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), 0);
  return self->quote_start;
}

guint
lectern_event_get_quote_end (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), 0);
  return self->quote_end;
}

const char * const *
lectern_event_get_entity_ids (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return (const char * const *) self->entity_ids;
}

gboolean
lectern_event_get_background (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), FALSE);
  return self->background;
}

guint
lectern_event_get_index (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), 0);
  return self->index;
}

/* Date order: start, then the shorter (a point before a range), then id. */
int
lectern_event_compare (LecternEvent *a,
                       LecternEvent *b)
{
  int cmp = lectern_date_compare (&a->start, &b->start);
  const LecternDate *ea, *eb;

  if (cmp != 0)
    return cmp;
  ea = a->has_end ? &a->end : &a->start;
  eb = b->has_end ? &b->end : &b->start;
  cmp = lectern_date_compare (ea, eb);
  if (cmp != 0)
    return cmp;
  return g_strcmp0 (a->id, b->id);
}
