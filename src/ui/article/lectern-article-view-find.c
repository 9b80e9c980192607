/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lectern-article-view-private.h"

/* Find */

static void
update_match_label (LecternArticleView *self)
{
  g_autofree char *text = NULL;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (query[0] == '\0')
    text = g_strdup ("");
  else if (self->matches->len == 0)
    text = g_strdup (_("No matches"));
  else
    /* Translators: "3 of 12" matches */
    text = g_strdup_printf (_("%d of %u"), self->current_match + 1, self->matches->len / 2);
  gtk_label_set_text (self->match_label, text);
}

static void
select_match (LecternArticleView *self,
              int                 index)
{
  GtkTextIter a, b;
  guint n = self->matches->len / 2;

  _lectern_article_view_remove_tag (self, self->match_current_tag);
  if (n == 0)
    {
      self->current_match = -1;
      update_match_label (self);
      return;
    }
  self->current_match = ((index % (int) n) + (int) n) % (int) n;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &a,
                                      g_array_index (self->matches, guint, 2 * self->current_match));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b,
                                      g_array_index (self->matches, guint, 2 * self->current_match + 1));
  gtk_text_buffer_apply_tag (self->buffer, self->match_current_tag, &a, &b);
  gtk_text_view_scroll_to_iter (self->text_view, &a, 0.0, TRUE, 0.0, 0.3);
  update_match_label (self);
}

void
_lectern_article_view_search_changed_cb (LecternArticleView *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkTextIter iter, a, b;

  _lectern_article_view_remove_tag (self, self->match_tag);
  g_array_set_size (self->matches, 0);
  self->current_match = -1;

  if (query[0] != '\0')
    {
      gtk_text_buffer_get_start_iter (self->buffer, &iter);
      while (gtk_text_iter_forward_search (&iter, query,
                                           GTK_TEXT_SEARCH_CASE_INSENSITIVE |
                                           GTK_TEXT_SEARCH_TEXT_ONLY,
                                           &a, &b, NULL))
        {
          guint offsets[2] = { gtk_text_iter_get_offset (&a), gtk_text_iter_get_offset (&b) };

          g_array_append_vals (self->matches, offsets, 2);
          gtk_text_buffer_apply_tag (self->buffer, self->match_tag, &a, &b);
          iter = b;
        }
    }
  select_match (self, 0);
}

void
_lectern_article_view_search_next_cb (LecternArticleView *self)
{
  select_match (self, self->current_match + 1);
}

void
_lectern_article_view_search_previous_cb (LecternArticleView *self)
{
  select_match (self, self->current_match - 1);
}

void
_lectern_article_view_search_activate_cb (LecternArticleView *self)
{
  _lectern_article_view_search_next_cb (self);
}

void
_lectern_article_view_search_stop_cb (LecternArticleView *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

gboolean
_lectern_article_view_search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       LecternArticleView    *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      _lectern_article_view_search_previous_cb (self);
      return TRUE;
    }
  return FALSE;
}

void
_lectern_article_view_search_mode_changed_cb (LecternArticleView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      _lectern_article_view_remove_tag (self, self->match_tag);
      _lectern_article_view_remove_tag (self, self->match_current_tag);
      g_array_set_size (self->matches, 0);
    }
  else
    _lectern_article_view_search_changed_cb (self);
}
