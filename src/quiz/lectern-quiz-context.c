/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-quiz-context.h"

#define SENTENCE_MIN_CHARS 40
#define SENTENCE_MAX_CHARS 300

/* Openings that point back to an earlier sentence. */
static const char * const dangling_openings[] = {
  "this", "that", "these", "those", "it", "its", "they", "their", "them",
  "he", "his", "she", "her", "such", "in other words", "however", "therefore",
  "thus",
};

static void
sentence_free (gpointer data)
{
  LecternQuizSentence *sentence = data;

  g_free (sentence->text);
  g_clear_pointer (&sentence->years, g_array_unref);
  g_free (sentence);
}

static void
event_free (gpointer data)
{
  LecternQuizEvent *event = data;

  g_free (event->year_label);
  g_free (event->folded_title);
  g_free (event->source_text);
  g_free (event);
}

static void
entity_free (gpointer data)
{
  LecternQuizEntity *entity = data;

  g_free (entity->masked_summary);
  g_free (entity->acronym);
  g_free (entity);
}

static gboolean
is_acronym (const char *text)
{
  gboolean has_letter = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      if (g_unichar_isalpha (c))
        has_letter = TRUE;
    }

  return has_letter;
}

static gboolean
is_standalone (const char *text,
               guint       n_chars)
{
  g_autofree char *folded = NULL;

  if (n_chars < SENTENCE_MIN_CHARS || n_chars > SENTENCE_MAX_CHARS)
    return FALSE;

  folded = g_utf8_strdown (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (dangling_openings); i++)
    {
      gsize len = strlen (dangling_openings[i]);

      if (strncmp (folded, dangling_openings[i], len) == 0 &&
          !g_ascii_isalnum (folded[len]))
        return FALSE;
    }

  return TRUE;
}

/* Lower-cased characters, for case-insensitive whole-word search. */
static gunichar *
to_lower_chars (const char *text,
                glong      *n_chars)
{
  gunichar *chars = g_utf8_to_ucs4_fast (text, -1, n_chars);

  for (glong i = 0; i < *n_chars; i++)
    chars[i] = g_unichar_tolower (chars[i]);

  return chars;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Finds @needle as a whole word in @hay from @from; returns the start or -1. */
static glong
find_word (const gunichar *hay,
           glong           n_hay,
           const gunichar *needle,
           glong           n_needle,
           glong           from)
{
  if (n_needle == 0)
    return -1;

  for (glong i = from; i + n_needle <= n_hay; i++)
    {
      if (memcmp (hay + i, needle, n_needle * sizeof (gunichar)) != 0)
        continue;
      if (i > 0 && is_word_char (hay[i - 1]) && is_word_char (needle[0]))
        continue;
      if (i + n_needle < n_hay && is_word_char (hay[i + n_needle]) &&
          is_word_char (needle[n_needle - 1]))
        continue;
      return i;
    }

  return -1;
}

static gboolean
contains_word (const char *haystack,
               const char *needle)
{
  g_autofree gunichar *hay = NULL;
  g_autofree gunichar *sub = NULL;
  glong n_hay, n_sub;

  hay = to_lower_chars (haystack, &n_hay);
  sub = to_lower_chars (needle, &n_sub);

  return find_word (hay, n_hay, sub, n_sub, 0) >= 0;
}

static GPtrArray *
entity_spellings (LecternEntity *entity)
{
  GPtrArray *names = g_ptr_array_new ();
  const char * const *aliases = lectern_entity_get_aliases (entity);

  g_ptr_array_add (names, (gpointer) lectern_entity_get_name (entity));
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    g_ptr_array_add (names, (gpointer) aliases[i]);

  return names;
}

static int
compare_by_length_desc (gconstpointer a,
                        gconstpointer b)
{
  const char *sa = *(const char **) a;
  const char *sb = *(const char **) b;

  return (int) g_utf8_strlen (sb, -1) - (int) g_utf8_strlen (sa, -1);
}

static char *
mask_names (const char *text,
            GPtrArray  *names)
{
  g_autofree gunichar *chars = NULL;
  g_autofree guint8 *masked = NULL;
  glong n_chars;
  GString *out;

  chars = to_lower_chars (text, &n_chars);
  masked = g_new0 (guint8, n_chars + 1);

  g_ptr_array_sort (names, compare_by_length_desc);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree gunichar *name = NULL;
      glong n_name;
      glong at = 0;

      name = to_lower_chars (names->pdata[i], &n_name);
      while ((at = find_word (chars, n_chars, name, n_name, at)) >= 0)
        {
          gboolean free_span = TRUE;

          for (glong k = at; k < at + n_name; k++)
            free_span = free_span && masked[k] == 0;
          if (free_span)
            {
              masked[at] = 2;
              for (glong k = at + 1; k < at + n_name; k++)
                masked[k] = 1;
            }
          at += n_name;
        }
    }

  out = g_string_new (NULL);
  {
    const char *p = text;

    for (glong i = 0; i < n_chars; i++, p = g_utf8_next_char (p))
      {
        if (masked[i] == 2)
          g_string_append (out, "…");
        else if (masked[i] == 0)
          g_string_append_unichar (out, g_utf8_get_char (p));
      }
  }

  return g_string_free (out, FALSE);
}

