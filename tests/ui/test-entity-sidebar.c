/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-entity-detail.h"
#include "lectern-entity-row.h"
#include "lectern-entity-sidebar.h"
#include "lectern-test-ui.h"

/* A tiny pack: an accented name, and pack text that looks like markup. */
static const char tiny_pack[] =
  "{\"format\": \"lectern-pack\", \"version\": 1, \"id\": \"tiny\", \"language\": \"en\","
  " \"title\": \"Tiny\", \"author\": {\"name\": \"A\"}, \"source\": {\"publisher\": \"P\"},"
  " \"sections\": [{\"id\": \"s1\", \"paragraphs\": ["
  "  {\"id\": \"p1\", \"text\": \"Officers of the École de Guerre & friends met in 2001.\"},"
  "  {\"id\": \"p2\", \"text\": \"Then the Bold <b>Club</b> & Co wrote it down in 2003.\"}]}],"
  " \"entities\": ["
  "  {\"id\": \"ecole\", \"kind\": \"organization\", \"name\": \"École de Guerre\","
  "   \"summary\": \"A military school.\"},"
  "  {\"id\": \"bold\", \"kind\": \"organization\", \"name\": \"Bold <b>Club</b> & Co\","
  "   \"native_name\": \"&amp; <i>\", \"aliases\": [\"B<i>C</i>\"],"
  "   \"summary\": \"Says <b>hello</b> & more.\"},"
  "  {\"id\": \"tokyo\", \"kind\": \"place\", \"name\": \"Tokyo\", \"summary\": \"A city.\"}],"
  " \"events\": ["
  "  {\"id\": \"met\", \"date\": \"2001\", \"title\": \"École & friends meet\","
  "   \"summary\": \"s\", \"paragraph\": \"p1\", \"quote\": \"met in 2001\","
  "   \"entities\": [\"ecole\"]},"
  "  {\"id\": \"wrote\", \"date\": \"2003\", \"title\": \"Bold <b>Club</b> & Co writes\","
  "   \"summary\": \"s\", \"paragraph\": \"p2\", \"quote\": \"wrote it down in 2003\","
  "   \"entities\": [\"bold\"]}]}";

typedef struct
{
  LecternPack          *pack;
  LecternSelection     *selection;
  GtkWidget            *window;
  LecternEntitySidebar *sidebar;
  GtkSearchEntry       *search;
  GtkDropDown          *kind;
  GtkListView          *list_view;
  GListModel           *model;
  GtkStack             *stack;
  LecternEntityDetail  *detail;
} Fixture;

static LecternPack *
load_tiny_pack (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (tiny_pack, strlen (tiny_pack));
  g_autoptr(GError) error = NULL;
  LecternPack *pack = lectern_pack_load_bytes (bytes, "tiny.json", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  return pack;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  guint *ticks = data;

  (*ticks)++;
  return G_SOURCE_CONTINUE;
}

/* Lets the window lay out and draw a few frames. */
static void
wait_frames (Fixture *f,
             guint    n)
{
  guint ticks = 0;
  guint id = gtk_widget_add_tick_callback (f->window, tick_cb, &ticks, NULL);
  gboolean done = FALSE;

  while (!done)
    {
      g_main_context_iteration (NULL, TRUE);
      done = ticks >= n;
    }
  gtk_widget_remove_tick_callback (f->window, id);
  lectern_test_ui_flush ();
}

static void
fixture_init (Fixture     *f,
              LecternPack *pack)
{
  g_autoptr(GPtrArray) lists = NULL;

  f->pack = pack;
  f->selection = lectern_selection_new ();
  f->sidebar = g_object_ref_sink (LECTERN_ENTITY_SIDEBAR (lectern_entity_sidebar_new ()));
  g_object_set (f->sidebar, "pack", pack, "selection", f->selection, NULL);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 320, 700);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->sidebar));
  gtk_window_present (GTK_WINDOW (f->window));

  f->search = lectern_test_ui_find_first (GTK_WIDGET (f->sidebar), lectern_test_ui_is_type,
                                          GSIZE_TO_POINTER (GTK_TYPE_SEARCH_ENTRY));
  f->kind = lectern_test_ui_find_first (GTK_WIDGET (f->sidebar), lectern_test_ui_is_type,
                                        GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN));
  f->stack = lectern_test_ui_find_first (GTK_WIDGET (f->sidebar), lectern_test_ui_is_type,
                                         GSIZE_TO_POINTER (GTK_TYPE_STACK));
  f->detail = lectern_test_ui_find_first (GTK_WIDGET (f->sidebar), lectern_test_ui_is_type,
                                          GSIZE_TO_POINTER (LECTERN_TYPE_ENTITY_DETAIL));
  lists = lectern_test_ui_find_all (GTK_WIDGET (f->sidebar), lectern_test_ui_has_css_class,
                                    (gpointer) "navigation-sidebar");
  g_assert_cmpuint (lists->len, ==, 1);
  f->list_view = g_ptr_array_index (lists, 0);
  g_assert_true (GTK_IS_LIST_VIEW (f->list_view));
  f->model = G_LIST_MODEL (gtk_list_view_get_model (f->list_view));

  wait_frames (f, 3);
}

