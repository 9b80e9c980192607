/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-mention-index.h"
#include "lectern-paragraph.h"
#include "lectern-text.h"

struct _LecternMentionIndex
{
  GObject     parent_instance;

  GArray     *mentions;        /* LecternMention, by paragraph then start */
  guint      *paragraph_first; /* n_paragraphs + 1 entries */
  guint       n_paragraphs;
  GHashTable *by_entity;       /* LecternEntity* → GArray of guint */
  GPtrArray  *entities;        /* keeps the entities alive */
};

G_DEFINE_FINAL_TYPE (LecternMentionIndex, lectern_mention_index, G_TYPE_OBJECT)

typedef struct
{
  gunichar      *chars;
  glong          len;
  gboolean       case_sensitive;
  guint          entity_order;
  LecternEntity *entity;
} Term;

static void
term_free (gpointer data)
{
  Term *term = data;

  g_free (term->chars);
  g_free (term);
}

/* A term written entirely in capitals ("NISC", "U.S.") is an acronym and
 * matches only in capitals; any other term ignores case. */
static gboolean
is_acronym (const gunichar *chars,
            glong           len)
{
  gboolean has_letter = FALSE;

  for (glong i = 0; i < len; i++)
    {
      if (g_unichar_isalpha (chars[i]))
        {
          has_letter = TRUE;
          if (!g_unichar_isupper (chars[i]))
            return FALSE;
        }
    }
  return has_letter;
}

/* The lower-cased first word, as the bucket key. */
static char *
first_word_key (const gunichar *chars,
                glong           len)
{
  GString *key = g_string_new (NULL);

  for (glong i = 0; i < len && lectern_text_is_word_char (chars[i]); i++)
    g_string_append_unichar (key, g_unichar_tolower (chars[i]));
  return g_string_free (key, FALSE);
}

static void
add_term (GHashTable    *buckets,
          const char    *text,
          LecternEntity *entity,
          guint          entity_order)
{
  g_autofree char *key = NULL;
  GPtrArray *bucket;
  Term *term;
  glong len;
  gunichar *chars = g_utf8_to_ucs4_fast (text, -1, &len);

  if (len == 0 || !lectern_text_is_word_char (chars[0]))
    {
      /* Names must start with a letter or digit to be found (see pack-format.md). */
      g_free (chars);
      return;
    }

  term = g_new0 (Term, 1);
  term->chars = chars;
  term->len = len;
  term->case_sensitive = is_acronym (chars, len);
  term->entity = entity;
  term->entity_order = entity_order;

  key = first_word_key (chars, len);
  bucket = g_hash_table_lookup (buckets, key);
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new_with_free_func (term_free);
      g_hash_table_insert (buckets, g_steal_pointer (&key), bucket);
    }
  g_ptr_array_add (bucket, term);
}

static gboolean
term_matches (const Term     *term,
              const gunichar *chars,
              glong           n_chars,
              glong           at,
              guint64        *compared)
{
  if (at + term->len > n_chars)
    return FALSE;

  for (glong i = 0; i < term->len; i++)
    {
      gunichar a = chars[at + i];
      gunichar b = term->chars[i];

      *compared += 1;
      if (a == b)
        continue;
      if (term->case_sensitive || g_unichar_tolower (a) != g_unichar_tolower (b))
        return FALSE;
    }

  /* Whole words: no letter or digit may follow a term that ends in one. */
  if (at + term->len < n_chars && lectern_text_is_word_char (term->chars[term->len - 1]) &&
      lectern_text_is_word_char (chars[at + term->len]))
    return FALSE;
  return TRUE;
}

typedef struct
{
  guint start;
  guint end;
  guint entity_order;
  LecternEntity *entity;
} Candidate;

static int
compare_candidates_by_priority (gconstpointer a,
                                gconstpointer b)
{
  const Candidate *ca = a, *cb = b;
  guint la = ca->end - ca->start, lb = cb->end - cb->start;

  if (la != lb)
    return la > lb ? -1 : 1;
  if (ca->start != cb->start)
    return ca->start < cb->start ? -1 : 1;
  return ca->entity_order < cb->entity_order ? -1 : (ca->entity_order > cb->entity_order);
}