static void
add_sentences (LecternQuizContext *self,
               LecternParagraph   *paragraph)
{
  const char *text = lectern_paragraph_get_text (paragraph);
  guint index = lectern_paragraph_get_index (paragraph);
  g_autoptr(GArray) spans = lectern_sentences_split (text);
  g_autoptr(GArray) years = lectern_sentences_find_years (text);
  guint first = 0, n_mentions;

  n_mentions = lectern_mention_index_get_paragraph_range (self->mentions, index, &first);

  for (guint i = 0; i < spans->len; i++)
    {
      const LecternSpan *span = &g_array_index (spans, LecternSpan, i);
      LecternQuizSentence *sentence = g_new0 (LecternQuizSentence, 1);

      sentence->paragraph = paragraph;
      sentence->paragraph_index = index;
      sentence->start = span->start;
      sentence->end = span->end;
      sentence->text = lectern_text_substring (text, span->start, span->end);
      sentence->standalone = is_standalone (sentence->text, span->end - span->start);
      sentence->first_mention = first;

      for (guint m = 0; m < n_mentions; m++)
        {
          const LecternMention *mention =
            lectern_mention_index_get_mention (self->mentions, first + m);

          if (mention->end <= span->start)
            sentence->first_mention = first + m + 1;
          else if (mention->start >= span->start && mention->end <= span->end)
            sentence->n_mentions++;
        }

      sentence->years = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
      for (guint y = 0; y < years->len; y++)
        {
          const LecternSpan *year = &g_array_index (years, LecternSpan, y);

          if (year->start >= span->start && year->end <= span->end)
            g_array_append_val (sentence->years, *year);
        }

      g_ptr_array_add (self->sentences, sentence);
    }
}

