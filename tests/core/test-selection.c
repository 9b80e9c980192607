/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-core.h"

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
reveal_cb (LecternSelection *selection,
           LecternParagraph *paragraph,
           guint             start,
           guint             end,
           guint            *range)
{
  range[0] = lectern_paragraph_get_index (paragraph);
  range[1] = start;
  range[2] = end;
}

static void
test_notify (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (&error);
  LecternSelection *selection = lectern_selection_new ();
  LecternEvent *event = lectern_pack_lookup_event (pack, "basic-act");
  LecternEntity *entity = lectern_pack_lookup_entity (pack, "nisc");
  guint n_event = 0, n_entity = 0;
  guint range[3] = { 99, 99, 99 };
  g_autoptr(LecternParagraph) p3 = g_list_model_get_item (lectern_pack_get_paragraphs (pack), 3);

  g_assert_no_error (error);
  g_signal_connect (selection, "notify::event", G_CALLBACK (count_cb), &n_event);
  g_signal_connect (selection, "notify::entity", G_CALLBACK (count_cb), &n_entity);
  g_signal_connect (selection, "reveal", G_CALLBACK (reveal_cb), range);

  lectern_selection_set_event (selection, event);
  lectern_selection_set_event (selection, event);
  g_assert_cmpuint (n_event, ==, 1);
  g_assert_true (lectern_selection_get_event (selection) == event);

  lectern_selection_set_entity (selection, entity);
  g_assert_cmpuint (n_entity, ==, 1);
  /* Selecting an entity leaves the event as it is. */
  g_assert_true (lectern_selection_get_event (selection) == event);

  lectern_selection_clear (selection);
  g_assert_cmpuint (n_event, ==, 2);
  g_assert_cmpuint (n_entity, ==, 2);
  g_assert_null (lectern_selection_get_event (selection));
  g_assert_null (lectern_selection_get_entity (selection));

  lectern_selection_reveal (selection, p3, 4, 10);
  g_assert_cmpuint (range[0], ==, 3);
  g_assert_cmpuint (range[1], ==, 4);
  g_assert_cmpuint (range[2], ==, 10);

  g_assert_finalize_object (selection);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/selection/notify", test_notify);
  return g_test_run ();
}
