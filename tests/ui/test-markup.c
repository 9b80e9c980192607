/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "lectern-entity-detail.h"
#include "lectern-entity-row.h"
#include "lectern-quiz-card.h"
#include "lectern-quiz-options.h"
#include "lectern-quiz-code.h"
#include "lectern-quiz-view.h"
#include "lectern-test-ui.h"
#include "lectern-timeline-item.h"
#include "lectern-window.h"

/*
 * Packs whose names, summaries and titles look like Pango markup (<b>, &,
 * <span>, entities, broken tags) are shown literally everywhere: the window
 * title, the article, the sidebar list and detail, the timeline and the quiz.
 * A label may use markup only if it escaped the pack's text.
 */

typedef struct
{
  LecternWindow *window;
  LecternPack   *pack;
  GPtrArray     *strings;  /* every text of the pack that looks like markup */
  GPtrArray     *texts;    /* every text of the pack */
} Fixture;

/* Widgets */

static gboolean
is_label (GtkWidget *widget,
          gpointer   data)
{
  return GTK_IS_LABEL (widget);
}

/* Pack texts */

static gboolean
looks_like_markup (const char *text)
{
  return text != NULL && (strchr (text, '<') != NULL || strchr (text, '&') != NULL);
}

static void
add_string (GPtrArray  *strings,
            const char *text)
{
  if (text != NULL)
    g_ptr_array_add (strings, (gpointer) text);
}

/* Every text of @pack that a view may show. */
static GPtrArray *
pack_strings (LecternPack *pack)
{
  GPtrArray *strings = g_ptr_array_new ();
  GListModel *model;

  add_string (strings, lectern_pack_get_title (pack));
  add_string (strings, lectern_pack_get_author_name (pack));
  add_string (strings, lectern_pack_get_publisher (pack));

  model = lectern_pack_get_sections (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternSection) section = g_list_model_get_item (model, i);

      add_string (strings, lectern_section_get_heading (section));
    }
  model = lectern_pack_get_paragraphs (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (model, i);

      add_string (strings, lectern_paragraph_get_text (paragraph));
    }
  model = lectern_pack_get_entities (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (model, i);
      const char * const *aliases = lectern_entity_get_aliases (entity);

      add_string (strings, lectern_entity_get_name (entity));
      add_string (strings, lectern_entity_get_native_name (entity));
      add_string (strings, lectern_entity_get_summary (entity));
      for (guint k = 0; aliases != NULL && aliases[k] != NULL; k++)
        add_string (strings, aliases[k]);
    }
  model = lectern_pack_get_events (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternEvent) event = g_list_model_get_item (model, i);

      add_string (strings, lectern_event_get_title (event));
      add_string (strings, lectern_event_get_summary (event));
    }
  return strings;
}

static GPtrArray *
markup_strings (GPtrArray *texts)
{
  GPtrArray *strings = g_ptr_array_new ();

  for (guint i = 0; i < texts->len; i++)
    if (looks_like_markup (g_ptr_array_index (texts, i)))
      g_ptr_array_add (strings, g_ptr_array_index (texts, i));
  return strings;
}

static gboolean
in_some_text (Fixture    *f,
              const char *piece)
{
  for (guint i = 0; i < f->texts->len; i++)
    if (strstr (g_ptr_array_index (f->texts, i), piece) != NULL)
      return TRUE;
  return FALSE;
}

/* What @text would show as if it were taken for markup, or %NULL when it
 * is not valid markup or would show unchanged. */
static char *
as_markup (const char *text)
{
  g_autofree char *shown = NULL;

  if (!pango_parse_markup (text, -1, 0, NULL, &shown, NULL, NULL))
    return NULL;
  if (g_strcmp0 (shown, text) == 0)
    return NULL;
  return g_steal_pointer (&shown);
}

/* Checks */

/* No label under @root shows a pack text the way markup would render it:
 * each label that shows what a text renders to also shows the text itself
 * (unless the rendered form is written somewhere in the pack as well). */
static void
assert_no_markup_taken (Fixture   *f,
                        GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = lectern_test_ui_find_all_deep (root, is_label, NULL);

  for (guint i = 0; i < f->strings->len; i++)
    {
      const char *text = g_ptr_array_index (f->strings, i);
      g_autofree char *rendered = as_markup (text);

      if (rendered == NULL || *rendered == '\0' || in_some_text (f, rendered))
        continue;
      for (guint k = 0; k < labels->len; k++)
        {
          const char *shown = gtk_label_get_text (g_ptr_array_index (labels, k));

          if (strstr (shown, rendered) != NULL && strstr (shown, text) == NULL)
            g_error ("A label shows “%s”: “%s” was taken for markup", shown, text);
        }
    }
}