static void
add_event (LecternQuizContext *self,
           LecternEvent       *event)
{
  LecternQuizEvent *qe = g_new0 (LecternQuizEvent, 1);
  const LecternDate *end = lectern_event_get_end (event);
  LecternParagraph *paragraph;
  const LecternQuizSentence *first, *last;
  guint quote_start = lectern_event_get_quote_start (event);
  guint quote_end = lectern_event_get_quote_end (event);

  qe->event = event;
  qe->first_year = lectern_event_get_start (event)->year;
  qe->last_year = end != NULL ? end->year : qe->first_year;
  if (qe->last_year != qe->first_year)
    qe->year_label = g_strdup_printf ("%d–%d", qe->first_year, qe->last_year);
  else
    qe->year_label = g_strdup_printf ("%d", qe->first_year);
  qe->folded_title = lectern_text_fold (lectern_event_get_title (event));
  {
    g_autoptr(GArray) title_years = lectern_sentences_find_years (lectern_event_get_title (event));

    qe->title_has_year = title_years->len > 0;
  }

  paragraph = lectern_pack_lookup_paragraph (self->pack, lectern_event_get_paragraph_id (event));
  g_assert (paragraph != NULL);
  qe->paragraph = paragraph;

  first = lectern_quiz_context_find_sentence (self, lectern_paragraph_get_index (paragraph),
                                              quote_start);
  last = lectern_quiz_context_find_sentence (self, lectern_paragraph_get_index (paragraph),
                                             quote_end > quote_start ? quote_end - 1 : quote_end);
  qe->source_start = first != NULL ? first->start : quote_start;
  qe->source_end = last != NULL ? last->end : quote_end;
  qe->source_text = lectern_text_substring (lectern_paragraph_get_text (paragraph),
                                            qe->source_start, qe->source_end);

  g_ptr_array_add (self->events, qe);
  g_hash_table_insert (self->events_by_id, (gpointer) lectern_event_get_id (event), qe);

  for (int y = qe->first_year; y <= qe->last_year; y += MAX (1, qe->last_year - qe->first_year))
    {
      gboolean seen = FALSE;

      for (guint i = 0; i < self->years->len && !seen; i++)
        seen = g_array_index (self->years, int, i) == y;
      if (!seen)
        g_array_append_val (self->years, y);
    }
}

static void
add_entity (LecternQuizContext *self,
            LecternEntity      *entity)
{
  LecternQuizEntity *qe = g_new0 (LecternQuizEntity, 1);
  g_autoptr(GPtrArray) names = entity_spellings (entity);
  const guint *positions;
  guint n_positions = 0;

  qe->entity = entity;
  qe->index = self->entities->len;
  qe->masked_summary = mask_names (lectern_entity_get_summary (entity), names);

  for (guint i = 0; i < names->len && qe->acronym == NULL; i++)
    if (is_acronym (names->pdata[i]))
      qe->acronym = g_strdup (names->pdata[i]);

  positions = lectern_mention_index_get_entity_mentions (self->mentions, entity, &n_positions);
  if (n_positions > 0)
    {
      const LecternMention *mention = lectern_mention_index_get_mention (self->mentions,
                                                                         positions[0]);

      qe->first_sentence = lectern_quiz_context_find_sentence (self, mention->paragraph,
                                                               mention->start);
    }

  g_ptr_array_add (self->entities, qe);
  g_hash_table_insert (self->entities_by_id, (gpointer) lectern_entity_get_id (entity), qe);
  g_hash_table_insert (self->entities_by_object, entity, qe);
}

static void
mark_related (LecternQuizContext *self,
              guint               a,
              guint               b)
{
  guint n = self->entities->len;

  self->related[a * n + b] = 1;
  self->related[b * n + a] = 1;
}

