/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lectern-article-view.h"
#include "lectern-article-view-private.h"

G_DEFINE_FINAL_TYPE (LecternArticleView, lectern_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PACK,
  PROP_SELECTION,
  PROP_TEXT_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_lectern_article_view_remove_tag (LecternArticleView *self,
                       GtkTextTag         *tag)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_bounds (self->buffer, &a, &b);
  gtk_text_buffer_remove_tag (self->buffer, tag, &a, &b);
}

static void
scroll_to_range (LecternArticleView *self,
                 guint               paragraph,
                 guint               start)
{
  GtkTextIter a, b;
  GtkTextMark *mark;

  self->pending_position = -1;
  _lectern_article_view_range_iters (self, paragraph, start, start, &a, &b);
  mark = gtk_text_buffer_get_mark (self->buffer, "lectern-scroll");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (self->buffer, "lectern-scroll", &a, TRUE);
  else
    gtk_text_buffer_move_mark (self->buffer, mark, &a);
  /* Not at the very edge: a third down the view. */
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.0, TRUE, 0.0, 0.3);
}

static void
set_focus_range (LecternArticleView *self,
                 guint               paragraph,
                 guint               start,
                 guint               end)
{
  GtkTextIter a, b;

  _lectern_article_view_remove_tag (self, self->focus_tag);
  self->has_focus_range = TRUE;
  self->focus_range = (LecternTextRange) { paragraph, start, end };
  _lectern_article_view_range_iters (self, paragraph, start, end, &a, &b);
  gtk_text_buffer_apply_tag (self->buffer, self->focus_tag, &a, &b);
  gtk_text_buffer_place_cursor (self->buffer, &a);
  scroll_to_range (self, paragraph, start);
}

static void
clear_focus_range (LecternArticleView *self)
{
  _lectern_article_view_remove_tag (self, self->focus_tag);
  self->has_focus_range = FALSE;
}

static void
selection_event_changed_cb (LecternArticleView *self)
{
  LecternEvent *event = lectern_selection_get_event (self->selection);
  LecternParagraph *paragraph;

  if (self->pack == NULL)
    return;
  if (event == NULL)
    {
      clear_focus_range (self);
      return;
    }
  paragraph = lectern_pack_lookup_paragraph (self->pack, lectern_event_get_paragraph_id (event));
  if (paragraph == NULL)
    return;
  set_focus_range (self, lectern_paragraph_get_index (paragraph),
                   lectern_event_get_quote_start (event), lectern_event_get_quote_end (event));
}

/* The first mention at or below the top of the view, else the first one. */
static guint
pick_current_mention (LecternArticleView *self)
{
  GdkRectangle visible;
  GtkTextIter top;
  guint top_offset;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_at_location (self->text_view, &top, visible.x, visible.y);
  top_offset = gtk_text_iter_get_offset (&top);

  for (guint i = 0; i < self->entity_ranges->len; i++)
    {
      const LecternTextRange *r = &g_array_index (self->entity_ranges, LecternTextRange, i);
      if (_lectern_article_view_paragraph_offset (self, r->paragraph) + r->start >= top_offset)
        return i;
    }
  return 0;
}

static void
selection_entity_changed_cb (LecternArticleView *self)
{
  LecternEntity *entity = lectern_selection_get_entity (self->selection);
  LecternMentionIndex *index;
  const guint *positions;
  guint n;

  if (self->pack == NULL)
    return;
  _lectern_article_view_remove_tag (self, self->entity_tag);
  _lectern_article_view_remove_tag (self, self->entity_current_tag);
  g_array_set_size (self->entity_ranges, 0);
  if (entity == NULL)
    return;

  index = lectern_pack_get_mention_index (self->pack);
  positions = lectern_mention_index_get_entity_mentions (index, entity, &n);
  for (guint i = 0; i < n; i++)
    {
      const LecternMention *m = lectern_mention_index_get_mention (index, positions[i]);
      LecternTextRange range = { m->paragraph, m->start, m->end };
      GtkTextIter a, b;

      g_array_append_val (self->entity_ranges, range);
      _lectern_article_view_range_iters (self, m->paragraph, m->start, m->end, &a, &b);
      gtk_text_buffer_apply_tag (self->buffer, self->entity_tag, &a, &b);
    }

  if (n > 0)
    {
      guint current = pick_current_mention (self);
      const LecternTextRange *r = &g_array_index (self->entity_ranges, LecternTextRange, current);
      GtkTextIter a, b;

      _lectern_article_view_range_iters (self, r->paragraph, r->start, r->end, &a, &b);
      gtk_text_buffer_apply_tag (self->buffer, self->entity_current_tag, &a, &b);
      scroll_to_range (self, r->paragraph, r->start);
    }
}

