/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-entity-row.h"

struct _LecternEntityRow
{
  GtkWidget      parent_instance;

  LecternEntity *entity;

  GtkImage      *icon;
  GtkLabel      *name_label;
  GtkLabel      *native_label;
  GtkLabel      *count_label;
  int            kind; /* of the entity shown, -1 for none */
};

G_DEFINE_FINAL_TYPE (LecternEntityRow, lectern_entity_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "kind-person" and so on: the style class that colours a kind. */
static char *
kind_css_class (LecternEntityKind kind)
{
  return g_strconcat ("kind-", lectern_entity_kind_to_string (kind), NULL);
}

/* Rebinding rows is what a search costs (a list view keeps up to 200 rows
 * and rebinds them all when the results change), so this only touches what
 * differs, and the count's tooltip is made when it is asked for. */
static void
update_row (LecternEntityRow *self)
{
  const char *native_name = NULL;
  g_autofree char *description = NULL;
  char count_text[16] = "";
  int kind = -1;

  if (self->entity != NULL)
    {
      g_snprintf (count_text, sizeof count_text, "%u",
                  lectern_entity_get_mention_count (self->entity));
      native_name = lectern_entity_get_native_name (self->entity);
      description = lectern_entity_row_describe (self->entity);
      kind = lectern_entity_get_kind (self->entity);
    }

  if (kind != self->kind)
    {
      if (self->kind >= 0)
        {
          g_autofree char *old_class = kind_css_class (self->kind);
          gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
        }
      if (kind >= 0)
        {
          g_autofree char *new_class = kind_css_class (kind);
          gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
        }
      gtk_image_set_from_icon_name (self->icon,
                                    kind >= 0 ? lectern_entity_kind_get_icon (kind) : NULL);
      self->kind = kind;
    }

  gtk_label_set_text (self->name_label,
                      self->entity != NULL ? lectern_entity_get_name (self->entity) : "");
  gtk_label_set_text (self->native_label, native_name != NULL ? native_name : "");
  gtk_label_set_text (self->count_label, count_text);
  gtk_widget_set_visible (GTK_WIDGET (self->native_label),
                          native_name != NULL && *native_name != '\0');
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->count_label), self->entity != NULL);

  /* The list item is what takes focus; the row names it. */
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static gboolean
count_query_tooltip_cb (LecternEntityRow *self,
                        int               x,
                        int               y,
                        gboolean          keyboard,
                        GtkTooltip       *tooltip)
{
  guint count;
  g_autofree char *text = NULL;

  if (self->entity == NULL)
    return FALSE;
  count = lectern_entity_get_mention_count (self->entity);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mentioned %u time in the article",
                                       "Mentioned %u times in the article", count),
                          count);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
mention_count_changed_cb (LecternEntityRow *self)
{
  update_row (self);
}

/* Layout: the icon, the names (which wrap) and the count side by side and
 * centred vertically, as a horizontal GtkBoxLayout would place them, except
 * that the children are only asked for their height for a width, never for
 * their width for a height. GtkBoxLayout, and gtk_widget_allocate() for a
 * child with valign "center", ask the names for their width for the row's
 * height, which GtkLabel answers with a binary search that lays the name out
 * again at every step: that was most of the work of showing the list. So the
 * names' box has no valign and is centred here. */
#define ROW_SPACING 12

/* Widths of the children that take part in the layout for a row @width wide
 * (or their natural widths for -1); returns how many there are. */
static guint
distribute_width (LecternEntityRow *self,
                  int               width,
                  GtkWidget        *children[3],
                  int               widths[3])
{
  GtkRequestedSize sizes[3];
  int available = width;
  guint n = 0, n_expand = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL && n < 3;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      children[n] = child;
      sizes[n].data = child;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &sizes[n].minimum_size, &sizes[n].natural_size, NULL, NULL);
      available -= sizes[n].minimum_size;
      if (gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
        n_expand++;
      n++;
    }

  if (width < 0)
    {
      for (guint i = 0; i < n; i++)
        widths[i] = sizes[i].natural_size;
      return n;
    }

  available -= ROW_SPACING * (int) MAX (n, 1) - ROW_SPACING;
  available = gtk_distribute_natural_allocation (MAX (available, 0), n, sizes);
  for (guint i = 0; i < n; i++)
    {
      widths[i] = sizes[i].minimum_size;
      if (n_expand > 0 && gtk_widget_compute_expand (children[i], GTK_ORIENTATION_HORIZONTAL))
        widths[i] += available / (int) n_expand;
    }
  return n;
}