/* Some label under @root shows @text literally; a label using markup shows
 * it only because it was escaped. Returns the label. */
static GtkLabel *
assert_label_shows (GtkWidget  *root,
                    const char *text)
{
  g_autoptr(GPtrArray) labels = lectern_test_ui_find_all_deep (root, is_label, NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (strstr (gtk_label_get_text (label), text) == NULL)
        continue;
      if (gtk_label_get_use_markup (label))
        {
          g_autofree char *escaped = g_markup_escape_text (text, -1);

          if (strstr (gtk_label_get_label (label), escaped) == NULL)
            g_error ("The label “%s” shows “%s” without escaping it",
                     gtk_label_get_label (label), text);
        }
      return label;
    }
  g_error ("No label shows “%s” literally", text);
  return NULL;
}

static void
assert_article_shows (Fixture *f)
{
  GtkTextView *view = lectern_test_ui_find_type (GTK_WIDGET (f->window), GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  GListModel *model;

  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);

  g_assert_true (g_str_has_prefix (text, lectern_pack_get_title (f->pack)));
  if (lectern_pack_get_author_name (f->pack) != NULL)
    g_assert_nonnull (strstr (text, lectern_pack_get_author_name (f->pack)));

  model = lectern_pack_get_sections (f->pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternSection) section = g_list_model_get_item (model, i);
      const char *heading = lectern_section_get_heading (section);

      if (heading != NULL)
        g_assert_nonnull (strstr (text, heading));
    }
  model = lectern_pack_get_paragraphs (f->pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (model, i);

      g_assert_nonnull (strstr (text, lectern_paragraph_get_text (paragraph)));
    }
}

static void
assert_sidebar_rows_show (Fixture *f)
{
  g_autoptr(GPtrArray) rows = lectern_test_ui_find_all_deep (GTK_WIDGET (f->window),
                                                             lectern_test_ui_is_type,
                                                             GSIZE_TO_POINTER (LECTERN_TYPE_ENTITY_ROW));
  guint n_entities = g_list_model_get_n_items (lectern_pack_get_entities (f->pack));
  guint n_rows = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      LecternEntity *entity = lectern_entity_row_get_entity (LECTERN_ENTITY_ROW (row));
      g_autofree char *description = NULL;
      GtkLabel *label;

      if (entity == NULL)
        continue;
      n_rows++;
      label = assert_label_shows (row, lectern_entity_get_name (entity));
      g_assert_cmpstr (gtk_label_get_text (label), ==, lectern_entity_get_name (entity));
      if (lectern_entity_get_native_name (entity) != NULL)
        assert_label_shows (row, lectern_entity_get_native_name (entity));

      description = lectern_entity_row_describe (entity);
      g_assert_true (g_str_has_prefix (description, lectern_entity_get_name (entity)));
      gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, description);
    }
  g_assert_cmpuint (n_rows, ==, n_entities);
}

/* The snippet of a mention, less its "…" at either end, is a piece of a
 * paragraph, and it shows the mention. */
static void
assert_snippet_literal (Fixture    *f,
                        const char *snippet)
{
  GListModel *paragraphs = lectern_pack_get_paragraphs (f->pack);
  g_autofree char *piece = NULL;
  const char *start = snippet;
  gsize length;

  if (g_str_has_prefix (start, "…"))
    start += strlen ("…");
  length = strlen (start);
  if (g_str_has_suffix (start, "…"))
    length -= strlen ("…");
  piece = g_strndup (start, length);
  g_assert_cmpuint (strlen (piece), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, i);

      if (strstr (lectern_paragraph_get_text (paragraph), piece) != NULL)
        return;
    }
  g_error ("The mention snippet “%s” is not the text of a paragraph", snippet);
}

/* A snippet's markup is its text, escaped, with the mention in bold. */
static void
assert_snippet_escaped (GtkLabel *snippet)
{
  g_autoptr(GString) source = g_string_new (gtk_label_get_label (snippet));
  g_autofree char *escaped = g_markup_escape_text (gtk_label_get_text (snippet), -1);
  const char *bold = strstr (source->str, "<b>");
  const char *end_bold = g_strrstr (source->str, "</b>");

  g_assert_true (gtk_label_get_use_markup (snippet));
  g_assert_nonnull (bold);
  g_assert_nonnull (end_bold);
  g_assert_true (bold < end_bold);
  g_string_erase (source, end_bold - source->str, strlen ("</b>"));
  g_string_erase (source, bold - source->str, strlen ("<b>"));
  g_assert_cmpstr (source->str, ==, escaped);
}

