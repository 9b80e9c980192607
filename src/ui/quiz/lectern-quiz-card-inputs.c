/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-card-private.h"

/* The inputs of order and matching questions. */

/* --- Order ------------------------------------------------------------------ */

static void
move_item (LecternQuizCard *self,
           guint            index,
           int              delta,
           gboolean         focus_row)
{
  int target = (int) index + delta;
  gpointer tmp;
  GtkWidget *row;

  if (self->answered || self->presenting || target < 0 || target >= (int) self->order->len)
    return;

  tmp = self->order->pdata[index];
  self->order->pdata[index] = self->order->pdata[target];
  self->order->pdata[target] = tmp;
  lectern_quiz_card_rebuild_order (self);

  row = self->order_rows->pdata[target];
  if (focus_row)
    {
      gtk_widget_grab_focus (row);
    }
  else
    {
      /* Keep the focus on the same kind of button of the moved row, if it still works. */
      GtkWidget *button = g_object_get_data (G_OBJECT (row), delta < 0 ? "up-button" :
                                             "down-button");

      if (gtk_widget_get_sensitive (button))
        gtk_widget_grab_focus (button);
      else
        gtk_widget_grab_focus (row);
    }
}

static void
move_clicked_cb (GtkButton       *button,
                 LecternQuizCard *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));

  move_item (self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), delta, FALSE);
}

static GtkWidget *
make_move_button (LecternQuizCard *self,
                  const char      *title,
                  int              delta,
                  gboolean         sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (delta < 0 ? "go-up-symbolic" :
                                                     "go-down-symbolic");
  g_autofree char *label = g_strdup_printf (delta < 0 ? _("Move “%s” up") : _("Move “%s” down"),
                                            title);

  gtk_widget_set_tooltip_text (button, delta < 0 ? _("Move Up (Alt+↑)") : _("Move Down (Alt+↓)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (move_clicked_cb), self);
  return button;
}

void
lectern_quiz_card_rebuild_order (LecternQuizCard *self)
{
  lectern_quiz_card_remove_all_children (GTK_WIDGET (self->order_list));
  g_ptr_array_set_size (self->order_rows, 0);

  for (guint i = 0; i < self->order->len; i++)
    {
      const char *title = self->order->pdata[i];
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *number_label = gtk_label_new (number);
      GtkWidget *title_label = gtk_label_new (title);
      GtkWidget *up = make_move_button (self, title, -1, !self->answered && i > 0);
      GtkWidget *down = make_move_button (self, title, +1, !self->answered &&
                                          i + 1 < self->order->len);
      g_autofree char *accessible = NULL;

      gtk_widget_add_css_class (number_label, "quiz-key");
      gtk_widget_set_valign (number_label, GTK_ALIGN_CENTER);
      gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (title_label), 0);
      gtk_widget_set_hexpand (title_label, TRUE);
      gtk_box_append (GTK_BOX (box), number_label);
      gtk_box_append (GTK_BOX (box), title_label);
      gtk_box_append (GTK_BOX (box), up);
      gtk_box_append (GTK_BOX (box), down);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, TRUE);
      /* Translators: accessible name of an event in a list to put in order */
      accessible = g_strdup_printf (_("Position %u: %s"), i + 1, title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      accessible, -1);
      g_object_set_data (G_OBJECT (row), "up-button", up);
      g_object_set_data (G_OBJECT (row), "down-button", down);

      if (self->answered)
        {
          const char * const *answers = lectern_question_get_answers (self->question);

          lectern_quiz_card_set_state_class (row, g_strcmp0 (title, answers[i]) == 0);
        }

      gtk_list_box_append (self->order_list, row);
      g_ptr_array_add (self->order_rows, row);
    }
}

void
lectern_quiz_card_move_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  LecternQuizCard *self = LECTERN_QUIZ_CARD (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || self->question == NULL ||
      lectern_question_get_format (self->question) != LECTERN_ANSWER_ORDER)
    return;

  row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus,
                                                                       GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->order_list))
    return;

  move_item (self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)),
             g_variant_get_int32 (parameter), TRUE);
}

