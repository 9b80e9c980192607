/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-selection.h"

struct _LecternSelection
{
  GObject        parent_instance;

  LecternEvent  *event;
  LecternEntity *entity;
};

G_DEFINE_FINAL_TYPE (LecternSelection, lectern_selection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_ENTITY,
  N_PROPS
};

enum {
  REVEAL,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
lectern_selection_dispose (GObject *object)
{
  LecternSelection *self = (LecternSelection *) object;

  g_clear_object (&self->event);
  g_clear_object (&self->entity);

  G_OBJECT_CLASS (lectern_selection_parent_class)->dispose (object);
}

static void
lectern_selection_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LecternSelection *self = LECTERN_SELECTION (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_selection_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LecternSelection *self = LECTERN_SELECTION (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      lectern_selection_set_event (self, g_value_get_object (value));
      break;
    case PROP_ENTITY:
      lectern_selection_set_entity (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_selection_class_init (LecternSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = lectern_selection_dispose;
  object_class->get_property = lectern_selection_get_property;
  object_class->set_property = lectern_selection_set_property;

  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, LECTERN_TYPE_EVENT, flags);
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, LECTERN_TYPE_ENTITY, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LecternSelection::reveal:
   * @paragraph: the paragraph
   * @start: first character of the range
   * @end: character after the range
   *
   * Asks the article view to scroll to and highlight a range.
   */
  signals[REVEAL] =
    g_signal_new ("reveal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, LECTERN_TYPE_PARAGRAPH, G_TYPE_UINT, G_TYPE_UINT);
}

static void
lectern_selection_init (LecternSelection *self)
{
}

LecternSelection *
lectern_selection_new (void)
{
  return g_object_new (LECTERN_TYPE_SELECTION, NULL);
}

LecternEvent *
lectern_selection_get_event (LecternSelection *self)
{
  g_return_val_if_fail (LECTERN_IS_SELECTION (self), NULL);
  return self->event;
}

void
lectern_selection_set_event (LecternSelection *self,
                             LecternEvent     *event)
{
  g_return_if_fail (LECTERN_IS_SELECTION (self));
  g_return_if_fail (event == NULL || LECTERN_IS_EVENT (event));

  if (g_set_object (&self->event, event))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

LecternEntity *
lectern_selection_get_entity (LecternSelection *self)
{
  g_return_val_if_fail (LECTERN_IS_SELECTION (self), NULL);
  return self->entity;
}

void
lectern_selection_set_entity (LecternSelection *self,
                              LecternEntity    *entity)
{
  g_return_if_fail (LECTERN_IS_SELECTION (self));
  g_return_if_fail (entity == NULL || LECTERN_IS_ENTITY (entity));

  if (g_set_object (&self->entity, entity))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
}

void
lectern_selection_clear (LecternSelection *self)
{
  g_return_if_fail (LECTERN_IS_SELECTION (self));

  lectern_selection_set_event (self, NULL);
  lectern_selection_set_entity (self, NULL);
}

void
lectern_selection_reveal (LecternSelection *self,
                          LecternParagraph *paragraph,
                          guint             start,
                          guint             end)
{
  g_return_if_fail (LECTERN_IS_SELECTION (self));
  g_return_if_fail (LECTERN_IS_PARAGRAPH (paragraph));
  g_return_if_fail (start <= end);
  g_return_if_fail (end <= lectern_paragraph_get_length (paragraph));

  g_signal_emit (self, signals[REVEAL], 0, paragraph, start, end);
}