static void
fixture_clear (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  lectern_test_ui_flush ();
  g_assert_finalize_object (f->sidebar);
  g_assert_finalize_object (f->selection);
  g_assert_finalize_object (f->pack);
}

typedef struct
{
  const char *text;
  gboolean    done;
} SearchWait;

static void
search_changed_cb (GtkSearchEntry *entry,
                   SearchWait     *wait)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), wait->text) == 0)
    wait->done = TRUE;
}

/* Types into the search entry and waits for the (delayed) search to run:
 * the sidebar filters on ::search-changed, which it connected first. */
static void
search (Fixture    *f,
        const char *text)
{
  SearchWait wait = { text, FALSE };
  gulong id = g_signal_connect (f->search, "search-changed", G_CALLBACK (search_changed_cb),
                                &wait);

  gtk_editable_set_text (GTK_EDITABLE (f->search), text);
  g_assert_true (lectern_test_ui_wait_for (&wait.done, 5000));
  g_signal_handler_disconnect (f->search, id);
  lectern_test_ui_flush ();
}

static guint
count_matching (LecternPack *pack,
                const char  *query,
                int          kind)
{
  GListModel *entities = lectern_pack_get_entities (pack);
  g_autofree char *folded = lectern_text_fold (query);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);

      if (kind >= 0 && lectern_entity_get_kind (entity) != (LecternEntityKind) kind)
        continue;
      if (strstr (lectern_entity_get_search_key (entity), folded) != NULL)
        n++;
    }
  return n;
}

static const char *
visible_page (Fixture *f)
{
  return gtk_stack_get_visible_child_name (f->stack);
}

static guint
find_position (GListModel    *model,
               LecternEntity *entity)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternEntity) item = g_list_model_get_item (model, i);

      if (item == entity)
        return i;
    }
  g_assert_not_reached ();
}

/* Rows are rebound as the results change: each shows its own entity's kind
 * (one "kind-…" style class, the right one). */
static void
assert_row_kinds (Fixture *f)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint n_checked = 0;

  wait_frames (f, 2);
  rows = lectern_test_ui_find_all (GTK_WIDGET (f->list_view), lectern_test_ui_is_type,
                                   GSIZE_TO_POINTER (LECTERN_TYPE_ENTITY_ROW));
  for (guint r = 0; r < rows->len; r++)
    {
      GtkWidget *row = g_ptr_array_index (rows, r);
      LecternEntity *entity = lectern_entity_row_get_entity (LECTERN_ENTITY_ROW (row));

      if (entity == NULL || !gtk_widget_get_mapped (row))
        continue;
      for (guint kind = 0; kind < LECTERN_N_ENTITY_KINDS; kind++)
        {
          g_autofree char *css_class = g_strconcat ("kind-", lectern_entity_kind_to_string (kind),
                                                    NULL);

          g_assert_true (gtk_widget_has_css_class (row, css_class) ==
                         (lectern_entity_get_kind (entity) == kind));
        }
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 0);
}