static int
compare_candidates_by_start (gconstpointer a,
                             gconstpointer b)
{
  const Candidate *ca = a, *cb = b;

  return ca->start < cb->start ? -1 : (ca->start > cb->start);
}

static void
index_paragraph (LecternMentionIndex *self,
                 GHashTable          *buckets,
                 LecternParagraph    *paragraph,
                 guint                paragraph_index)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree gunichar *chars = NULL;
  g_autofree guint8 *taken = NULL;
  GString *key = g_string_new (NULL);
  glong n_chars;
  guint64 budget, compared = 0;

  chars = g_utf8_to_ucs4_fast (lectern_paragraph_get_text (paragraph), -1, &n_chars);
  /* Characters compared, at most. Real text needs a few per character; a
   * hostile pack (thousands of names sharing a first word, against text made
   * of that word) would take hours, so past this the rest of the paragraph
   * is not searched. (Aho–Corasick would make this linear.) */
  budget = 64 * (guint64) n_chars + 65536;

  for (glong i = 0; i < n_chars && compared < budget; i++)
    {
      GPtrArray *bucket;
      glong j;

      if (!lectern_text_is_word_char (chars[i]) ||
          (i > 0 && lectern_text_is_word_char (chars[i - 1])))
        continue;

      g_string_truncate (key, 0);
      for (j = i; j < n_chars && lectern_text_is_word_char (chars[j]); j++)
        g_string_append_unichar (key, g_unichar_tolower (chars[j]));

      bucket = g_hash_table_lookup (buckets, key->str);
      if (bucket == NULL)
        continue;

      for (guint t = 0; t < bucket->len && compared < budget; t++)
        {
          const Term *term = g_ptr_array_index (bucket, t);

          if (term_matches (term, chars, n_chars, i, &compared))
            {
              Candidate c = { i, i + term->len, term->entity_order, term->entity };
              g_array_append_val (candidates, c);
            }
        }
    }
  g_string_free (key, TRUE);

  /* Longest match wins; of equal length, the earlier one. */
  g_array_sort (candidates, compare_candidates_by_priority);
  taken = g_malloc0 (n_chars + 1);
  {
    guint kept = 0;

    for (guint c = 0; c < candidates->len; c++)
      {
        Candidate *cand = &g_array_index (candidates, Candidate, c);
        gboolean free_range = TRUE;

        for (guint k = cand->start; k < cand->end && free_range; k++)
          free_range = !taken[k];
        if (!free_range)
          continue;
        memset (taken + cand->start, 1, cand->end - cand->start);
        g_array_index (candidates, Candidate, kept++) = *cand;
      }
    g_array_set_size (candidates, kept);
  }
  g_array_sort (candidates, compare_candidates_by_start);

  for (guint c = 0; c < candidates->len; c++)
    {
      const Candidate *cand = &g_array_index (candidates, Candidate, c);
      LecternMention m = { paragraph_index, cand->start, cand->end, cand->entity };
      g_array_append_val (self->mentions, m);
    }
}

static void
lectern_mention_index_finalize (GObject *object)
{
  LecternMentionIndex *self = (LecternMentionIndex *) object;

  g_clear_pointer (&self->mentions, g_array_unref);
  g_clear_pointer (&self->paragraph_first, g_free);
  g_clear_pointer (&self->by_entity, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);

  G_OBJECT_CLASS (lectern_mention_index_parent_class)->finalize (object);
}

static void
lectern_mention_index_class_init (LecternMentionIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lectern_mention_index_finalize;
}