static void
selection_reveal_cb (LecternArticleView *self,
                     LecternParagraph   *paragraph,
                     guint               start,
                     guint               end)
{
  if (self->pack == NULL ||
      lectern_pack_lookup_paragraph (self->pack, lectern_paragraph_get_id (paragraph)) != paragraph)
    return;
  set_focus_range (self, lectern_paragraph_get_index (paragraph), start, end);
}

gboolean
lectern_article_view_activate_at (LecternArticleView *self,
                                  guint               paragraph,
                                  guint               offset)
{
  const LecternMention *mention;

  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  if (self->pack == NULL || self->selection == NULL)
    return FALSE;

  for (guint i = 0; i < self->years->len; i++)
    {
      const YearLink *link = &g_array_index (self->years, YearLink, i);
      if (link->paragraph == paragraph && offset >= link->start && offset < link->end)
        {
          lectern_selection_set_event (self->selection, link->event);
          return TRUE;
        }
    }

  mention = lectern_mention_index_lookup (lectern_pack_get_mention_index (self->pack), paragraph,
                                          offset);
  if (mention != NULL)
    {
      lectern_selection_set_entity (self->selection, mention->entity);
      return TRUE;
    }
  return FALSE;
}

static gboolean
activate_iter (LecternArticleView *self,
               const GtkTextIter  *iter)
{
  guint paragraph, offset;

  if (!_lectern_article_view_locate_offset (self, gtk_text_iter_get_offset (iter), &paragraph, &offset))
    return FALSE;
  return lectern_article_view_activate_at (self, paragraph, offset);
}

static gboolean
iter_at_point (LecternArticleView *self,
               double              x,
               double              y,
               GtkTextIter        *iter)
{
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  return gtk_text_view_get_iter_at_location (self->text_view, iter, bx, by);
}

static void
click_released_cb (GtkGestureClick    *gesture,
                   int                 n_press,
                   double              x,
                   double              y,
                   LecternArticleView *self)
{
  GtkTextIter iter, sel_start, sel_end;

  if (n_press != 1)
    return;
  /* A drag that selected text is not a click on a link. */
  if (gtk_text_buffer_get_selection_bounds (self->buffer, &sel_start, &sel_end))
    return;
  if (iter_at_point (self, x, y, &iter))
    activate_iter (self, &iter);
}

static gboolean
is_link_iter (LecternArticleView *self,
              const GtkTextIter  *iter)
{
  if (gtk_text_iter_has_tag (iter, self->year_tag))
    return TRUE;
  for (guint k = 0; k < LECTERN_N_ENTITY_KINDS; k++)
    if (gtk_text_iter_has_tag (iter, self->kind_tags[k]))
      return TRUE;
  return FALSE;
}

static void
set_hover (LecternArticleView *self,
           int                 start,
           int                 end)
{
  GtkTextIter a, b;

  if (start == self->hover_start && end == self->hover_end)
    return;
  /* Only the previous link is cleared: the buffer may be long. */
  if (self->hover_start >= 0)
    {
      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, self->hover_start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, self->hover_end);
      gtk_text_buffer_remove_tag (self->buffer, self->hover_tag, &a, &b);
    }
  self->hover_start = start;
  self->hover_end = end;
  if (start >= 0)
    {
      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, end);
      gtk_text_buffer_apply_tag (self->buffer, self->hover_tag, &a, &b);
    }
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           LecternArticleView       *self)
{
  GtkTextIter iter;
  gboolean link = iter_at_point (self, x, y, &iter) && is_link_iter (self, &iter);
  int start = -1, end = -1;

  for (guint k = 0; link && k <= LECTERN_N_ENTITY_KINDS; k++)
    {
      GtkTextTag *tag = k < LECTERN_N_ENTITY_KINDS ? self->kind_tags[k] : self->year_tag;
      GtkTextIter a = iter, b = iter;

      if (!gtk_text_iter_has_tag (&iter, tag))
        continue;
      if (!gtk_text_iter_starts_tag (&a, tag))
        gtk_text_iter_backward_to_tag_toggle (&a, tag);
      gtk_text_iter_forward_to_tag_toggle (&b, tag);
      start = gtk_text_iter_get_offset (&a);
      end = gtk_text_iter_get_offset (&b);
      break;
    }
  set_hover (self, start, end);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view), link ? "pointer" : "text");
}