static void
assert_detail_shows (Fixture       *f,
                     LecternEntity *entity)
{
  LecternEntityDetail *detail;
  const char * const *aliases = lectern_entity_get_aliases (entity);
  LecternMentionIndex *index = lectern_pack_get_mention_index (f->pack);
  g_autoptr(GPtrArray) snippets = NULL;
  g_autoptr(GPtrArray) events = NULL;
  guint n_mentions = 0;

  lectern_selection_set_entity (lectern_window_get_selection (f->window), entity);
  lectern_test_ui_flush ();
  detail = lectern_test_ui_find_type (GTK_WIDGET (f->window), LECTERN_TYPE_ENTITY_DETAIL);
  g_assert_nonnull (detail);
  g_assert_true (lectern_entity_detail_get_entity (detail) == entity);

  assert_label_shows (GTK_WIDGET (detail), lectern_entity_get_name (entity));
  assert_label_shows (GTK_WIDGET (detail), lectern_entity_get_summary (entity));
  if (lectern_entity_get_native_name (entity) != NULL)
    assert_label_shows (GTK_WIDGET (detail), lectern_entity_get_native_name (entity));
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    assert_label_shows (GTK_WIDGET (detail), aliases[i]);

  /* Its events: titles in the rows, summaries in their tooltips. */
  events = lectern_pack_get_entity_events (f->pack, entity);
  for (guint i = 0; i < events->len; i++)
    {
      LecternEvent *event = g_ptr_array_index (events, i);
      g_autoptr(GPtrArray) rows = lectern_test_ui_find_all_deep (GTK_WIDGET (detail),
                                                                 lectern_test_ui_has_css_class,
                                                                 "event-row");
      gboolean found = FALSE;

      assert_label_shows (GTK_WIDGET (detail), lectern_event_get_title (event));
      for (guint k = 0; k < rows->len; k++)
        found |= g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (rows, k)),
                            lectern_event_get_summary (event)) == 0;
      g_assert_true (found);
    }

  /* Its mentions: the text around each, with the mention, as written. */
  for (guint m = 0; m < lectern_mention_index_get_n_mentions (index); m++)
    n_mentions += lectern_mention_index_get_mention (index, m)->entity == entity;
  snippets = lectern_test_ui_find_all_deep (GTK_WIDGET (detail), lectern_test_ui_has_css_class,
                                            "mention-snippet");
  g_assert_cmpuint (snippets->len, ==, n_mentions);
  for (guint i = 0; i < snippets->len; i++)
    {
      GtkLabel *snippet = g_ptr_array_index (snippets, i);

      assert_snippet_literal (f, gtk_label_get_text (snippet));
      assert_snippet_escaped (snippet);
    }
  for (guint m = 0; m < lectern_mention_index_get_n_mentions (index); m++)
    {
      const LecternMention *mention = lectern_mention_index_get_mention (index, m);
      g_autoptr(LecternParagraph) paragraph = NULL;
      g_autofree char *words = NULL;
      const char *text;
      const char *from;

      if (mention->entity != entity)
        continue;
      paragraph = g_list_model_get_item (lectern_pack_get_paragraphs (f->pack),
                                         mention->paragraph);
      text = lectern_paragraph_get_text (paragraph);
      from = g_utf8_offset_to_pointer (text, mention->start);
      words = g_strndup (from, g_utf8_offset_to_pointer (text, mention->end) - from);
      assert_label_shows (GTK_WIDGET (detail), words);
    }

  assert_no_markup_taken (f, GTK_WIDGET (detail));
  lectern_selection_set_entity (lectern_window_get_selection (f->window), NULL);
  lectern_test_ui_flush ();
}

