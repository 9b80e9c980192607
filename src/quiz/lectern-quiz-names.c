/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-quiz-context.h"

/* Names in text: an entity's spellings, its summary with them blanked out,
 * and which entities are too close to stand in for one another. */

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

/* Whether @needle is at @hay[@i] as a whole word. */
static gboolean
matches_at (const gunichar *hay,
            glong           n_hay,
            const gunichar *needle,
            glong           n_needle,
            glong           i)
{
  if (n_needle == 0 || i + n_needle > n_hay ||
      memcmp (hay + i, needle, n_needle * sizeof (gunichar)) != 0)
    return FALSE;
  if (i > 0 && is_word_char (hay[i - 1]) && is_word_char (needle[0]))
    return FALSE;
  if (i + n_needle < n_hay && is_word_char (hay[i + n_needle]) &&
      is_word_char (needle[n_needle - 1]))
    return FALSE;
  return TRUE;
}

/* Finds @needle as a whole word in @hay from @from; returns the start or -1. */
static glong
find_word (const gunichar *hay,
           glong           n_hay,
           const gunichar *needle,
           glong           n_needle,
           glong           from)
{
  for (glong i = from; i + n_needle <= n_hay; i++)
    if (matches_at (hay, n_hay, needle, n_needle, i))
      return i;
  return -1;
}

/* Text as lower-cased characters, for finding names in it. */
typedef struct
{
  gunichar *chars;
  glong     n_chars;
} Chars;

static void
chars_clear (gpointer data)
{
  Chars *chars = data;

  g_free (chars->chars);
}

static void
chars_init (Chars      *chars,
            const char *text)
{
  chars->chars = to_lower_chars (text, &chars->n_chars);
}

GPtrArray *
lectern_quiz_entity_spellings (LecternEntity *entity)
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

/* Whether the word that ends just before @at (one space between) starts
 * with a capital and does not open a sentence: "East" in "East China Sea". */
static gboolean
capitalised_word_before (const gunichar *chars,
                         glong           at)
{
  glong start = at - 1;

  if (start < 1 || chars[start] != ' ' || !is_word_char (chars[start - 1]))
    return FALSE;

  while (start > 0 && is_word_char (chars[start - 1]))
    start--;

  if (!g_unichar_isupper (chars[start]))
    return FALSE;

  /* The first word of the text or of a sentence is capitalised anyway. */
  while (start > 0 && chars[start - 1] == ' ')
    start--;
  if (start == 0)
    return FALSE;

  switch (chars[start - 1])
    {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
      return FALSE;
    default:
      return TRUE;
    }
}

/* Whether a capitalised word follows @end (one space between): "Sea". */
static gboolean
capitalised_word_after (const gunichar *chars,
                        glong           n_chars,
                        glong           end)
{
  return end + 1 < n_chars && chars[end] == ' ' && g_unichar_isupper (chars[end + 1]);
}

/* @text with @names blanked out as "…", or %NULL when one of them is only
 * part of a longer proper name ("China" in "East China Sea"), which
 * blanking would cut in two. */
