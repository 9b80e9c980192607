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

/* Text as lower-cased characters, for contains_word(). */
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

static gboolean
contains_word (const Chars *haystack,
               const Chars *needle)
{
  return find_word (haystack->chars, haystack->n_chars, needle->chars, needle->n_chars, 0) >= 0;
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

static void
mark_related (LecternQuizContext *self,
              guint               a,
              guint               b)
{
  guint n = self->entities->len;

  self->related[a * n + b] = 1;
  self->related[b * n + a] = 1;
}

void
lectern_quiz_context_compute_related (LecternQuizContext *self)
{
  guint n = self->entities->len;
  g_autoptr(GArray) summaries = g_array_sized_new (FALSE, FALSE, sizeof (Chars), n);
  g_autoptr(GPtrArray) spellings = NULL;

  spellings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_array_set_clear_func (summaries, chars_clear);

  self->related = g_new0 (guint8, n * n);

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

  for (guint a = 0; a < n; a++)
    {
      const Chars *summary = &g_array_index (summaries, Chars, a);
      GArray *names_a = spellings->pdata[a];

      for (guint b = 0; b < n; b++)
        {
          GArray *names_b = spellings->pdata[b];

          if (a == b || self->related[a * n + b])
            continue;

          for (guint k = 0; k < names_b->len; k++)
            {
              const Chars *name_b = &g_array_index (names_b, Chars, k);
              gboolean hit = contains_word (summary, name_b);

              for (guint j = 0; j < names_a->len && !hit; j++)
                hit = contains_word (&g_array_index (names_a, Chars, j), name_b);
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
