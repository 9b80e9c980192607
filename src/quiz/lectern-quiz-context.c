/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-quiz-context.h"

#define SENTENCE_MIN_CHARS 40
#define SENTENCE_MAX_CHARS 300
/* Entries a memo may hold before lectern_quiz_context_trim() empties it. */
#define MEMO_MAX_ENTRIES   16384

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

  g_free (entity->folded_name);
  g_free (entity->lower_name);
  g_free (entity->masked_summary);
  g_free (entity->folded_masked_summary);
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

      sentence->index = self->sentences->len;
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
  g_autoptr(GPtrArray) names = lectern_quiz_entity_spellings (entity);
  const guint *positions;
  guint n_positions = 0;

  qe->entity = entity;
  qe->index = self->entities->len;
  qe->kind = lectern_entity_get_kind (entity);
  qe->folded_name = lectern_text_fold (lectern_entity_get_name (entity));
  qe->masked_summary = lectern_quiz_mask_names (lectern_entity_get_summary (entity), names);
  if (qe->masked_summary != NULL)
    qe->folded_masked_summary = lectern_text_fold (qe->masked_summary);

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

  /* How the article writes the name itself in lower case, inside a
   * sentence ("the country’s first cyber framework"). */
  for (guint i = 0; i < n_positions && qe->lower_name == NULL; i++)
    {
      const LecternMention *mention = lectern_mention_index_get_mention (self->mentions,
                                                                         positions[i]);
      LecternParagraph *paragraph = self->paragraphs->pdata[mention->paragraph];
      g_autofree char *text = lectern_text_substring (lectern_paragraph_get_text (paragraph),
                                                      mention->start, mention->end);
      g_autofree char *folded = lectern_text_fold (text);

      if (g_unichar_islower (g_utf8_get_char (text)) && strcmp (folded, qe->folded_name) == 0)
        qe->lower_name = g_steal_pointer (&text);
    }

  g_ptr_array_add (self->entities, qe);
  g_hash_table_insert (self->entities_by_id, (gpointer) lectern_entity_get_id (entity), qe);
  g_hash_table_insert (self->entities_by_object, entity, qe);
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
  self->folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->occurs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_datalist_init (&self->data);

  model = lectern_pack_get_paragraphs (pack);
  self->first_sentence = g_new0 (guint, g_list_model_get_n_items (model) + 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      LecternParagraph *paragraph = g_list_model_get_item (model, i);

      g_assert (lectern_paragraph_get_index (paragraph) == i);
      g_ptr_array_add (self->paragraphs, paragraph);
      g_ptr_array_add (self->folded_paragraphs,
                       lectern_text_fold (lectern_paragraph_get_text (paragraph)));
      self->first_sentence[i] = self->sentences->len;
      add_sentences (self, paragraph);
    }
  self->first_sentence[self->paragraphs->len] = self->sentences->len;

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

  lectern_quiz_context_compute_related (self);

  return self;
}

void
lectern_quiz_context_free (LecternQuizContext *self)
{
  if (self == NULL)
    return;

  g_datalist_clear (&self->data);
  g_clear_pointer (&self->occurs, g_hash_table_unref);
  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_clear_pointer (&self->first_sentence, g_free);
  g_clear_pointer (&self->related_starts, g_free);
  g_clear_pointer (&self->related_items, g_free);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->entities_by_object, g_hash_table_unref);
  g_clear_pointer (&self->entities_by_id, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->events_by_id, g_hash_table_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->sentences, g_ptr_array_unref);
  g_clear_pointer (&self->folded_paragraphs, g_ptr_array_unref);
  g_clear_pointer (&self->grams, g_free);
  g_clear_pointer (&self->paragraphs, g_ptr_array_unref);
  g_clear_object (&self->mentions);
  g_clear_object (&self->pack);
  g_free (self);
}

gpointer
lectern_quiz_context_get_data (LecternQuizContext *self,
                               const char         *key)
{
  return g_datalist_get_data (&self->data, key);
}

void
lectern_quiz_context_set_data (LecternQuizContext *self,
                               const char         *key,
                               gpointer            data,
                               GDestroyNotify      destroy)
{
  g_datalist_set_data_full (&self->data, key, data, destroy);
}