/* A row given one entity after another shows the last one's kind only, and
 * nothing of a kind once it has no entity. */
static void
test_row_rebinding (void)
{
  g_autoptr(LecternPack) pack = lectern_test_ui_load_bundled ();
  GListModel *entities = lectern_pack_get_entities (pack);
  LecternEntityRow *row = LECTERN_ENTITY_ROW (g_object_ref_sink (lectern_entity_row_new ()));
  guint n_kinds_seen = 0;
  gboolean seen[LECTERN_N_ENTITY_KINDS] = { FALSE };

  for (guint i = 0; i <= g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(LecternEntity) entity = i < g_list_model_get_n_items (entities)
                                          ? g_list_model_get_item (entities, i) : NULL;

      lectern_entity_row_set_entity (row, entity);
      for (guint kind = 0; kind < LECTERN_N_ENTITY_KINDS; kind++)
        {
          g_autofree char *css_class = g_strconcat ("kind-", lectern_entity_kind_to_string (kind),
                                                    NULL);

          g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), css_class) ==
                         (entity != NULL && lectern_entity_get_kind (entity) == kind));
        }
      if (entity != NULL && !seen[lectern_entity_get_kind (entity)])
        {
          seen[lectern_entity_get_kind (entity)] = TRUE;
          n_kinds_seen++;
        }
    }
  /* The bundled pack has every kind, so the row went through them all. */
  g_assert_cmpuint (n_kinds_seen, ==, LECTERN_N_ENTITY_KINDS);
  g_assert_finalize_object (row);
}

static void
test_search (void)
{
  Fixture f = { 0 };
  guint total;
  guint expected;

  fixture_init (&f, lectern_test_ui_load_bundled ());
  total = g_list_model_get_n_items (lectern_pack_get_entities (f.pack));
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, total);

  expected = count_matching (f.pack, "cyber", -1);
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, total);

  assert_row_kinds (&f);
  search (&f, "cyber");
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, expected);
  for (guint i = 0; i < expected; i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (f.model, i);
      g_assert_nonnull (strstr (lectern_entity_get_search_key (entity), "cyber"));
    }
  assert_row_kinds (&f);

  /* Case does not matter either. */
  search (&f, "CYBER");
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, expected);

  search (&f, "");
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, total);
  assert_row_kinds (&f);

  fixture_clear (&f);
}

static gboolean
is_sort_button (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Sort by Mentions") == 0;
}

static GtkToggleButton *
find_sort_button (Fixture *f)
{
  g_autoptr(GPtrArray) found = lectern_test_ui_find_all (GTK_WIDGET (f->sidebar), is_sort_button,
                                                         NULL);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static void
test_sort (void)
{
  Fixture f = { 0 };
  GtkToggleButton *sort;
  guint n;

  fixture_init (&f, lectern_test_ui_load_bundled ());
  n = g_list_model_get_n_items (f.model);

  /* By kind, then name. */
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(LecternEntity) a = g_list_model_get_item (f.model, i - 1);
      g_autoptr(LecternEntity) b = g_list_model_get_item (f.model, i);

      g_assert_cmpint (lectern_entity_get_kind (a), <=, lectern_entity_get_kind (b));
      if (lectern_entity_get_kind (a) == lectern_entity_get_kind (b))
        g_assert_cmpint (g_utf8_collate (lectern_entity_get_name (a),
                                         lectern_entity_get_name (b)), <=, 0);
    }

  sort = find_sort_button (&f);
  g_assert_false (gtk_toggle_button_get_active (sort));
  gtk_toggle_button_set_active (sort, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, n);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(LecternEntity) a = g_list_model_get_item (f.model, i - 1);
      g_autoptr(LecternEntity) b = g_list_model_get_item (f.model, i);

      g_assert_cmpuint (lectern_entity_get_mention_count (a), >=,
                        lectern_entity_get_mention_count (b));
    }
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (sort)), ==, "Sort by Kind and Name");

  gtk_toggle_button_set_active (sort, FALSE);
  {
    g_autoptr(LecternEntity) first = g_list_model_get_item (f.model, 0);
    g_autoptr(LecternEntity) last = g_list_model_get_item (f.model, n - 1);

    g_assert_cmpint (lectern_entity_get_kind (first), ==, LECTERN_ENTITY_PERSON);
    g_assert_cmpint (lectern_entity_get_kind (last), ==, LECTERN_ENTITY_CONCEPT);
  }

  fixture_clear (&f);
}

