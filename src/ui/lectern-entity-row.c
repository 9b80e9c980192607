/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-entity-row.h"

struct _LecternEntityRow
{
  GtkWidget      parent_instance;

  LecternEntity *entity;

  GtkLabel      *name_label;
  GtkLabel      *native_label;
  GtkLabel      *count_label;
};

G_DEFINE_FINAL_TYPE (LecternEntityRow, lectern_entity_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_row (LecternEntityRow *self)
{
  const char *native_name = NULL;
  g_autofree char *description = NULL;
  g_autofree char *count_tooltip = NULL;

  if (self->entity != NULL)
    {
      guint count = lectern_entity_get_mention_count (self->entity);

      native_name = lectern_entity_get_native_name (self->entity);
      description = lectern_entity_row_describe (self->entity);
      count_tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "Mentioned %u time in the article",
                                                    "Mentioned %u times in the article",
                                                    count),
                                       count);
    }

  for (guint kind = 0; kind < LECTERN_N_ENTITY_KINDS; kind++)
    {
      g_autofree char *css_class = g_strconcat ("kind-", lectern_entity_kind_to_string (kind),
                                                NULL);

      if (self->entity != NULL && lectern_entity_get_kind (self->entity) == kind)
        gtk_widget_add_css_class (GTK_WIDGET (self), css_class);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), css_class);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->native_label),
                          native_name != NULL && *native_name != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->count_label), count_tooltip);

  /* The list item is what takes focus; the row names it. */
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
mention_count_changed_cb (LecternEntityRow *self)
{
  update_row (self);
}

static void
lectern_entity_row_dispose (GObject *object)
{
  LecternEntityRow *self = LECTERN_ENTITY_ROW (object);
  GtkWidget *child;

  lectern_entity_row_set_entity (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITY_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lectern_entity_row_parent_class)->dispose (object);
}

static void
lectern_entity_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LecternEntityRow *self = LECTERN_ENTITY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_entity_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LecternEntityRow *self = LECTERN_ENTITY_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTITY:
      lectern_entity_row_set_entity (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_entity_row_class_init (LecternEntityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_entity_row_dispose;
  object_class->get_property = lectern_entity_row_get_property;
  object_class->set_property = lectern_entity_row_set_property;

  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL,
                         LECTERN_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lectern-entity-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternEntityRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityRow, native_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityRow, count_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entityrow");
}

static void
lectern_entity_row_init (LecternEntityRow *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);
}

GtkWidget *
lectern_entity_row_new (void)
{
  return g_object_new (LECTERN_TYPE_ENTITY_ROW, NULL);
}

LecternEntity *
lectern_entity_row_get_entity (LecternEntityRow *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_ROW (self), NULL);
  return self->entity;
}

void
lectern_entity_row_set_entity (LecternEntityRow *self,
                               LecternEntity    *entity)
{
  g_return_if_fail (LECTERN_IS_ENTITY_ROW (self));
  g_return_if_fail (entity == NULL || LECTERN_IS_ENTITY (entity));

  if (self->entity == entity)
    return;

  if (self->entity != NULL)
    g_signal_handlers_disconnect_by_func (self->entity, mention_count_changed_cb, self);
  g_set_object (&self->entity, entity);
  if (entity != NULL)
    g_signal_connect_swapped (entity, "notify::mention-count",
                              G_CALLBACK (mention_count_changed_cb), self);

  update_row (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
}

const char *
lectern_entity_kind_get_singular (LecternEntityKind kind)
{
  switch (kind)
    {
    case LECTERN_ENTITY_PERSON:
      return _("Person");
    case LECTERN_ENTITY_ORGANIZATION:
      return _("Organisation");
    case LECTERN_ENTITY_PLACE:
      return _("Place");
    case LECTERN_ENTITY_LAW:
      return _("Law or document");
    case LECTERN_ENTITY_CONCEPT:
      return _("Concept");
    case LECTERN_N_ENTITY_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
lectern_entity_row_describe (LecternEntity *entity)
{
  guint count;
  const char *native_name;
  g_autofree char *mentions = NULL;

  g_return_val_if_fail (LECTERN_IS_ENTITY (entity), NULL);

  count = lectern_entity_get_mention_count (entity);
  native_name = lectern_entity_get_native_name (entity);
  mentions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mention", "%u mentions", count),
                              count);

  if (native_name != NULL)
    /* Translators: name (native name), kind, number of mentions */
    return g_strdup_printf (_("%s (%s), %s, %s"),
                            lectern_entity_get_name (entity),
                            native_name,
                            lectern_entity_kind_get_singular (lectern_entity_get_kind (entity)),
                            mentions);

  /* Translators: name, kind, number of mentions */
  return g_strdup_printf (_("%s, %s, %s"),
                          lectern_entity_get_name (entity),
                          lectern_entity_kind_get_singular (lectern_entity_get_kind (entity)),
                          mentions);
}
