/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-event.h"
#include "lectern-pack-private.h"

struct _LecternEvent
{
  GObject      parent_instance;

  char        *id;
  LecternDate  start;
  LecternDate  end;
  gboolean     has_end;
  char        *title;
  char        *summary;
  char        *date_label;
  char        *paragraph_id;
  char        *quote;
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

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->date_label);
  g_free (self->paragraph_id);
  g_free (self->quote);
  g_strfreev (self->entity_ids);

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
      g_value_set_string (value, self->date_label);
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
                    const char * const *entity_ids,
                    gboolean            background)
{
  LecternEvent *self = g_object_new (LECTERN_TYPE_EVENT, NULL);

  self->id = g_strdup (id);
  self->start = *start;
  if (end != NULL)
    {
      self->end = *end;
      self->has_end = TRUE;
    }
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->paragraph_id = g_strdup (paragraph_id);
  self->quote = g_strdup (quote);
  self->quote_start = quote_start;
  self->quote_end = quote_end;
  self->entity_ids = entity_ids ? g_strdupv ((char **) entity_ids) : g_new0 (char *, 1);
  self->background = background;
  self->date_label = lectern_date_format_range (&self->start, self->has_end ? &self->end : NULL);
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

const char *
lectern_event_get_date_label (LecternEvent *self)
{
  g_return_val_if_fail (LECTERN_IS_EVENT (self), NULL);
  return self->date_label;
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