static void
test_kind_filter (void)
{
  Fixture f = { 0 };
  guint total;

  fixture_init (&f, lectern_test_ui_load_bundled ());
  total = g_list_model_get_n_items (f.model);

  for (guint kind = 0; kind < LECTERN_N_ENTITY_KINDS; kind++)
    {
      guint expected = count_matching (f.pack, "", kind);
      GtkStringObject *label;

      /* Position 0 is "All". */
      gtk_drop_down_set_selected (f.kind, kind + 1);
      label = gtk_drop_down_get_selected_item (f.kind);
      g_assert_cmpstr (gtk_string_object_get_string (label), ==,
                       lectern_entity_kind_get_label (kind));

      g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, expected);
      for (guint i = 0; i < expected; i++)
        {
          g_autoptr(LecternEntity) entity = g_list_model_get_item (f.model, i);
          g_assert_cmpint (lectern_entity_get_kind (entity), ==, kind);
        }
    }

  /* Search and kind combine. */
  gtk_drop_down_set_selected (f.kind, 1 + LECTERN_ENTITY_ORGANIZATION);
  search (&f, "cyber");
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==,
                    count_matching (f.pack, "cyber", LECTERN_ENTITY_ORGANIZATION));

  gtk_drop_down_set_selected (f.kind, 0);
  search (&f, "");
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, total);

  fixture_clear (&f);
}

static void
test_accents (void)
{
  static const struct
  {
    const char *query;
    const char *expected_id; /* NULL: no match */
  } cases[] = {
    { "ecole", "ecole" },
    { "ÉCOLE", "ecole" },
    { "école", "ecole" },
    { "guerre ecole", "ecole" },
    { "Tokyo", "tokyo" },
    { "a city", "tokyo" },
    { "b<i>c", "bold" },
    { "ecole tokyo", NULL },
    { "zzzz", NULL },
  };
  Fixture f = { 0 };

  fixture_init (&f, load_tiny_pack ());

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("query “%s”", cases[i].query);
      search (&f, cases[i].query);
      if (cases[i].expected_id != NULL)
        {
          g_autoptr(LecternEntity) entity = NULL;

          g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, 1);
          entity = g_list_model_get_item (f.model, 0);
          g_assert_cmpstr (lectern_entity_get_id (entity), ==, cases[i].expected_id);
        }
      else
        {
          g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, 0);
        }
      search (&f, "");
      g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, 3);
    }

  fixture_clear (&f);
}

static gboolean
is_results_stack (GtkWidget *widget,
                          gpointer   data)
{
  /* (GtkDropDown has a stack with an "empty" page of its own.) */
  return GTK_IS_STACK (widget) &&
         gtk_stack_get_child_by_name (GTK_STACK (widget), "results") != NULL &&
         gtk_stack_get_child_by_name (GTK_STACK (widget), "empty") != NULL;
}

static void
test_empty_state (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) stacks = NULL;
  GtkStack *results;
  AdwStatusPage *status;

  fixture_init (&f, lectern_test_ui_load_bundled ());
  stacks = lectern_test_ui_find_all (GTK_WIDGET (f.sidebar), is_results_stack, NULL);
  g_assert_cmpuint (stacks->len, ==, 1);
  results = g_ptr_array_index (stacks, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "results");

  search (&f, "no such entity anywhere");
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "empty");
  status = ADW_STATUS_PAGE (gtk_stack_get_visible_child (results));
  g_assert_cmpstr (adw_status_page_get_title (status), ==, "No Matching Entities");

  search (&f, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results), ==, "results");

  fixture_clear (&f);
}

