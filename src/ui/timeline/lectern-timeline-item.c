/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-timeline-item.h"

/*
 * Built in code rather than from a template: the timeline creates and
 * recycles these while panning, and two children need no builder.
 */
struct _LecternTimelineItem
{
  GtkWidget     parent_instance;

  LecternEvent *event;
  GtkWidget    *marker;
  GtkWidget    *label;

  guint         selected : 1;
  guint         related : 1;
  guint         compact : 1;
};

G_DEFINE_FINAL_TYPE (LecternTimelineItem, lectern_timeline_item, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVENT,
  PROP_SELECTED,
  PROP_RELATED,
  PROP_COMPACT,
  N_PROPS
};

enum {
  ACTIVATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
update_accessible (LecternTimelineItem *self)
{
  const char *title;
  const char *date;
  const char *summary;
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *description = NULL;

  if (self->event == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->label), "");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  title = lectern_event_get_title (self->event);
  date = lectern_event_get_date_label (self->event);
  summary = lectern_event_get_summary (self->event);

  /* Translators: accessible name of a timeline event: "2014 — Basic Act on Cybersecurity" */
  label = g_strdup_printf (_("%s — %s"), date, title);

  if (lectern_event_get_background (self->event))
    {
      const char *note = _("Background date, not stated in the article");

      tooltip = g_strdup_printf ("%s\n%s\n%s", title, date, note);
      description = g_strdup_printf ("%s %s.", summary, note);
    }
  else
    {
      tooltip = g_strdup_printf ("%s\n%s", title, date);
      description = g_strdup (summary);
    }

  gtk_label_set_text (GTK_LABEL (self->label), title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
pressed_cb (GtkGestureClick     *gesture,
            int                  n_press,
            double               x,
            double               y,
            LecternTimelineItem *self)
{
  if (gtk_widget_get_focus_on_click (GTK_WIDGET (self)) && !gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
released_cb (GtkGestureClick     *gesture,
             int                  n_press,
             double               x,
             double               y,
             LecternTimelineItem *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (n_press == 1 && gtk_widget_contains (GTK_WIDGET (self), x, y))
    g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
lectern_timeline_item_dispose (GObject *object)
{
  LecternTimelineItem *self = LECTERN_TIMELINE_ITEM (object);

  g_clear_pointer (&self->marker, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (lectern_timeline_item_parent_class)->dispose (object);
}

static void
lectern_timeline_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LecternTimelineItem *self = LECTERN_TIMELINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;
    case PROP_RELATED:
      g_value_set_boolean (value, self->related);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_timeline_item_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LecternTimelineItem *self = LECTERN_TIMELINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      lectern_timeline_item_set_event (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      lectern_timeline_item_set_selected (self, g_value_get_boolean (value));
      break;
    case PROP_RELATED:
      lectern_timeline_item_set_related (self, g_value_get_boolean (value));
      break;
    case PROP_COMPACT:
      lectern_timeline_item_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_timeline_item_class_init (LecternTimelineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = lectern_timeline_item_dispose;
  object_class->get_property = lectern_timeline_item_get_property;
  object_class->set_property = lectern_timeline_item_set_property;

  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, LECTERN_TYPE_EVENT, flags);
  properties[PROP_SELECTED] = g_param_spec_boolean ("selected", NULL, NULL, FALSE, flags);
  properties[PROP_RELATED] = g_param_spec_boolean ("related", NULL, NULL, FALSE, flags);
  properties[PROP_COMPACT] = g_param_spec_boolean ("compact", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LecternTimelineItem::activate:
   *
   * The item was clicked, or Enter or Space was pressed on it.
   */
  signals[ACTIVATE] = g_signal_new ("activate",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);

  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelineitem");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
lectern_timeline_item_init (LecternTimelineItem *self)
{
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  self->marker = g_object_new (GTK_TYPE_BOX,
                               "css-name", "marker",
                               "valign", GTK_ALIGN_CENTER,
                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                               NULL);
  gtk_widget_set_parent (self->marker, GTK_WIDGET (self));

  self->label = g_object_new (GTK_TYPE_LABEL,
                              "ellipsize", PANGO_ELLIPSIZE_END,
                              "single-line-mode", TRUE,
                              "xalign", 0.0f,
                              "hexpand", TRUE,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_PRESSED, GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

GtkWidget *
lectern_timeline_item_new (void)
{
  return g_object_new (LECTERN_TYPE_TIMELINE_ITEM, NULL);
}

LecternEvent *
lectern_timeline_item_get_event (LecternTimelineItem *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE_ITEM (self), NULL);

  return self->event;
}

void
lectern_timeline_item_set_event (LecternTimelineItem *self,
                                 LecternEvent        *event)
{
  gboolean background;

  g_return_if_fail (LECTERN_IS_TIMELINE_ITEM (self));
  g_return_if_fail (event == NULL || LECTERN_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;

  background = event != NULL && lectern_event_get_background (event);
  set_css_class (GTK_WIDGET (self), "background", background);
  set_css_class (GTK_WIDGET (self), "range", event != NULL && lectern_event_is_range (event));
  update_accessible (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

gboolean
lectern_timeline_item_get_selected (LecternTimelineItem *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE_ITEM (self), FALSE);

  return self->selected;
}

void
lectern_timeline_item_set_selected (LecternTimelineItem *self,
                                    gboolean             selected)
{
  g_return_if_fail (LECTERN_IS_TIMELINE_ITEM (self));

  selected = !!selected;
  if (self->selected == selected)
    return;

  self->selected = selected;
  if (selected)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_PRESSED,
                               selected ? GTK_ACCESSIBLE_TRISTATE_TRUE : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

gboolean
lectern_timeline_item_get_related (LecternTimelineItem *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE_ITEM (self), FALSE);

  return self->related;
}

void
lectern_timeline_item_set_related (LecternTimelineItem *self,
                                   gboolean             related)
{
  g_return_if_fail (LECTERN_IS_TIMELINE_ITEM (self));

  related = !!related;
  if (self->related == related)
    return;

  self->related = related;
  set_css_class (GTK_WIDGET (self), "related", related);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RELATED]);
}

gboolean
lectern_timeline_item_get_compact (LecternTimelineItem *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE_ITEM (self), FALSE);

  return self->compact;
}

void
lectern_timeline_item_set_compact (LecternTimelineItem *self,
                                   gboolean             compact)
{
  g_return_if_fail (LECTERN_IS_TIMELINE_ITEM (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  gtk_widget_set_visible (self->label, !compact);
  set_css_class (GTK_WIDGET (self), "compact", compact);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

PangoLayout *
lectern_timeline_item_create_title_layout (LecternTimelineItem *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE_ITEM (self), NULL);

  return gtk_widget_create_pango_layout (self->label, NULL);
}
