/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lectern-true-false-generator.h"

/*
 * A sentence of the article, either as written (true) or with one entity
 * swapped for another of the same kind, or one year for another year of the
 * pack (false). Keys: "true-false:PARAGRAPH:START-END" and
 * "true-false:PARAGRAPH:START-END:SWAP_START-SWAP_END:e=ENTITY-ID" or
 * "…:y=YEAR". A false sentence that also occurs in the article is never made.
 */

#define PREFIX       "true-false:"
#define MAX_ATTEMPTS 6
#define CACHE_KEY    "lectern-true-false"
#define MAX_SWAPS    65536

struct _LecternTrueFalseGenerator
{
  GObject parent_instance;
};

static void question_generator_iface_init (LecternQuestionGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternTrueFalseGenerator, lectern_true_false_generator,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LECTERN_TYPE_QUESTION_GENERATOR,
                                                      question_generator_iface_init))

typedef struct
{
  guint              start;
  guint              end;
  LecternQuizEntity *entity;  /* or a year */
  int                year;
} Span;

/* What this generator works out once per pack (kept on the context): the
 * spans of every sentence, and the false variants tried so far. */
typedef struct
{
  GPtrArray  *spans;       /* GArray of Span, per sentence */
  GPtrArray  *statements;  /* LecternQuizSentence, standalone with spans */
  GPtrArray  *true_keys;   /* char *, per statement */
  /* (sentence, span, entity or year index) → the false key, or "" when the
   * swap would make a sentence of the article */
  GHashTable *swaps;
  GPtrArray  *scratch;     /* for shuffling entities */
} Cache;

static void
cache_free (gpointer data)
{
  Cache *cache = data;

  g_ptr_array_unref (cache->spans);
  g_ptr_array_unref (cache->statements);
  g_ptr_array_unref (cache->true_keys);
  g_hash_table_unref (cache->swaps);
  g_ptr_array_unref (cache->scratch);
  g_free (cache);
}

/* Entity mentions and years written once in @sentence. */
static GArray *
find_spans (LecternQuizContext        *context,
            const LecternQuizSentence *sentence)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint i = 0; i < sentence->n_mentions; i++)
    {
      const LecternMention *mention =
        lectern_mention_index_get_mention (context->mentions, sentence->first_mention + i);
      Span span = { mention->start, mention->end,
                    lectern_quiz_context_get_entity (context, mention->entity), 0 };

      if (span.entity != NULL &&
          lectern_quiz_context_count_mentions (context, sentence, mention->entity) == 1)
        g_array_append_val (spans, span);
    }

  for (guint i = 0; i < sentence->years->len; i++)
    {
      const LecternSpan *year = &g_array_index (sentence->years, LecternSpan, i);
      Span span = { year->start, year->end, NULL, lectern_quiz_context_year_at (sentence, year) };

      if (lectern_quiz_context_count_year (sentence, span.year) == 1)
        g_array_append_val (spans, span);
    }

  return spans;
}

static gboolean
entity_swap_allowed (LecternQuizContext        *context,
                     const LecternQuizSentence *sentence,
                     const Span                *span,
                     LecternQuizEntity         *other)
{
  LecternEntityKind kind = lectern_entity_get_kind (span->entity->entity);

  return lectern_entity_get_kind (other->entity) == kind &&
         !lectern_quiz_context_related (context, span->entity, other) &&
         !lectern_quiz_context_sentence_mentions (context, sentence, other->entity);
}

static gboolean
year_swap_allowed (LecternQuizContext        *context,
                   const LecternQuizSentence *sentence,
                   const Span                *span,
                   int                        year)
{
  gboolean in_pack = FALSE;

  for (guint i = 0; i < context->years->len && !in_pack; i++)
    in_pack = g_array_index (context->years, int, i) == year;

  return in_pack && year != span->year && !lectern_quiz_context_sentence_has_year (sentence, year);
}

/* The false sentence, or %NULL when it happens to be in the article. */
static char *
make_swapped (LecternQuizContext        *context,
              const LecternQuizSentence *sentence,
              const Span                *span,
              const char                *replacement)
{
  g_autofree char *swapped = lectern_quiz_context_replace (sentence, span->start, span->end,
                                                           replacement);

  if (lectern_quiz_context_text_occurs (context, swapped))
    return NULL;

  return g_steal_pointer (&swapped);
}

static char *
replacement_text (const LecternQuizSentence *sentence,
                  const Span                *span,
                  LecternQuizEntity         *other,
                  int                        year)
{
  g_autofree char *original = NULL;

  if (other == NULL)
    return g_strdup_printf ("%d", year);

  original = lectern_text_substring (sentence->text, span->start - sentence->start,
                                     span->end - sentence->start);
  return lectern_quiz_context_entity_label (other, original);
}