static GPtrArray *
detail_rows (Fixture    *f,
             const char *css_class)
{
  return lectern_test_ui_find_all (GTK_WIDGET (f->detail), lectern_test_ui_has_css_class,
                                   (gpointer) css_class);
}

typedef struct
{
  LecternParagraph *paragraph;
  guint             start;
  guint             end;
  guint             count;
} Revealed;

static void
reveal_cb (LecternSelection *selection,
           LecternParagraph *paragraph,
           guint             start,
           guint             end,
           Revealed         *revealed)
{
  revealed->paragraph = paragraph;
  revealed->start = start;
  revealed->end = end;
  revealed->count++;
}

/* The entity of the bundled pack with the most events (and mentions). */
static LecternEntity *
pick_rich_entity (LecternPack *pack)
{
  GListModel *entities = lectern_pack_get_entities (pack);
  LecternMentionIndex *index = lectern_pack_get_mention_index (pack);
  LecternEntity *best = NULL;
  guint best_score = 0;

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);
      g_autoptr(GPtrArray) events = lectern_pack_get_entity_events (pack, entity);
      guint n_mentions = 0;

      lectern_mention_index_get_entity_mentions (index, entity, &n_mentions);
      if (n_mentions > 0 && events->len * 1000 + n_mentions > best_score)
        {
          best = entity;
          best_score = events->len * 1000 + n_mentions;
        }
    }
  g_assert_nonnull (best);
  return best;
}

static void
test_activate_row (void)
{
  Fixture f = { 0 };
  LecternEntity *entity;
  LecternMentionIndex *index;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) event_rows = NULL;
  g_autoptr(GPtrArray) mention_rows = NULL;
  const guint *positions;
  guint n_mentions = 0;
  const LecternMention *mention;
  Revealed revealed = { 0 };
  guint expected_results;

  fixture_init (&f, lectern_test_ui_load_bundled ());
  entity = pick_rich_entity (f.pack);
  index = lectern_pack_get_mention_index (f.pack);
  g_signal_connect (f.selection, "reveal", G_CALLBACK (reveal_cb), &revealed);

  /* Narrow the list first: going back must keep the search. */
  search (&f, lectern_entity_get_name (entity));
  expected_results = g_list_model_get_n_items (f.model);
  g_assert_cmpuint (expected_results, >=, 1);
  g_assert_cmpstr (visible_page (&f), ==, "list");

  gtk_widget_activate_action (GTK_WIDGET (f.list_view), "list.activate-item", "u",
                              find_position (f.model, entity));
  g_assert_true (lectern_selection_get_entity (f.selection) == entity);
  g_assert_cmpstr (visible_page (&f), ==, "detail");
  g_assert_true (lectern_entity_detail_get_entity (f.detail) == entity);

  /* Its events, in date order, each selecting its event. */
  events = lectern_pack_get_entity_events (f.pack, entity);
  event_rows = detail_rows (&f, "event-row");
  g_assert_cmpuint (event_rows->len, ==, events->len);
  g_assert_cmpuint (events->len, >, 0);
  for (guint i = 0; i < events->len; i++)
    {
      LecternEvent *event = g_ptr_array_index (events, i);
      g_autofree char *label = g_strdup_printf ("%s — %s",
                                                lectern_event_get_date_label (event),
                                                lectern_event_get_title (event));

      gtk_test_accessible_assert_property (g_ptr_array_index (event_rows, i),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      gtk_widget_activate (g_ptr_array_index (event_rows, i));
      g_assert_true (lectern_selection_get_event (f.selection) == event);
    }

  /* Its mentions, each revealing its range in the article. */
  positions = lectern_mention_index_get_entity_mentions (index, entity, &n_mentions);
  mention_rows = detail_rows (&f, "mention-row");
  g_assert_cmpuint (mention_rows->len, ==, n_mentions);
  g_assert_cmpuint (n_mentions, ==, lectern_entity_get_mention_count (entity));

  mention = lectern_mention_index_get_mention (index, positions[n_mentions - 1]);
  gtk_widget_activate (g_ptr_array_index (mention_rows, n_mentions - 1));
  g_assert_cmpuint (revealed.count, ==, 1);
  g_assert_cmpuint (lectern_paragraph_get_index (revealed.paragraph), ==, mention->paragraph);
  g_assert_cmpuint (revealed.start, ==, mention->start);
  g_assert_cmpuint (revealed.end, ==, mention->end);
  /* Revealing a mention keeps the entity. */
  g_assert_true (lectern_selection_get_entity (f.selection) == entity);

  /* Back: the list again, with the same search, and no entity selected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.sidebar), "sidebar.back", NULL));
  g_assert_cmpstr (visible_page (&f), ==, "list");
  g_assert_null (lectern_selection_get_entity (f.selection));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f.search)), ==,
                   lectern_entity_get_name (entity));
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, expected_results);

  /* Enter in the search opens the first result. */
  g_signal_emit_by_name (f.search, "activate");
  g_assert_cmpstr (visible_page (&f), ==, "detail");
  g_assert_nonnull (lectern_selection_get_entity (f.selection));

  g_signal_handlers_disconnect_by_func (f.selection, reveal_cb, &revealed);
  fixture_clear (&f);
}