static GtkSizeRequestMode
lectern_entity_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lectern_entity_row_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  LecternEntityRow *self = LECTERN_ENTITY_ROW (widget);
  GtkWidget *children[3];
  int widths[3];
  guint n;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      guint visible = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                              &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
          *natural += child_nat;
          visible++;
        }
      if (visible > 1)
        {
          *minimum += ROW_SPACING * (int) (visible - 1);
          *natural += ROW_SPACING * (int) (visible - 1);
        }
      return;
    }

  n = distribute_width (self, for_size, children, widths);
  for (guint i = 0; i < n; i++)
    {
      int child_min, child_nat;

      gtk_widget_measure (children[i], GTK_ORIENTATION_VERTICAL, for_size < 0 ? -1 : widths[i],
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
lectern_entity_row_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LecternEntityRow *self = LECTERN_ENTITY_ROW (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *children[3];
  int widths[3];
  guint n = distribute_width (self, width, children, widths);
  int x = 0;

  for (guint i = 0; i < n; i++)
    {
      GtkAllocation allocation = { rtl ? width - x - widths[i] : x, 0, widths[i], height };
      int child_natural;

      gtk_widget_measure (children[i], GTK_ORIENTATION_VERTICAL, widths[i],
                          NULL, &child_natural, NULL, NULL);
      if (child_natural < height)
        {
          allocation.y = (height - child_natural) / 2;
          allocation.height = child_natural;
        }
      gtk_widget_size_allocate (children[i], &allocation, -1);
      x += widths[i] + ROW_SPACING;
    }
}

static void
lectern_entity_row_dispose (GObject *object)
{
  LecternEntityRow *self = LECTERN_ENTITY_ROW (object);
  GtkWidget *child;

  lectern_entity_row_set_entity (self, NULL);
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

  widget_class->get_request_mode = lectern_entity_row_get_request_mode;
  widget_class->measure = lectern_entity_row_measure;
  widget_class->size_allocate = lectern_entity_row_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "entityrow");
}

static GtkLabel *
add_label (GtkWidget  *parent,
           const char *css_class,
           const char *css_class2)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, css_class);
  if (css_class2 != NULL)
    gtk_widget_add_css_class (label, css_class2);
  gtk_widget_set_parent (label, parent);
  return GTK_LABEL (label);
}

/* Built in code rather than from a template: the list makes one row for
 * every entity (GtkListView keeps up to 200), and parsing a template for
 * each was a large part of showing the window. */
static void
lectern_entity_row_init (LecternEntityRow *self)
{
  GtkWidget *names;

  self->icon = g_object_new (GTK_TYPE_IMAGE,
                             "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                             "valign", GTK_ALIGN_CENTER,
                             NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), "entity-kind-icon");
  gtk_widget_set_parent (GTK_WIDGET (self->icon), GTK_WIDGET (self));

  /* No valign: the row centres it (see above). */
  names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (names, TRUE);
  gtk_widget_set_parent (names, GTK_WIDGET (self));

  self->name_label = add_label (names, "entity-name", NULL);
  gtk_label_set_xalign (self->name_label, 0);
  gtk_label_set_wrap (self->name_label, TRUE);
  gtk_label_set_wrap_mode (self->name_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->name_label, 2);
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (self->name_label, 8);
  gtk_label_set_max_width_chars (self->name_label, 30);

  self->native_label = add_label (names, "caption", "dim-label");
  gtk_label_set_xalign (self->native_label, 0);
  gtk_label_set_ellipsize (self->native_label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_visible (GTK_WIDGET (self->native_label), FALSE);

  self->count_label = add_label (GTK_WIDGET (self), "mention-count", "numeric");
  gtk_widget_set_valign (GTK_WIDGET (self->count_label), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->count_label, "query-tooltip",
                            G_CALLBACK (count_query_tooltip_cb), self);
  self->kind = -1;

  gtk_widget_add_css_class (GTK_WIDGET (self), "entity-row");
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