void
lectern_quiz_context_trim (LecternQuizContext *self)
{
  if (g_hash_table_size (self->folded) > MEMO_MAX_ENTRIES)
    g_hash_table_remove_all (self->folded);
  if (g_hash_table_size (self->occurs) > MEMO_MAX_ENTRIES)
    g_hash_table_remove_all (self->occurs);
}

const char *
lectern_quiz_context_fold (LecternQuizContext *self,
                           const char         *text)
{
  char *folded = g_hash_table_lookup (self->folded, text);

  if (folded == NULL)
    {
      folded = lectern_text_fold (text);
      g_hash_table_insert (self->folded, g_strdup (text), folded);
    }

  return folded;
}

const LecternQuizSentence *
lectern_quiz_context_find_sentence (LecternQuizContext *self,
                                    guint               paragraph_index,
                                    guint               offset)
{
  const LecternQuizSentence *best = NULL;

  if (paragraph_index >= self->paragraphs->len)
    return NULL;

  /* The sentences of one paragraph, in reading order. */
  for (guint i = self->first_sentence[paragraph_index];
       i < self->first_sentence[paragraph_index + 1]; i++)
    {
      const LecternQuizSentence *sentence = self->sentences->pdata[i];

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
  const guint *items = self->related_items + self->related_starts[a->index];
  guint low = 0, high = self->related_starts[a->index + 1] - self->related_starts[a->index];

  if (a == b)
    return TRUE;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (items[middle] == b->index)
        return TRUE;
      if (items[middle] < b->index)
        low = middle + 1;
      else
        high = middle;
    }
  return FALSE;
}

#define GRAM 16

/* FNV-1a of the GRAM bytes at @text. */
static inline guint64
hash_gram (const char *text)
{
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (guint i = 0; i < GRAM; i++)
    hash = (hash ^ (guchar) text[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return hash;
}

static void
ensure_grams (LecternQuizContext *self)
{
  gsize n_runs = 0, n_bits = 1 << 16;

  if (self->grams != NULL)
    return;
  for (guint i = 0; i < self->folded_paragraphs->len; i++)
    n_runs += strlen (self->folded_paragraphs->pdata[i]);
  /* About sixteen bits a run: a text of a few runs is rarely let through
   * by chance, and then strstr () decides. */
  while (n_bits < 16 * n_runs && n_bits < (G_MAXSIZE >> 2))
    n_bits <<= 1;
  self->grams_mask = n_bits - 1;
  self->grams = g_new0 (guint64, n_bits / 64);
  for (guint i = 0; i < self->folded_paragraphs->len; i++)
    {
      const char *text = self->folded_paragraphs->pdata[i];
      gsize length = strlen (text);

      for (gsize at = 0; at + GRAM <= length; at++)
        {
          gsize bit = hash_gram (text + at) & self->grams_mask;

          self->grams[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        }
    }
}

/* FALSE if @folded certainly does not occur in a folded paragraph. */
static gboolean
may_occur (LecternQuizContext *self,
           const char         *folded)
{
  gsize length = strlen (folded);

  if (length < GRAM)
    return TRUE;
  ensure_grams (self);
  for (gsize at = 0;; at = MIN (at + GRAM, length - GRAM))
    {
      gsize bit = hash_gram (folded + at) & self->grams_mask;

      if ((self->grams[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))) == 0)
        return FALSE;
      if (at == length - GRAM)
        return TRUE;
    }
}

gboolean
lectern_quiz_context_text_occurs (LecternQuizContext *self,
                                  const char         *text)
{
  gpointer memo = g_hash_table_lookup (self->occurs, text);
  g_autofree char *folded = NULL;
  gboolean occurs = FALSE;

  if (memo != NULL)
    return GPOINTER_TO_INT (memo) == 2;

  folded = lectern_text_fold (text);
  if (may_occur (self, folded))
    for (guint i = 0; i < self->folded_paragraphs->len && !occurs; i++)
      occurs = strstr (self->folded_paragraphs->pdata[i], folded) != NULL;

  g_hash_table_insert (self->occurs, g_strdup (text), GINT_TO_POINTER (occurs ? 2 : 1));
  return occurs;
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

  if (g_unichar_islower (model_first) && entity->lower_name != NULL)
    return g_strdup (entity->lower_name);

  out = g_string_new (NULL);
  if (g_unichar_islower (model_first) && g_unichar_isupper (first) &&
      entity->kind == LECTERN_ENTITY_CONCEPT && !is_acronym (name))
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