static void
lectern_mention_index_init (LecternMentionIndex *self)
{
  self->mentions = g_array_new (FALSE, FALSE, sizeof (LecternMention));
  self->by_entity = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->entities = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * lectern_mention_index_new:
 * @paragraphs: the paragraphs in reading order
 * @entities: the entities whose names and aliases are looked for
 *
 * Finds every whole-word occurrence of an entity's name or alias.
 */
LecternMentionIndex *
lectern_mention_index_new (GListModel *paragraphs,
                           GListModel *entities)
{
  LecternMentionIndex *self;
  g_autoptr(GHashTable) buckets = NULL;
  guint n_entities;

  g_return_val_if_fail (G_IS_LIST_MODEL (paragraphs), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (entities), NULL);

  self = g_object_new (LECTERN_TYPE_MENTION_INDEX, NULL);
  buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                   (GDestroyNotify) g_ptr_array_unref);

  n_entities = g_list_model_get_n_items (entities);
  for (guint i = 0; i < n_entities; i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);
      const char * const *aliases = lectern_entity_get_aliases (entity);

      g_ptr_array_add (self->entities, g_object_ref (entity));
      add_term (buckets, lectern_entity_get_name (entity), entity, i);
      for (guint a = 0; aliases[a]; a++)
        add_term (buckets, aliases[a], entity, i);
    }

  self->n_paragraphs = g_list_model_get_n_items (paragraphs);
  self->paragraph_first = g_new0 (guint, self->n_paragraphs + 1);
  for (guint p = 0; p < self->n_paragraphs; p++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, p);

      self->paragraph_first[p] = self->mentions->len;
      index_paragraph (self, buckets, paragraph, p);
    }
  self->paragraph_first[self->n_paragraphs] = self->mentions->len;

  for (guint m = 0; m < self->mentions->len; m++)
    {
      const LecternMention *mention = &g_array_index (self->mentions, LecternMention, m);
      GArray *list = g_hash_table_lookup (self->by_entity, mention->entity);

      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (self->by_entity, mention->entity, list);
        }
      g_array_append_val (list, m);
    }

  return self;
}

guint
lectern_mention_index_get_n_mentions (LecternMentionIndex *self)
{
  g_return_val_if_fail (LECTERN_IS_MENTION_INDEX (self), 0);
  return self->mentions->len;
}

const LecternMention *
lectern_mention_index_get_mention (LecternMentionIndex *self,
                                   guint                position)
{
  g_return_val_if_fail (LECTERN_IS_MENTION_INDEX (self), NULL);
  g_return_val_if_fail (position < self->mentions->len, NULL);
  return &g_array_index (self->mentions, LecternMention, position);
}

const guint *
lectern_mention_index_get_entity_mentions (LecternMentionIndex *self,
                                           LecternEntity       *entity,
                                           guint               *n_mentions)
{
  GArray *list;

  g_return_val_if_fail (LECTERN_IS_MENTION_INDEX (self), NULL);
  g_return_val_if_fail (n_mentions != NULL, NULL);

  list = g_hash_table_lookup (self->by_entity, entity);
  *n_mentions = list ? list->len : 0;
  return list ? (const guint *) list->data : NULL;
}

guint
lectern_mention_index_get_paragraph_range (LecternMentionIndex *self,
                                           guint                paragraph,
                                           guint               *first)
{
  g_return_val_if_fail (LECTERN_IS_MENTION_INDEX (self), 0);

  if (paragraph >= self->n_paragraphs)
    {
      if (first)
        *first = self->mentions->len;
      return 0;
    }
  if (first)
    *first = self->paragraph_first[paragraph];
  return self->paragraph_first[paragraph + 1] - self->paragraph_first[paragraph];
}

const LecternMention *
lectern_mention_index_lookup (LecternMentionIndex *self,
                              guint                paragraph,
                              guint                offset)
{
  guint first, n;

  g_return_val_if_fail (LECTERN_IS_MENTION_INDEX (self), NULL);

  n = lectern_mention_index_get_paragraph_range (self, paragraph, &first);
  for (guint i = first; i < first + n; i++)
    {
      const LecternMention *m = &g_array_index (self->mentions, LecternMention, i);

      if (offset >= m->start && offset < m->end)
        return m;
      if (m->start > offset)
        break;
    }
  return NULL;
}