/* --- Matching ---------------------------------------------------------------- */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (wrap))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
    }
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 20);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (string));
}

static GtkListItemFactory *
make_factory (gboolean wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (wrap));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  return factory;
}

gboolean
lectern_quiz_card_all_matched (LecternQuizCard *self)
{
  for (guint i = 0; i < self->dropdowns->len; i++)
    if (gtk_drop_down_get_selected (self->dropdowns->pdata[i]) == 0)
      return FALSE;

  return TRUE;
}

void
lectern_quiz_card_update_check (LecternQuizCard *self)
{
  gboolean ready = FALSE;

  if (self->question == NULL || self->answered)
    return;

  switch (lectern_question_get_format (self->question))
    {
    case LECTERN_ANSWER_TYPED:
      {
        g_autofree char *text = lectern_quiz_card_get_typed (self);

        ready = text[0] != '\0';
      }
      break;
    case LECTERN_ANSWER_MATCH:
      ready = lectern_quiz_card_all_matched (self);
      break;
    case LECTERN_ANSWER_ORDER:
      ready = TRUE;
      break;
    case LECTERN_ANSWER_CHOICE:
    default:
      break;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), ready);
}

void
lectern_quiz_card_add_match_row (LecternQuizCard *self,
                                 guint            row,
                                 const char      *item,
                                 GtkStringList   *model)
{
  GtkWidget *label = gtk_label_new (item);
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (model)),
                                                            NULL));
  g_autoptr(GtkListItemFactory) button_factory = make_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = make_factory (TRUE);
  g_autofree char *accessible = g_strdup_printf (_("Match for “%s”"), item);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_add_css_class (label, "heading");

  gtk_drop_down_set_factory (dropdown, button_factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
  gtk_widget_set_hexpand (GTK_WIDGET (dropdown), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (dropdown), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  g_signal_connect_swapped (dropdown, "notify::selected",
                            G_CALLBACK (lectern_quiz_card_update_check), self);

  gtk_grid_attach (self->match_grid, label, 0, row, 1, 1);
  gtk_grid_attach (self->match_grid, GTK_WIDGET (dropdown), 1, row, 1, 1);
  g_ptr_array_add (self->dropdowns, dropdown);
}

/* --- Presenting ----------------------------------------------------------------- */

/* A line of what is shown to a class: a key ("1", "A") and the text. It is
 * not a button: in reveal style nobody answers on this screen. */
static GtkWidget *
add_presented_row (LecternQuizCard *self,
                   const char      *key,
                   const char      *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *key_label = gtk_label_new (key);
  GtkWidget *label = gtk_label_new (text);
  /* Translators: accessible name of a choice shown in reveal style: key and text */
  g_autofree char *accessible = g_strdup_printf (_("%s: %s"), key, text);

  gtk_widget_add_css_class (key_label, "quiz-key");
  gtk_widget_set_valign (key_label, GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), key_label);
  gtk_box_append (GTK_BOX (row), label);

  gtk_widget_add_css_class (row, "quiz-choice");
  gtk_widget_add_css_class (row, "presented");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_box_append (self->choices_box, row);
  return row;
}

void
lectern_quiz_card_add_presented_rows (LecternQuizCard *self)
{
  const char * const *choices = lectern_question_get_choices (self->question);
  const char * const *items = lectern_question_get_items (self->question);

  /* Matching: the items lettered A, B, …, then what they match, numbered. */
  if (lectern_question_get_format (self->question) == LECTERN_ANSWER_MATCH && items != NULL)
    {
      GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);

      for (guint i = 0; items[i] != NULL && i < 26; i++)
        {
          char key[2] = { (char) ('A' + i), '\0' };

          add_presented_row (self, key, items[i]);
        }
      gtk_widget_set_margin_top (separator, 6);
      gtk_widget_set_margin_bottom (separator, 6);
      gtk_box_append (self->choices_box, separator);
    }

  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_autofree char *key = g_strdup_printf ("%u", i + 1);

      g_ptr_array_add (self->choice_buttons, add_presented_row (self, key, choices[i]));
    }
}