static void
compute_related (LecternQuizContext *self)
{
  guint n = self->entities->len;
  g_autoptr(GPtrArray) spellings = NULL;

  spellings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  self->related = g_new0 (guint8, n * n);

  for (guint i = 0; i < n; i++)
    {
      LecternQuizEntity *qe = self->entities->pdata[i];

      g_ptr_array_add (spellings, entity_spellings (qe->entity));
    }

  for (guint a = 0; a < n; a++)
    {
      LecternQuizEntity *ea = self->entities->pdata[a];
      const char *summary = lectern_entity_get_summary (ea->entity);
      GPtrArray *names_a = spellings->pdata[a];

      for (guint b = 0; b < n; b++)
        {
          GPtrArray *names_b = spellings->pdata[b];

          if (a == b || self->related[a * n + b])
            continue;

          for (guint k = 0; k < names_b->len; k++)
            {
              gboolean hit = contains_word (summary, names_b->pdata[k]);

              for (guint j = 0; j < names_a->len && !hit; j++)
                hit = contains_word (names_a->pdata[j], names_b->pdata[k]);
              if (hit)
                {
                  mark_related (self, a, b);
                  break;
                }
            }
        }
    }

  for (guint i = 0; i < self->events->len; i++)
    {
      LecternQuizEvent *qe = self->events->pdata[i];
      const char * const *ids = lectern_event_get_entity_ids (qe->event);

      for (guint a = 0; ids != NULL && ids[a] != NULL; a++)
        for (guint b = a + 1; ids[b] != NULL; b++)
          {
            LecternQuizEntity *ea = g_hash_table_lookup (self->entities_by_id, ids[a]);
            LecternQuizEntity *eb = g_hash_table_lookup (self->entities_by_id, ids[b]);

            if (ea != NULL && eb != NULL)
              mark_related (self, ea->index, eb->index);
          }
    }
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

LecternQuizContext *
lectern_quiz_context_new (LecternPack *pack)
{
  LecternQuizContext *self;
  GListModel *model;

  g_return_val_if_fail (LECTERN_IS_PACK (pack), NULL);

  self = g_new0 (LecternQuizContext, 1);
  self->pack = g_object_ref (pack);
  self->mentions = g_object_ref (lectern_pack_get_mention_index (pack));
  self->paragraphs = g_ptr_array_new_with_free_func (g_object_unref);
  self->folded_paragraphs = g_ptr_array_new_with_free_func (g_free);
  self->sentences = g_ptr_array_new_with_free_func (sentence_free);
  self->events = g_ptr_array_new_with_free_func (event_free);
  self->events_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->entities = g_ptr_array_new_with_free_func (entity_free);
  self->entities_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->entities_by_object = g_hash_table_new (NULL, NULL);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));

  model = lectern_pack_get_paragraphs (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      LecternParagraph *paragraph = g_list_model_get_item (model, i);

      g_ptr_array_add (self->paragraphs, paragraph);
      g_ptr_array_add (self->folded_paragraphs,
                       lectern_text_fold (lectern_paragraph_get_text (paragraph)));
      add_sentences (self, paragraph);
    }

  model = lectern_pack_get_events (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternEvent) event = g_list_model_get_item (model, i);

      add_event (self, event);
    }
  g_array_sort (self->years, compare_ints);

  model = lectern_pack_get_entities (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (model, i);

      add_entity (self, entity);
    }

  compute_related (self);

  return self;
}

void
lectern_quiz_context_free (LecternQuizContext *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->related, g_free);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->entities_by_object, g_hash_table_unref);
  g_clear_pointer (&self->entities_by_id, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->events_by_id, g_hash_table_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->sentences, g_ptr_array_unref);
  g_clear_pointer (&self->folded_paragraphs, g_ptr_array_unref);
  g_clear_pointer (&self->paragraphs, g_ptr_array_unref);
  g_clear_object (&self->mentions);
  g_clear_object (&self->pack);
  g_free (self);
}

const LecternQuizSentence *
lectern_quiz_context_find_sentence (LecternQuizContext *self,
                                    guint               paragraph_index,
                                    guint               offset)
{
  const LecternQuizSentence *best = NULL;

  /* Sentences are in reading order; few enough for a linear scan. */
  for (guint i = 0; i < self->sentences->len; i++)
    {
      const LecternQuizSentence *sentence = self->sentences->pdata[i];

      if (sentence->paragraph_index < paragraph_index)
        continue;
      if (sentence->paragraph_index > paragraph_index)
        break;
      if (sentence->start <= offset)
        best = sentence;
      if (offset < sentence->end)
        break;
    }

  return best;
}

LecternQuizEvent *
lectern_quiz_context_lookup_event (LecternQuizContext *self,
                                   const char         *id)
{
  return g_hash_table_lookup (self->events_by_id, id);
}

LecternQuizEntity *
lectern_quiz_context_lookup_entity (LecternQuizContext *self,
                                    const char         *id)
{
  return g_hash_table_lookup (self->entities_by_id, id);
}

LecternQuizEntity *
lectern_quiz_context_get_entity (LecternQuizContext *self,
                                 LecternEntity      *entity)
{
  return g_hash_table_lookup (self->entities_by_object, entity);
}

gboolean
lectern_quiz_context_related (LecternQuizContext *self,
                              LecternQuizEntity  *a,
                              LecternQuizEntity  *b)
{
  return a == b || self->related[a->index * self->entities->len + b->index] != 0;
}