static gboolean
is_back_button (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "sidebar.back") == 0;
}

static GtkWidget *
find_back_button (Fixture *f)
{
  g_autoptr(GPtrArray) found = lectern_test_ui_find_all (GTK_WIDGET (f->sidebar), is_back_button,
                                                         NULL);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

static void
test_selection_elsewhere (void)
{
  Fixture f = { 0 };
  LecternEntity *a;
  LecternEntity *b;

  fixture_init (&f, lectern_test_ui_load_bundled ());
  a = lectern_pack_lookup_entity (f.pack, "nisc");
  b = pick_rich_entity (f.pack);
  g_assert_nonnull (a);
  g_assert_true (a != b);
  g_assert_cmpstr (visible_page (&f), ==, "list");

  /* Even one that the search hides. */
  search (&f, "no such entity anywhere");

  lectern_selection_set_entity (f.selection, a);
  g_assert_cmpstr (visible_page (&f), ==, "detail");
  g_assert_true (lectern_entity_detail_get_entity (f.detail) == a);

  lectern_selection_set_entity (f.selection, b);
  g_assert_cmpstr (visible_page (&f), ==, "detail");
  g_assert_true (lectern_entity_detail_get_entity (f.detail) == b);

  lectern_selection_set_entity (f.selection, NULL);
  g_assert_cmpstr (visible_page (&f), ==, "list");

  lectern_selection_set_entity (f.selection, a);
  lectern_selection_clear (f.selection);
  g_assert_cmpstr (visible_page (&f), ==, "list");

  /* The back action is there only on the detail page. */
  g_assert_false (gtk_widget_get_sensitive (find_back_button (&f)));
  lectern_selection_set_entity (f.selection, a);
  g_assert_true (gtk_widget_get_sensitive (find_back_button (&f)));
  g_signal_emit_by_name (find_back_button (&f), "clicked");
  g_assert_cmpstr (visible_page (&f), ==, "list");
  g_assert_null (lectern_selection_get_entity (f.selection));
  g_assert_false (gtk_widget_get_sensitive (find_back_button (&f)));

  fixture_clear (&f);
}

static const char *
kind_name (LecternEntityKind kind)
{
  static const char *names[] = {
    [LECTERN_ENTITY_PERSON] = "Person",
    [LECTERN_ENTITY_ORGANIZATION] = "Organisation",
    [LECTERN_ENTITY_PLACE] = "Place",
    [LECTERN_ENTITY_LAW] = "Law or document",
    [LECTERN_ENTITY_CONCEPT] = "Concept",
  };
  return names[kind];
}

static void
test_row_accessible_labels (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  guint checked = 0;

  fixture_init (&f, lectern_test_ui_load_bundled ());
  rows = lectern_test_ui_find_all (GTK_WIDGET (f.list_view), lectern_test_ui_is_type,
                                   GSIZE_TO_POINTER (LECTERN_TYPE_ENTITY_ROW));
  g_assert_cmpuint (rows->len, >, 3);

  for (guint i = 0; i < rows->len; i++)
    {
      LecternEntity *entity = lectern_entity_row_get_entity (g_ptr_array_index (rows, i));
      g_autofree char *expected = NULL;
      guint count;

      if (entity == NULL)
        continue;
      count = lectern_entity_get_mention_count (entity);
      if (lectern_entity_get_native_name (entity) != NULL)
        expected = g_strdup_printf ("%s (%s), %s, %u %s",
                                    lectern_entity_get_name (entity),
                                    lectern_entity_get_native_name (entity),
                                    kind_name (lectern_entity_get_kind (entity)),
                                    count, count == 1 ? "mention" : "mentions");
      else
        expected = g_strdup_printf ("%s, %s, %u %s",
                                    lectern_entity_get_name (entity),
                                    kind_name (lectern_entity_get_kind (entity)),
                                    count, count == 1 ? "mention" : "mentions");
      gtk_test_accessible_assert_property (g_ptr_array_index (rows, i),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
      checked++;
    }
  g_assert_cmpuint (checked, >, 3);

  fixture_clear (&f);
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = lectern_test_ui_find_all (root, lectern_test_ui_is_type,
                                                          GSIZE_TO_POINTER (GTK_TYPE_LABEL));

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (strstr (gtk_label_get_text (label), text) != NULL)
        return label;
    }
  return NULL;
}

static void
test_markup_literal (void)
{
  Fixture f = { 0 };
  LecternEntity *bold;
  GtkLabel *label;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) mention_rows = NULL;

  fixture_init (&f, load_tiny_pack ());
  bold = lectern_pack_lookup_entity (f.pack, "bold");
  g_assert_nonnull (bold);

  /* In the list. */
  label = find_label (GTK_WIDGET (f.list_view), "Bold <b>Club</b> & Co");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Bold <b>Club</b> & Co");
  label = find_label (GTK_WIDGET (f.list_view), "&amp; <i>");
  g_assert_nonnull (label);

  /* In the detail: name, native name, aliases, summary, events, mentions. */
  lectern_selection_set_entity (f.selection, bold);
  g_assert_cmpstr (visible_page (&f), ==, "detail");
  label = find_label (GTK_WIDGET (f.detail), "Bold <b>Club</b> & Co");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Bold <b>Club</b> & Co");
  g_assert_nonnull (find_label (GTK_WIDGET (f.detail), "&amp; <i>"));
  g_assert_nonnull (find_label (GTK_WIDGET (f.detail), "B<i>C</i>"));
  g_assert_nonnull (find_label (GTK_WIDGET (f.detail), "Says <b>hello</b> & more."));
  g_assert_nonnull (find_label (GTK_WIDGET (f.detail), "Bold <b>Club</b> & Co writes"));

  rows = detail_rows (&f, "event-row");
  g_assert_cmpuint (rows->len, ==, 1);
  gtk_test_accessible_assert_property (g_ptr_array_index (rows, 0),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "2003 — Bold <b>Club</b> & Co writes");

  mention_rows = detail_rows (&f, "mention-row");
  g_assert_cmpuint (mention_rows->len, ==, 1);
  label = find_label (g_ptr_array_index (mention_rows, 0), "the Bold <b>Club</b> & Co wrote");
  g_assert_nonnull (label);
  /* The mention itself is bold: its markup is escaped pack text in <b>. */
  g_assert_nonnull (strstr (gtk_label_get_label (label),
                            "the <b>Bold &lt;b&gt;Club&lt;/b&gt; &amp; Co</b> wrote"));
  g_assert_nonnull (find_label (g_ptr_array_index (mention_rows, 0), "¶ 2"));

  fixture_clear (&f);
}