static guint
count_timeline_items (Fixture *f)
{
  g_autoptr(GPtrArray) items = NULL;
  guint n = 0;

  items = lectern_test_ui_find_all_deep (GTK_WIDGET (f->window), lectern_test_ui_is_type,
                                         GSIZE_TO_POINTER (LECTERN_TYPE_TIMELINE_ITEM));
  for (guint i = 0; i < items->len; i++)
    n += lectern_timeline_item_get_event (g_ptr_array_index (items, i)) != NULL;
  return n;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_for_timeline_items (Fixture *f)
{
  guint n_events = g_list_model_get_n_items (lectern_pack_get_events (f->pack));
  gboolean expired = FALSE;
  guint id = g_timeout_add (10000, timeout_cb, &expired);

  while (count_timeline_items (f) < n_events && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (id);
  g_assert_cmpuint (count_timeline_items (f), ==, n_events);
}

static void
assert_timeline_shows (Fixture *f)
{
  g_autoptr(GPtrArray) items = NULL;

  items = lectern_test_ui_find_all_deep (GTK_WIDGET (f->window), lectern_test_ui_is_type,
                                         GSIZE_TO_POINTER (LECTERN_TYPE_TIMELINE_ITEM));

  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *item = g_ptr_array_index (items, i);
      LecternEvent *event = lectern_timeline_item_get_event (LECTERN_TIMELINE_ITEM (item));
      g_autofree char *expected_tooltip = NULL;
      g_autofree char *accessible = NULL;
      GtkLabel *label;

      if (event == NULL)
        continue;
      label = assert_label_shows (item, lectern_event_get_title (event));
      g_assert_cmpstr (gtk_label_get_text (label), ==, lectern_event_get_title (event));

      expected_tooltip = g_strdup_printf ("%s\n", lectern_event_get_title (event));
      g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (item), expected_tooltip));
      /* The tooltip's markup is the escaped text. */
      g_assert_false (gtk_widget_get_has_tooltip (item) &&
                      g_strcmp0 (gtk_widget_get_tooltip_markup (item),
                                 gtk_widget_get_tooltip_text (item)) == 0 &&
                      looks_like_markup (lectern_event_get_title (event)));

      accessible = g_strdup_printf ("%s — %s", lectern_event_get_date_label (event),
                                    lectern_event_get_title (event));
      gtk_test_accessible_assert_property (item, GTK_ACCESSIBLE_PROPERTY_LABEL, accessible);
    }
}

static void
assert_quiz_shows (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-markup-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(LecternProgressStore) store = NULL;
  LecternQuizOptions options;
  g_autofree char *code = NULL;
  LecternQuizView *view;
  LecternQuizSession *session;
  guint n_questions, n_markup = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "progress.json", NULL);
  store = lectern_progress_store_new (path);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "quiz");
  view = lectern_test_ui_find_type (GTK_WIDGET (f->window), LECTERN_TYPE_QUIZ_VIEW);
  g_assert_nonnull (view);
  lectern_quiz_view_set_store (view, store);
  /* Every question of every type the pack allows. */
  lectern_quiz_options_init (&options);
  options.count = LECTERN_QUIZ_COUNT_ALL;
  g_assert_true (lectern_quiz_types_parse ("all", &options.types, NULL));
  code = lectern_quiz_code_encode (&options);
  g_assert_true (lectern_quiz_view_apply_code (view, code, &error));
  g_assert_no_error (error);
  /* Reveal style moves through the questions without answering them. */
  lectern_quiz_view_set_reveal_mode (view, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (view), "quiz.start", NULL);
  lectern_test_ui_flush ();

  session = lectern_quiz_view_get_session (view);
  g_assert_nonnull (session);
  n_questions = lectern_quiz_session_get_n_questions (session);
  g_assert_cmpuint (n_questions, >, 0);

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(GPtrArray) cards = lectern_test_ui_find_all_deep (GTK_WIDGET (view),
                                                                  lectern_test_ui_is_type,
                                                                  GSIZE_TO_POINTER (LECTERN_TYPE_QUIZ_CARD));
      LecternQuestion *question = NULL;
      const char *prompt;
      GtkLabel *label;

      for (guint k = 0; k < cards->len && question == NULL; k++)
        if (gtk_widget_get_mapped (g_ptr_array_index (cards, k)))
          question = lectern_quiz_card_get_question (g_ptr_array_index (cards, k));
      g_assert_nonnull (question);
      g_assert_true (question == lectern_quiz_session_get_question (session, i));

      prompt = lectern_question_get_prompt (question);
      label = assert_label_shows (GTK_WIDGET (view), prompt);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "quiz-prompt"));
      g_assert_cmpstr (gtk_label_get_text (label), ==, prompt);
      n_markup += looks_like_markup (prompt);
      assert_no_markup_taken (f, GTK_WIDGET (view));

      gtk_widget_activate_action (GTK_WIDGET (view), "quiz.next", NULL);
      lectern_test_ui_flush ();
    }
  /* (Too few entities and events for questions about their names: the
   * quiz cards are checked with such questions below.) */
  g_test_message ("%u of %u prompts look like markup", n_markup, n_questions);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "read");
  lectern_test_ui_flush ();
  g_remove (path);
  g_rmdir (dir);
}

/* A quiz card shows questions made of the pack's texts literally: prompt,
 * items and choices, and after an answer the right one and the explanation. */