char *
lectern_quiz_mask_names (const char *text,
                         GPtrArray  *names)
{
  g_autofree gunichar *original = NULL;
  g_autofree gunichar *chars = NULL;
  g_autofree guint8 *masked = NULL;
  glong n_chars;
  GString *out;

  original = g_utf8_to_ucs4_fast (text, -1, &n_chars);
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
              if (capitalised_word_before (original, at) ||
                  capitalised_word_after (original, n_chars, at + n_name))
                return NULL;

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

/* Entities are related when one's name is in the other's summary or names,
 * or both are named by one event. A pack made to relate everything to
 * everything would take time and memory by the square of its size: past
 * these limits further relations are not looked for. */
#define MAX_RELATED_PAIRS  (4u * 1024 * 1024)
#define MAX_RELATED_CHECKS (64u * 1024 * 1024)

typedef struct
{
  guint           entity;
  const gunichar *chars;
  glong           n_chars;
} Needle;

typedef struct
{
  GArray     *pairs;  /* guint64: a << 32 | b, both ways round */
  gsize       checks; /* comparisons made */
  GHashTable *by_word; /* first word of a spelling (UTF-8) → GArray of Needle */
  GArray     *others; /* Needle: spellings that do not start with a word character */
  GString    *word;
} Relating;

static gboolean
relate (Relating *r,
        guint     a,
        guint     b)
{
  guint64 pair;

  if (r->pairs->len >= 2 * MAX_RELATED_PAIRS || r->checks++ >= MAX_RELATED_CHECKS)
    return FALSE;
  if (a == b)
    return TRUE;
  pair = (guint64) a << 32 | b;
  g_array_append_val (r->pairs, pair);
  pair = (guint64) b << 32 | a;
  g_array_append_val (r->pairs, pair);
  return TRUE;
}

/* The word that starts at @chars[@i], into r->word as UTF-8. */
static void
take_word (Relating       *r,
           const gunichar *chars,
           glong           n_chars,
           glong           i)
{
  g_string_truncate (r->word, 0);
  for (; i < n_chars && is_word_char (chars[i]); i++)
    g_string_append_unichar (r->word, chars[i]);
}

static void
add_needle (Relating    *r,
            guint        entity,
            const Chars *spelling)
{
  Needle needle = { entity, spelling->chars, spelling->n_chars };
  GArray *needles;

  if (spelling->n_chars == 0)
    return;
  if (!is_word_char (spelling->chars[0]))
    {
      g_array_append_val (r->others, needle);
      return;
    }
  take_word (r, spelling->chars, spelling->n_chars, 0);
  needles = g_hash_table_lookup (r->by_word, r->word->str);
  if (needles == NULL)
    {
      needles = g_array_new (FALSE, FALSE, sizeof (Needle));
      g_hash_table_insert (r->by_word, g_strdup (r->word->str), needles);
    }
  g_array_append_val (needles, needle);
}

/* Relates @owner to every entity with a spelling in @hay: a spelling that
 * starts with a word character can only start where a word of @hay starts,
 * with the same word, so only those are compared. */
static gboolean
relate_text (Relating    *r,
             guint        owner,
             const Chars *hay)
{
  for (glong i = 0; i < hay->n_chars; i++)
    {
      GArray *needles;

      if (!is_word_char (hay->chars[i]) || (i > 0 && is_word_char (hay->chars[i - 1])))
        continue;
      take_word (r, hay->chars, hay->n_chars, i);
      needles = g_hash_table_lookup (r->by_word, r->word->str);
      for (guint k = 0; needles != NULL && k < needles->len; k++)
        {
          const Needle *needle = &g_array_index (needles, Needle, k);

          if (needle->entity != owner &&
              matches_at (hay->chars, hay->n_chars, needle->chars, needle->n_chars, i) &&
              !relate (r, owner, needle->entity))
            return FALSE;
        }
    }
  for (guint k = 0; k < r->others->len; k++)
    {
      const Needle *needle = &g_array_index (r->others, Needle, k);

      if (needle->entity != owner &&
          find_word (hay->chars, hay->n_chars, needle->chars, needle->n_chars, 0) >= 0 &&
          !relate (r, owner, needle->entity))
        return FALSE;
    }
  return TRUE;
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* Sorted, without repeats, as lists per entity. */
static void
store_related (LecternQuizContext *self,
               GArray             *pairs)
{
  guint n = self->entities->len;
  guint n_items = 0;

  g_array_sort (pairs, compare_pairs);
  self->related_starts = g_new0 (guint, n + 1);
  self->related_items = g_new (guint, MAX (pairs->len, 1));
  for (guint i = 0; i < pairs->len; i++)
    {
      guint64 pair = g_array_index (pairs, guint64, i);

      if (i > 0 && pair == g_array_index (pairs, guint64, i - 1))
        continue;
      self->related_items[n_items++] = (guint) (pair & G_MAXUINT32);
      self->related_starts[(pair >> 32) + 1]++;
    }
  for (guint i = 0; i < n; i++)
    self->related_starts[i + 1] += self->related_starts[i];
}

void
lectern_quiz_context_compute_related (LecternQuizContext *self)
{
  guint n = self->entities->len;
  g_autoptr(GArray) summaries = g_array_sized_new (FALSE, FALSE, sizeof (Chars), n);
  g_autoptr(GPtrArray) spellings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GHashTable) by_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (Needle));
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GArray) indexes = g_array_new (FALSE, FALSE, sizeof (guint));
  Relating r = { pairs, 0, by_word, others, word };
  gboolean more = TRUE;

  g_array_set_clear_func (summaries, chars_clear);

  /* Each entity's summary and spellings, lower-cased once. */
  for (guint i = 0; i < n; i++)
    {
      LecternQuizEntity *qe = self->entities->pdata[i];
      g_autoptr(GPtrArray) names = lectern_quiz_entity_spellings (qe->entity);
      GArray *chars = g_array_sized_new (FALSE, FALSE, sizeof (Chars), names->len);
      Chars summary;

      g_array_set_clear_func (chars, chars_clear);
      for (guint k = 0; k < names->len; k++)
        {
          Chars name;

          chars_init (&name, names->pdata[k]);
          g_array_append_val (chars, name);
        }
      g_ptr_array_add (spellings, chars);

      chars_init (&summary, lectern_entity_get_summary (qe->entity));
      g_array_append_val (summaries, summary);
    }

  for (guint b = 0; b < n; b++)
    {
      GArray *names = spellings->pdata[b];

      for (guint k = 0; k < names->len; k++)
        add_needle (&r, b, &g_array_index (names, Chars, k));
    }

  for (guint a = 0; a < n && more; a++)
    {
      GArray *names = spellings->pdata[a];

      more = relate_text (&r, a, &g_array_index (summaries, Chars, a));
      for (guint j = 0; j < names->len && more; j++)
        more = relate_text (&r, a, &g_array_index (names, Chars, j));
    }

  for (guint i = 0; i < self->events->len && more; i++)
    {
      LecternQuizEvent *qe = self->events->pdata[i];
      const char * const *ids = lectern_event_get_entity_ids (qe->event);

      g_array_set_size (indexes, 0);
      for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
        {
          LecternQuizEntity *entity = g_hash_table_lookup (self->entities_by_id, ids[k]);

          if (entity != NULL)
            g_array_append_val (indexes, entity->index);
        }
      for (guint a = 0; a < indexes->len && more; a++)
        for (guint b = a + 1; b < indexes->len && more; b++)
          more = relate (&r, g_array_index (indexes, guint, a), g_array_index (indexes, guint, b));
    }

  store_related (self, pairs);
}
