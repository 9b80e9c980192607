/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-era.h"
#include "lectern-pack-private.h"

struct _LecternEra
{
  GObject      parent_instance;

  char        *id;
  char        *title;
  LecternDate  start;
  LecternDate  end;
};

G_DEFINE_FINAL_TYPE (LecternEra, lectern_era, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lectern_era_finalize (GObject *object)
{
  LecternEra *self = (LecternEra *) object;

  g_free (self->id);
  g_free (self->title);

  G_OBJECT_CLASS (lectern_era_parent_class)->finalize (object);
}

static void
lectern_era_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LecternEra *self = LECTERN_ERA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_era_class_init (LecternEraClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lectern_era_finalize;
  object_class->get_property = lectern_era_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_era_init (LecternEra *self)
{
}

LecternEra *
_lectern_era_new (const char        *id,
                  const char        *title,
                  const LecternDate *start,
                  const LecternDate *end)
{
  LecternEra *self = g_object_new (LECTERN_TYPE_ERA, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->start = *start;
  self->end = *end;
  return self;
}

const char *
lectern_era_get_id (LecternEra *self)
{
  g_return_val_if_fail (LECTERN_IS_ERA (self), NULL);
  return self->id;
}

const char *
lectern_era_get_title (LecternEra *self)
{
  g_return_val_if_fail (LECTERN_IS_ERA (self), NULL);
  return self->title;
}

const LecternDate *
lectern_era_get_start (LecternEra *self)
{
  g_return_val_if_fail (LECTERN_IS_ERA (self), NULL);
  return &self->start;
}

const LecternDate *
lectern_era_get_end (LecternEra *self)
{
  g_return_val_if_fail (LECTERN_IS_ERA (self), NULL);
  return &self->end;
}