static void
assert_quiz_card_shows (Fixture *f)
{
  static const LecternAnswerFormat formats[] = {
    LECTERN_ANSWER_CHOICE, LECTERN_ANSWER_ORDER, LECTERN_ANSWER_MATCH,
  };
  g_autoptr(LecternParagraph) paragraph =
    g_list_model_get_item (lectern_pack_get_paragraphs (f->pack), 0);
  const char *choices[3] = { NULL };
  const char *items[3] = { NULL };
  GListModel *entities = lectern_pack_get_entities (f->pack);
  GListModel *events = lectern_pack_get_events (f->pack);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *card = lectern_quiz_card_new ();

  g_assert_cmpuint (g_list_model_get_n_items (entities), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (events), >=, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);
      g_autoptr(LecternEvent) event = g_list_model_get_item (events, i);

      choices[i] = lectern_entity_get_name (entity);
      items[i] = lectern_event_get_title (event);
    }

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), card);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const char *answers[3] = { choices[0], formats[i] == LECTERN_ANSWER_CHOICE ? NULL
                                                                                 : choices[1],
                                 NULL };
      const char *response[3] = { choices[1], NULL, NULL };
      LecternQuestionSpec spec = {
        .type = formats[i] == LECTERN_ANSWER_MATCH ? LECTERN_QUESTION_MATCHING
                                                   : LECTERN_QUESTION_ENTITY,
        .format = formats[i],
        .id = "markup",
        .fact = "markup",
        .prompt = lectern_pack_get_title (f->pack),
        .items = formats[i] == LECTERN_ANSWER_MATCH ? items : NULL,
        .choices = choices,
        .answers = answers,
        .explanation = g_ptr_array_index (f->strings, f->strings->len - 1),
        .paragraph = paragraph,
        .source_start = 0,
        .source_end = 4,
        .source_text = lectern_paragraph_get_text (paragraph),
      };
      g_autoptr(LecternQuestion) question = lectern_question_new (&spec);

      lectern_quiz_card_set_question (LECTERN_QUIZ_CARD (card), question, "1 / 1");
      lectern_test_ui_flush ();
      assert_label_shows (card, spec.prompt);
      for (guint k = 0; choices[k] != NULL; k++)
        assert_label_shows (card, choices[k]);
      for (guint k = 0; spec.items != NULL && items[k] != NULL; k++)
        assert_label_shows (card, items[k]);
      assert_no_markup_taken (f, card);

      lectern_quiz_card_show_feedback (LECTERN_QUIZ_CARD (card), FALSE, response);
      lectern_test_ui_flush ();
      assert_label_shows (card, spec.explanation);
      assert_label_shows (card, choices[0]);
      assert_no_markup_taken (f, card);
    }

  lectern_test_ui_destroy_window (GTK_WIDGET (window), card);
}

static void
test_markup_shown_literally (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "hostile", name,
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  Fixture f = { 0 };
  GListModel *entities;

  f.pack = lectern_pack_load_file (file, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f.pack);
  f.texts = pack_strings (f.pack);
  f.strings = markup_strings (f.texts);
  g_assert_cmpuint (f.strings->len, >, 0);

  f.window = lectern_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1280, 800);
  lectern_window_set_pack (f.window, f.pack);
  gtk_window_present (GTK_WINDOW (f.window));
  wait_for_timeline_items (&f);

  /* Window title, article, sidebar list, timeline. */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (f.window)),
                                   lectern_pack_get_title (f.pack)));
  assert_article_shows (&f);
  assert_sidebar_rows_show (&f);
  assert_timeline_shows (&f);
  assert_no_markup_taken (&f, GTK_WIDGET (f.window));

  /* Every entity's detail. */
  entities = lectern_pack_get_entities (f.pack);
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);

      assert_detail_shows (&f, entity);
    }

  /* The quiz's questions. */
  assert_quiz_shows (&f);
  assert_quiz_card_shows (&f);

  lectern_test_ui_destroy_window (GTK_WIDGET (f.window), f.window);
  g_ptr_array_unref (f.strings);
  g_ptr_array_unref (f.texts);
  g_assert_finalize_object (f.pack);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const packs[] = { "valid-markup.json", "valid-markup-broken.json" };

  /* gtk_test_accessible_assert_property() needs accessible contexts, and
   * GTK_A11Y=none (the suite's default) gives widgets none. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  lectern_test_ui_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (packs); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/markup/%s", packs[i]);

      g_test_add_data_func (test_path, packs[i], test_markup_shown_literally);
    }
  return g_test_run ();
}