static void
test_snippet (void)
{
  static const struct
  {
    const char *text;
    guint       start;
    guint       end;
    guint       context;
    const char *expected;
  } cases[] = {
    { "NISC leads.", 0, 4, 30, "<b>NISC</b> leads." },
    { "It is NISC", 6, 10, 30, "It is <b>NISC</b>" },
    /* Cut at word boundaries, with an ellipsis where text was left out. */
    { "one two three four NISC five six seven eight", 19, 23, 8,
      "…four <b>NISC</b> five…" },
    { "alpha beta gamma NISC", 17, 21, 9, "…gamma <b>NISC</b>" },
    /* Characters, not bytes. */
    { "École and NISC", 10, 14, 30, "École and <b>NISC</b>" },
    /* Everything is escaped. */
    { "a <i> & NISC's <b>", 8, 14, 30, "a &lt;i&gt; &amp; <b>NISC&apos;s</b> &lt;b&gt;" },
    /* A partial word is left out. */
    { "Supercalifragilistic NISC", 21, 25, 5, "…<b>NISC</b>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = lectern_mention_snippet_markup (cases[i].text, cases[i].start,
                                                                cases[i].end, cases[i].context);

      g_assert_cmpstr (markup, ==, cases[i].expected);
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
    }
}

static void
test_pack_change (void)
{
  Fixture f = { 0 };
  g_autoptr(LecternPack) tiny = load_tiny_pack ();
  LecternEntity *entity;

  fixture_init (&f, lectern_test_ui_load_bundled ());
  entity = lectern_pack_lookup_entity (f.pack, "nisc");
  lectern_selection_set_entity (f.selection, entity);
  g_assert_cmpstr (visible_page (&f), ==, "detail");

  /* The window clears the selection when it swaps packs. */
  lectern_selection_clear (f.selection);
  lectern_entity_sidebar_set_pack (f.sidebar, tiny);
  g_assert_cmpstr (visible_page (&f), ==, "list");
  g_assert_null (lectern_entity_detail_get_entity (f.detail));
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, 3);

  lectern_entity_sidebar_set_pack (f.sidebar, f.pack);
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==,
                    g_list_model_get_n_items (lectern_pack_get_entities (f.pack)));
  lectern_entity_sidebar_set_pack (f.sidebar, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (f.model), ==, 0);
  lectern_entity_sidebar_set_pack (f.sidebar, f.pack);

  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  /* The accessible labels are read back through GTK's test AT context;
   * GTK_A11Y=none (the suite's default) would give widgets no context. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  lectern_test_ui_init (&argc, &argv);

  g_test_add_func ("/entity-sidebar/search", test_search);
  g_test_add_func ("/entity-sidebar/row-rebinding", test_row_rebinding);
  g_test_add_func ("/entity-sidebar/sort", test_sort);
  g_test_add_func ("/entity-sidebar/kind-filter", test_kind_filter);
  g_test_add_func ("/entity-sidebar/accents", test_accents);
  g_test_add_func ("/entity-sidebar/empty-state", test_empty_state);
  g_test_add_func ("/entity-sidebar/activate-row", test_activate_row);
  g_test_add_func ("/entity-sidebar/selection-elsewhere", test_selection_elsewhere);
  g_test_add_func ("/entity-sidebar/row-accessible-labels", test_row_accessible_labels);
  g_test_add_func ("/entity-sidebar/markup-literal", test_markup_literal);
  g_test_add_func ("/entity-sidebar/snippet", test_snippet);
  g_test_add_func ("/entity-sidebar/pack-change", test_pack_change);

  return g_test_run ();
}