static void
leave_cb (GtkEventControllerMotion *controller,
          LecternArticleView       *self)
{
  set_hover (self, -1, -1);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                LecternArticleView    *self)
{
  GtkTextIter iter;

  self->pending_position = -1;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  return activate_iter (self, &iter);
}

/* Reading position */

/* The text is laid out bit by bit, so the range grows for a while after a
 * pack is shown: a restored position is applied again each time, until the
 * reader scrolls. */
static void
adjustment_changed_cb (GtkAdjustment      *adjustment,
                       LecternArticleView *self)
{
  double range = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  GdkRectangle visible;
  GtkTextIter top;

  if (self->pending_position < 0 || range <= 0)
    return;
  gtk_adjustment_set_value (adjustment, self->pending_position * range);
  /* The caret goes with the view, to the first line shown: the first arrow
   * key reads on from there instead of jumping back to the title. */
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  if (gtk_text_view_get_iter_at_location (self->text_view, &top, visible.x, visible.y) ||
      !gtk_text_iter_is_end (&top))
    {
      if (!gtk_text_iter_starts_line (&top))
        gtk_text_view_forward_display_line (self->text_view, &top);
      gtk_text_buffer_place_cursor (self->buffer, &top);
    }
}

/* The reader takes over: a restored position is no longer applied. */
static void
user_scrolls_cb (LecternArticleView *self)
{
  self->pending_position = -1;
}

static gboolean
user_wheel_cb (GtkEventControllerScroll *controller,
               double                    dx,
               double                    dy,
               LecternArticleView       *self)
{
  user_scrolls_cb (self);
  return FALSE;
}

static void
lectern_article_view_root (GtkWidget *widget)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (widget);

  GTK_WIDGET_CLASS (lectern_article_view_parent_class)->root (widget);
  _lectern_article_view_update_colors (self);
}

static void
lectern_article_view_dispose (GObject *object)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);

  lectern_article_view_set_selection (self, NULL);
  _lectern_article_view_destroy_styles (self);
  g_clear_object (&self->pack);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ARTICLE_VIEW);

  G_OBJECT_CLASS (lectern_article_view_parent_class)->dispose (object);
}

static void
lectern_article_view_finalize (GObject *object)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);

  g_clear_object (&self->buffer);
  g_clear_pointer (&self->paragraph_starts, g_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->entity_ranges, g_array_unref);
  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (lectern_article_view_parent_class)->finalize (object);
}

static void
lectern_article_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_article_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_PACK:
      lectern_article_view_set_pack (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      lectern_article_view_set_selection (self, g_value_get_object (value));
      break;
    case PROP_TEXT_SCALE:
      lectern_article_view_set_text_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_article_view_class_init (LecternArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = lectern_article_view_dispose;
  object_class->finalize = lectern_article_view_finalize;
  object_class->get_property = lectern_article_view_get_property;
  object_class->set_property = lectern_article_view_set_property;
  widget_class->root = lectern_article_view_root;

  properties[PROP_PACK] = g_param_spec_object ("pack", NULL, NULL, LECTERN_TYPE_PACK, flags);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, LECTERN_TYPE_SELECTION, flags);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL, 0.5, 3.0, 1.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/lectern-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, match_label);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, text_view);
  gtk_widget_class_bind_template_callback_full (widget_class, "search_changed_cb", G_CALLBACK (_lectern_article_view_search_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_activate_cb", G_CALLBACK (_lectern_article_view_search_activate_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_next_cb", G_CALLBACK (_lectern_article_view_search_next_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_previous_cb", G_CALLBACK (_lectern_article_view_search_previous_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "search_stop_cb", G_CALLBACK (_lectern_article_view_search_stop_cb));

  gtk_widget_class_set_css_name (widget_class, "articleview");
}

static void
lectern_article_view_init (LecternArticleView *self)
{
  GtkEventController *controller;
  GtkGesture *click;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->text_scale = 1.0;
  self->current_match = -1;
  self->pending_position = -1;
  self->hover_start = self->hover_end = -1;
  self->paragraph_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->years = g_array_new (FALSE, FALSE, sizeof (YearLink));
  self->entity_ranges = g_array_new (FALSE, FALSE, sizeof (LecternTextRange));
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->buffer = g_object_ref (gtk_text_view_get_buffer (self->text_view));
  _lectern_article_view_create_tags (self);
  _lectern_article_view_create_styles (self);
  _lectern_article_view_update_colors (self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (_lectern_article_view_search_mode_changed_cb), self);
  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (_lectern_article_view_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "changed",
                           G_CALLBACK (adjustment_changed_cb), self, 0);
  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (user_wheel_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), controller);
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (user_scrolls_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->scroller), GTK_EVENT_CONTROLLER (click));
}