static char *
make_key (const LecternQuizSentence *sentence,
          const Span                *span,
          const char                *code)
{
  return g_strdup_printf (PREFIX "%s:%u-%u:%u-%u:%s",
                          lectern_paragraph_get_id (sentence->paragraph),
                          sentence->start, sentence->end, span->start, span->end, code);
}

static Cache *
get_cache (LecternQuizContext *context)
{
  Cache *cache = lectern_quiz_context_get_data (context, CACHE_KEY);

  if (cache != NULL)
    return cache;

  cache = g_new0 (Cache, 1);
  cache->spans = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  cache->statements = g_ptr_array_new ();
  cache->true_keys = g_ptr_array_new_with_free_func (g_free);
  cache->swaps = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  cache->scratch = g_ptr_array_sized_new (context->entities->len);

  for (guint s = 0; s < context->sentences->len; s++)
    {
      const LecternQuizSentence *sentence = context->sentences->pdata[s];
      GArray *spans = find_spans (context, sentence);

      g_ptr_array_add (cache->spans, spans);
      if (!sentence->standalone || spans->len == 0)
        continue;

      g_ptr_array_add (cache->statements, (gpointer) sentence);
      g_ptr_array_add (cache->true_keys,
                       g_strdup_printf (PREFIX "%s:%u-%u",
                                        lectern_paragraph_get_id (sentence->paragraph),
                                        sentence->start, sentence->end));
    }

  lectern_quiz_context_set_data (context, CACHE_KEY, cache, cache_free);
  return cache;
}

/* The key of the false statement that swaps @span for entity @other (or
 * @year), or %NULL when that statement occurs in the article; the checks of
 * entity_swap_allowed() or year_swap_allowed() come first. Remembered per
 * sentence, span and swap. */
static const char *
swap_key (LecternQuizContext        *context,
          Cache                     *cache,
          const LecternQuizSentence *sentence,
          const Span                *span,
          LecternQuizEntity         *other,
          int                        year,
          guint                      swap_index)
{
  guint span_index = span - (const Span *) ((GArray *) cache->spans->pdata[sentence->index])->data;
  gint64 memo = ((gint64) sentence->index << 32) | ((gint64) span_index << 24) | swap_index;
  g_autofree char *replacement = NULL;
  g_autofree char *swapped = NULL;
  g_autofree char *code = NULL;
  const char *found;
  char *key;

  g_assert (span_index < 256 && swap_index < (1u << 24));

  found = g_hash_table_lookup (cache->swaps, &memo);
  if (found != NULL)
    return *found != '\0' ? found : NULL;

  replacement = replacement_text (sentence, span, other, year);
  swapped = make_swapped (context, sentence, span, replacement);
  if (swapped == NULL)
    {
      key = g_strdup ("");
    }
  else
    {
      if (other != NULL)
        code = g_strconcat ("e=", lectern_entity_get_id (other->entity), NULL);
      else
        code = g_strdup_printf ("y=%d", year);
      key = make_key (sentence, span, code);
    }

  if (g_hash_table_size (cache->swaps) >= MAX_SWAPS)
    g_hash_table_remove_all (cache->swaps);
  g_hash_table_insert (cache->swaps, g_memdup2 (&memo, sizeof memo), key);

  return *key != '\0' ? key : NULL;
}

/* A random false variant of @sentence, or %NULL. */
static const char *
pick_swap (LecternQuizContext        *context,
           Cache                     *cache,
           const LecternQuizSentence *sentence,
           GArray                    *spans,
           LecternRng                *rng)
{
  GPtrArray *others = cache->scratch;

  for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      const Span *span = &g_array_index (spans, Span, lectern_rng_below (rng, spans->len));

      if (span->entity != NULL)
        {
          g_ptr_array_set_size (others, context->entities->len);
          memcpy (others->pdata, context->entities->pdata, others->len * sizeof (gpointer));
          lectern_rng_shuffle (rng, others);

          for (guint i = 0; i < others->len; i++)
            {
              LecternQuizEntity *other = others->pdata[i];
              const char *key;

              if (!entity_swap_allowed (context, sentence, span, other))
                continue;

              key = swap_key (context, cache, sentence, span, other, 0, other->index);
              if (key != NULL)
                return key;
            }
        }
      else
        {
          guint n = context->years->len;
          guint offset = lectern_rng_below (rng, n);

          for (guint i = 0; i < n; i++)
            {
              int year = g_array_index (context->years, int, (offset + i) % n);
              const char *key;

              if (!year_swap_allowed (context, sentence, span, year))
                continue;

              key = swap_key (context, cache, sentence, span, NULL, year, (offset + i) % n);
              if (key != NULL)
                return key;
            }
        }
    }

  return NULL;
}