gboolean
lectern_quiz_context_text_occurs (LecternQuizContext *self,
                                  const char         *text)
{
  g_autofree char *folded = lectern_text_fold (text);

  for (guint i = 0; i < self->folded_paragraphs->len; i++)
    if (strstr (self->folded_paragraphs->pdata[i], folded) != NULL)
      return TRUE;

  return FALSE;
}

char *
lectern_quiz_context_replace (const LecternQuizSentence *sentence,
                              guint                      start,
                              guint                      end,
                              const char                *replacement)
{
  const char *text = sentence->text;
  gsize from, to;
  GString *out;

  g_assert (start >= sentence->start && end <= sentence->end && start <= end);

  from = lectern_text_char_to_byte (text, start - sentence->start);
  to = lectern_text_char_to_byte (text, end - sentence->start);

  out = g_string_new_len (text, from);
  g_string_append (out, replacement);
  g_string_append (out, text + to);

  return g_string_free (out, FALSE);
}

char *
lectern_quiz_context_entity_label (LecternQuizEntity *entity,
                                   const char        *model)
{
  const char *name = lectern_entity_get_name (entity->entity);
  gunichar model_first, first;
  GString *out;

  if (model == NULL)
    return g_strdup (name);

  if (is_acronym (model) && entity->acronym != NULL)
    return g_strdup (entity->acronym);

  model_first = g_utf8_get_char (model);
  first = g_utf8_get_char (name);
  out = g_string_new (NULL);

  if (g_unichar_islower (model_first) && g_unichar_isupper (first) &&
      lectern_entity_get_kind (entity->entity) == LECTERN_ENTITY_CONCEPT &&
      !is_acronym (name))
    g_string_append_unichar (out, g_unichar_tolower (first));
  else if (g_unichar_isupper (model_first) && g_unichar_islower (first))
    g_string_append_unichar (out, g_unichar_toupper (first));
  else
    g_string_append_unichar (out, first);

  g_string_append (out, g_utf8_next_char (name));
  return g_string_free (out, FALSE);
}

gboolean
lectern_quiz_context_intervals_overlap (LecternQuizEvent *a,
                                        LecternQuizEvent *b)
{
  return a->first_year <= b->last_year && b->first_year <= a->last_year;
}

gboolean
lectern_quiz_context_sentence_mentions (LecternQuizContext        *self,
                                        const LecternQuizSentence *sentence,
                                        LecternEntity             *entity)
{
  for (guint i = 0; i < sentence->n_mentions; i++)
    {
      const LecternMention *mention =
        lectern_mention_index_get_mention (self->mentions, sentence->first_mention + i);

      if (mention->entity == entity)
        return TRUE;
    }

  return FALSE;
}

guint
lectern_quiz_context_count_mentions (LecternQuizContext        *self,
                                     const LecternQuizSentence *sentence,
                                     LecternEntity             *entity)
{
  guint n = 0;

  for (guint i = 0; i < sentence->n_mentions; i++)
    {
      const LecternMention *mention =
        lectern_mention_index_get_mention (self->mentions, sentence->first_mention + i);

      if (mention->entity == entity)
        n++;
    }

  return n;
}

guint
lectern_quiz_context_count_year (const LecternQuizSentence *sentence,
                                 int                        year)
{
  guint n = 0;

  for (guint i = 0; i < sentence->years->len; i++)
    {
      const LecternSpan *span = &g_array_index (sentence->years, LecternSpan, i);

      if (lectern_quiz_context_year_at (sentence, span) == year)
        n++;
    }

  return n;
}

int
lectern_quiz_context_year_at (const LecternQuizSentence *sentence,
                              const LecternSpan         *span)
{
  const char *p = g_utf8_offset_to_pointer (sentence->text, span->start - sentence->start);

  return (int) g_ascii_strtoll (p, NULL, 10);
}

gboolean
lectern_quiz_context_sentence_has_year (const LecternQuizSentence *sentence,
                                        int                        year)
{
  return lectern_quiz_context_count_year (sentence, year) > 0;
}