LecternPack *
lectern_article_view_get_pack (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), NULL);
  return self->pack;
}

void
lectern_article_view_set_pack (LecternArticleView *self,
                               LecternPack        *pack)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));
  g_return_if_fail (pack == NULL || LECTERN_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;
  _lectern_article_view_rebuild (self);
  if (self->selection)
    {
      selection_event_changed_cb (self);
      selection_entity_changed_cb (self);
    }
  if (gtk_search_bar_get_search_mode (self->search_bar))
    _lectern_article_view_search_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

LecternSelection *
lectern_article_view_get_selection (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), NULL);
  return self->selection;
}

void
lectern_article_view_set_selection (LecternArticleView *self,
                                    LecternSelection   *selection)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));
  g_return_if_fail (selection == NULL || LECTERN_IS_SELECTION (selection));

  if (self->selection == selection)
    return;
  if (self->selection)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection)
    {
      g_signal_connect_swapped (selection, "notify::event",
                                G_CALLBACK (selection_event_changed_cb), self);
      g_signal_connect_swapped (selection, "notify::entity",
                                G_CALLBACK (selection_entity_changed_cb), self);
      g_signal_connect_swapped (selection, "reveal", G_CALLBACK (selection_reveal_cb), self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

double
lectern_article_view_get_text_scale (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 1.0);
  return self->text_scale;
}

void
lectern_article_view_set_text_scale (LecternArticleView *self,
                                     double              scale)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  scale = CLAMP (scale, 0.5, 3.0);
  if (G_APPROX_VALUE (self->text_scale, scale, 1e-9))
    return;
  self->text_scale = scale;
  _lectern_article_view_update_scales (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

void
lectern_article_view_start_find (LecternArticleView *self)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
lectern_article_view_get_focus_range (LecternArticleView *self,
                                      LecternTextRange   *range)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  if (self->has_focus_range && range)
    *range = self->focus_range;
  return self->has_focus_range;
}

GArray *
lectern_article_view_get_entity_ranges (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), NULL);
  return g_array_ref (self->entity_ranges);
}

guint
lectern_article_view_get_n_matches (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 0);
  return self->matches->len / 2;
}

double
lectern_article_view_get_position (LecternArticleView *self)
{
  GtkAdjustment *adj;
  double range;

  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 0.0);

  /* Until the reader scrolls, the position asked for is the position. */
  if (self->pending_position >= 0)
    return self->pending_position;
  adj = gtk_scrolled_window_get_vadjustment (self->scroller);
  range = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
  if (range <= 0)
    return 0.0;
  return CLAMP (gtk_adjustment_get_value (adj) / range, 0.0, 1.0);
}

void
lectern_article_view_set_position (LecternArticleView *self,
                                   double              position)
{
  GtkAdjustment *adj;
  double range;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  adj = gtk_scrolled_window_get_vadjustment (self->scroller);
  range = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
  position = CLAMP (position, 0.0, 1.0);
  /* Before the text is laid out, keep it until the adjustment knows its range. */
  self->pending_position = position;
  if (range > 0)
    adjustment_changed_cb (adj, self);
}