static LecternQuestionType
lectern_true_false_generator_get_question_type (LecternQuestionGenerator *generator)
{
  return LECTERN_QUESTION_TRUE_FALSE;
}

static void
lectern_true_false_generator_collect (LecternQuestionGenerator *generator,
                                      LecternQuizContext       *context,
                                      LecternRng               *rng,
                                      GPtrArray                *keys)
{
  Cache *cache = get_cache (context);

  for (guint s = 0; s < cache->statements->len; s++)
    {
      const LecternQuizSentence *sentence = cache->statements->pdata[s];
      const char *false_key;

      g_ptr_array_add (keys, g_strdup (cache->true_keys->pdata[s]));
      false_key = pick_swap (context, cache, sentence, cache->spans->pdata[sentence->index], rng);
      if (false_key != NULL)
        g_ptr_array_add (keys, g_strdup (false_key));
    }
}

static const Span *
lookup_span (GArray *spans,
             guint   start,
             guint   end)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);

      if (span->start == start && span->end == end)
        return span;
    }

  return NULL;
}

static LecternQuestion *
lectern_true_false_generator_build (LecternQuestionGenerator *generator,
                                    LecternQuizContext       *context,
                                    const char               *key,
                                    LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_auto(GStrv) parts = NULL;
  GArray *spans;
  g_autofree char *statement = NULL;
  g_autofree char *prompt = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *fact = NULL;
  const char *choices[3] = { _("True"), _("False"), NULL };
  const char *answers[2] = { NULL, NULL };
  const LecternQuizSentence *sentence;
  guint n_parts;

  if (!g_str_has_prefix (key, PREFIX))
    return NULL;

  parts = g_strsplit (key, ":", -1);
  n_parts = g_strv_length (parts);
  if (n_parts != 3 && n_parts != 5)
    return NULL;

  sentence = lectern_quiz_context_sentence_from_key (context, parts[1], parts[2]);
  if (sentence == NULL)
    return NULL;

  spans = get_cache (context)->spans->pdata[sentence->index];
  if (spans->len == 0)
    return NULL;

  if (n_parts == 3)
    {
      statement = g_strdup (sentence->text);
      answers[0] = choices[0];
      explanation = g_strdup (_("True: this is what the article says."));
    }
  else
    {
      g_autofree char *replacement = NULL;
      g_autofree char *original = NULL;
      LecternQuizEntity *other = NULL;
      const Span *span;
      guint start, end;
      int year = 0;

      if (!lectern_quiz_parse_range (parts[3], &start, &end) ||
          (span = lookup_span (spans, start, end)) == NULL)
        return NULL;

      if (g_str_has_prefix (parts[4], "e=") && span->entity != NULL)
        {
          other = lectern_quiz_context_lookup_entity (context, parts[4] + 2);
          if (other == NULL || !entity_swap_allowed (context, sentence, span, other))
            return NULL;
        }
      else if (g_str_has_prefix (parts[4], "y=") && span->entity == NULL)
        {
          year = (int) g_ascii_strtoll (parts[4] + 2, NULL, 10);
          if (!year_swap_allowed (context, sentence, span, year))
            return NULL;
        }
      else
        {
          return NULL;
        }

      replacement = replacement_text (sentence, span, other, year);
      statement = make_swapped (context, sentence, span, replacement);
      if (statement == NULL)
        return NULL;

      original = lectern_text_substring (sentence->text, span->start - sentence->start,
                                         span->end - sentence->start);
      answers[0] = choices[1];
      explanation = g_strdup_printf (_("False: the article says “%s”, not “%s”."),
                                     original, replacement);
    }

  prompt = g_strdup_printf (_("True or false? %s"), statement);
  fact = g_strdup_printf ("sentence/%s:%u", parts[1], sentence->start);

  spec.type = LECTERN_QUESTION_TRUE_FALSE;
  spec.format = LECTERN_ANSWER_CHOICE;
  spec.id = key;
  spec.fact = fact;
  spec.prompt = prompt;
  spec.choices = choices;
  spec.answers = answers;
  spec.explanation = explanation;
  lectern_quiz_spec_set_sentence (&spec, sentence);

  return lectern_question_new (&spec);
}

static void
question_generator_iface_init (LecternQuestionGeneratorInterface *iface)
{
  iface->get_question_type = lectern_true_false_generator_get_question_type;
  iface->collect = lectern_true_false_generator_collect;
  iface->build = lectern_true_false_generator_build;
}

static void
lectern_true_false_generator_class_init (LecternTrueFalseGeneratorClass *klass)
{
}

static void
lectern_true_false_generator_init (LecternTrueFalseGenerator *self)
{
}
