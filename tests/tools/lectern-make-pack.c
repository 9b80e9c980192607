/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * lectern-make-pack: writes a synthetic study pack for benchmarks, valid by
 * construction (docs/pack-format.md): unique ids, valid dates, every quote a
 * verbatim piece of its paragraph, every referenced entity present, and every
 * entity mentioned in the text by its name.
 *
 *   lectern-make-pack [--words N] [--events N] [--entities N] [--eras N]
 *                     [--seed N] [--output FILE]
 *
 * Defaults: 100,000 words, 10,000 events, 5,000 entities, 12 eras, seed 1,
 * standard output. The same options give the same file. Every event has a
 * sentence of its own, so the text has at least about 12 words per event.
 */

#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

#define FIRST_YEAR 1800
#define LAST_YEAR  2024

static const char * const syllables[] = {
  "ka", "lo", "mi", "ren", "to", "va", "shi", "dor", "en", "zu",
  "bel", "qui", "nar", "os", "ti", "gra", "mu", "fen", "ya", "hol",
};

static const char * const kinds[] = { "person", "organization", "place", "law", "concept" };

static const char * const kind_words[] = { NULL, "Agency", "Valley", "Accord", "Doctrine" };

static const char * const filler[] = {
  "the", "council", "later", "reported", "that", "a", "new", "plan", "would", "follow",
  "while", "officials", "argued", "over", "its", "cost", "and", "scope", "in", "public",
  "hearings", "across", "several", "regions", "during", "long", "winter", "months", "with",
  "little", "agreement", "on", "how", "to", "measure", "progress", "or", "share", "data",
};

static const char * const actions[] = {
  "signed an accord", "opened talks", "published a report", "changed course",
  "was reorganised", "held elections", "issued new rules", "joined the alliance",
};

static const char * const katakana[] = { "カ", "ロ", "ミ", "レン", "ト", "ヴァ", "シ", "ド", "エン", "ズ" };

typedef struct
{
  char *id;
  char *name;
  char *alias;
  char *native_name;
  guint kind;
} Entity;

/* A word no other index gives: @index in base 20 over the syllables. */
static char *
make_word (guint    index,
           gboolean capital)
{
  GString *word = g_string_new (NULL);

  do
    {
      g_string_append (word, syllables[index % G_N_ELEMENTS (syllables)]);
      index /= G_N_ELEMENTS (syllables);
    }
  while (index > 0);
  if (word->len < 4)
    g_string_append (word, "ra");
  if (capital)
    word->str[0] = g_ascii_toupper (word->str[0]);
  return g_string_free (word, FALSE);
}

/* Text is ours and ASCII apart from native names; escape what JSON needs. */
static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
make_entities (Entity *entities,
               guint   n_entities,
               GRand  *rand)
{
  for (guint i = 0; i < n_entities; i++)
    {
      Entity *entity = &entities[i];
      g_autofree char *word = make_word (i, TRUE);

      entity->kind = i % G_N_ELEMENTS (kinds);
      entity->id = g_strdup_printf ("entity-%u", i);
      if (entity->kind == 0)
        {
          g_autofree char *given = make_word (g_rand_int_range (rand, 0, 400), TRUE);

          entity->name = g_strdup_printf ("%s %s", given, word);
        }
      else
        {
          entity->name = g_strdup_printf ("%s %s", word, kind_words[entity->kind]);
        }

      /* Acronyms are written in capitals, so they match only in capitals. */
      if (i % 3 == 1)
        entity->alias = g_strdup_printf ("X%s", word);
      if (entity->alias != NULL)
        for (char *p = entity->alias; *p != '\0'; p++)
          *p = g_ascii_toupper (*p);

      if (i % 4 == 2)
        entity->native_name = g_strconcat (katakana[i % 10], katakana[(i / 10) % 10],
                                           katakana[(i / 100) % 10], NULL);
    }
}

static void
free_entities (Entity *entities,
               guint   n_entities)
{
  for (guint i = 0; i < n_entities; i++)
    {
      g_free (entities[i].id);
      g_free (entities[i].name);
      g_free (entities[i].alias);
      g_free (entities[i].native_name);
    }
  g_free (entities);
}

static void
free_string (gpointer data)
{
  g_string_free (data, TRUE);
}

static guint
count_words (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == ' ';
  return n;
}

int
main (int   argc,
      char *argv[])
{
  gint64 n_words = 100000;
  gint64 n_events = 10000;
  gint64 n_entities = 5000;
  gint64 n_eras = 12;
  gint64 seed = 1;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "words", 0, 0, G_OPTION_ARG_INT64, &n_words, "Words of article text", "N" },
    { "events", 0, 0, G_OPTION_ARG_INT64, &n_events, "Number of events", "N" },
    { "entities", 0, 0, G_OPTION_ARG_INT64, &n_entities, "Number of entities (at least 1)", "N" },
    { "eras", 0, 0, G_OPTION_ARG_INT64, &n_eras, "Number of eras", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Random seed", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "File to write (default: standard output)", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- write a synthetic Lectern pack");
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autofree guint *event_paragraph = NULL;
  g_autofree char **event_quote = NULL;
  g_autofree guint *event_year = NULL;
  g_autofree guint *event_entity = NULL;
  g_autofree gboolean *mentioned = NULL;
  Entity *entities;
  guint n_paragraphs;
  guint words_per_paragraph;
  guint next_mention = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (n_words < 1 || n_events < 0 || n_entities < 1 || n_eras < 0
      || n_words > 2000000 || n_events > 200000 || n_entities > 200000 || n_eras > 1000)
    {
      g_printerr ("counts out of range\n");
      return EXIT_FAILURE;
    }

  rand = g_rand_new_with_seed ((guint32) seed);
  entities = g_new0 (Entity, n_entities);
  mentioned = g_new0 (gboolean, n_entities);
  make_entities (entities, n_entities, rand);

  /* Events: a date, a paragraph and a sentence of that paragraph. */
  n_paragraphs = MAX (1, n_words / 100);
  words_per_paragraph = MAX (1, n_words / n_paragraphs);
  event_paragraph = g_new (guint, MAX (n_events, 1));
  event_quote = g_new0 (char *, MAX (n_events, 1));
  event_year = g_new (guint, MAX (n_events, 1));
  event_entity = g_new (guint, MAX (n_events, 1));
  paragraphs = g_ptr_array_new_with_free_func (free_string);

  for (guint p = 0; p < n_paragraphs; p++)
    g_ptr_array_add (paragraphs, g_string_new (NULL));

  for (guint i = 0; i < n_events; i++)
    {
      GString *text;

      event_paragraph[i] = i % n_paragraphs;
      event_year[i] = g_rand_int_range (rand, FIRST_YEAR, LAST_YEAR + 1);
      event_entity[i] = (i + g_rand_int_range (rand, 0, 3)) % n_entities;
      mentioned[event_entity[i]] = TRUE;
      event_quote[i] = g_strdup_printf ("In %u the %s %s for the %u%s time",
                                        event_year[i], entities[event_entity[i]].name,
                                        actions[i % G_N_ELEMENTS (actions)], i + 1,
                                        (i + 1) % 10 == 1 && (i + 1) % 100 != 11 ? "st"
                                        : (i + 1) % 10 == 2 && (i + 1) % 100 != 12 ? "nd"
                                        : (i + 1) % 10 == 3 && (i + 1) % 100 != 13 ? "rd" : "th");
      text = g_ptr_array_index (paragraphs, event_paragraph[i]);
      g_string_append_printf (text, "%s%s.", text->len > 0 ? " " : "", event_quote[i]);
    }

  /* Filler sentences mentioning the entities in turn, up to the word budget;
   * then one short sentence for each entity still not mentioned. */
  for (guint p = 0; p < n_paragraphs; p++)
    {
      GString *text = g_ptr_array_index (paragraphs, p);

      while (text->len == 0 || count_words (text->str) < words_per_paragraph)
        {
          Entity *entity = &entities[next_mention % n_entities];
          const char *name = entity->alias != NULL && g_rand_boolean (rand) ? entity->alias : entity->name;
          guint n_filler = g_rand_int_range (rand, 4, 12);

          mentioned[next_mention++ % n_entities] = TRUE;

          g_string_append_printf (text, "%sThe %s", text->len > 0 ? " " : "", name);
          for (guint w = 0; w < n_filler; w++)
            g_string_append_printf (text, " %s", filler[g_rand_int_range (rand, 0, G_N_ELEMENTS (filler))]);
          g_string_append_printf (text, " in %u.", (guint) g_rand_int_range (rand, FIRST_YEAR, LAST_YEAR + 1));
        }
    }

  for (guint i = 0, p = 0; i < n_entities; i++)
    {
      if (!mentioned[i])
        {
          GString *text = g_ptr_array_index (paragraphs, p++ % n_paragraphs);

          g_string_append_printf (text, " The %s was there.", entities[i].name);
        }
    }

  g_string_append (out, "{\n  \"format\": \"lectern-pack\",\n  \"version\": 1,\n");
  g_string_append_printf (out, "  \"id\": \"synthetic-%" G_GINT64_FORMAT "\",\n", seed);
  g_string_append (out, "  \"language\": \"en\",\n");
  g_string_append_printf (out, "  \"title\": \"Synthetic pack: %" G_GINT64_FORMAT " words, %" G_GINT64_FORMAT
                               " events, %" G_GINT64_FORMAT " entities\",\n",
                          n_words, n_events, n_entities);
  g_string_append (out, "  \"author\": {\"name\": \"lectern-make-pack\", \"bio\": null},\n");
  g_string_append (out, "  \"source\": {\"publisher\": \"Lectern benchmarks\", \"credits\": null},\n");

  g_string_append (out, "  \"sections\": [");
  for (guint p = 0; p < n_paragraphs; p++)
    {
      GString *text = g_ptr_array_index (paragraphs, p);

      if (p % 10 == 0)
        {
          if (p > 0)
            g_string_append (out, "]},");
          g_string_append_printf (out, "\n    {\"id\": \"s%u\", \"heading\": ", p / 10 + 1);
          if (p == 0)
            g_string_append (out, "null");
          else
            g_string_append_printf (out, "\"Part %u\"", p / 10 + 1);
          g_string_append (out, ", \"paragraphs\": [");
        }
      else
        {
          g_string_append_c (out, ',');
        }
      g_string_append_printf (out, "\n      {\"id\": \"p%u\", \"text\": ", p + 1);
      append_json_string (out, text->str);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}\n  ],\n");

  g_string_append (out, "  \"entities\": [");
  for (guint i = 0; i < n_entities; i++)
    {
      Entity *entity = &entities[i];

      g_string_append_printf (out, "%s\n    {\"id\": \"%s\", \"kind\": \"%s\", \"name\": ",
                              i > 0 ? "," : "", entity->id, kinds[entity->kind]);
      append_json_string (out, entity->name);
      g_string_append (out, ", \"aliases\": [");
      if (entity->alias != NULL)
        append_json_string (out, entity->alias);
      g_string_append (out, "], \"summary\": \"A made-up ");
      g_string_append (out, kinds[entity->kind]);
      g_string_append (out, " for testing.\", \"native_name\": ");
      if (entity->native_name != NULL)
        append_json_string (out, entity->native_name);
      else
        g_string_append (out, "null");
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n  ],\n");

  g_string_append (out, "  \"events\": [");
  for (guint i = 0; i < n_events; i++)
    {
      guint year = event_year[i];
      guint other = (event_entity[i] + 1 + i % 7) % n_entities;

      g_string_append_printf (out, "%s\n    {\"id\": \"event-%u\", \"date\": ", i > 0 ? "," : "", i);
      if (i % 3 == 0)
        g_string_append_printf (out, "\"%04u-%02u\"", year, 1 + i % 12);
      else
        g_string_append_printf (out, "\"%04u\"", year);
      g_string_append (out, ", \"end\": ");
      if (i % 10 == 5)
        g_string_append_printf (out, "\"%04u\"", MIN (year + 1 + i % 15, 9999));
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"title\": ");
      {
        g_autofree char *title = g_strdup_printf ("%s %s", entities[event_entity[i]].name,
                                                  actions[i % G_N_ELEMENTS (actions)]);

        append_json_string (out, title);
      }
      g_string_append_printf (out, ", \"summary\": \"Synthetic event %u.\", \"paragraph\": \"p%u\", \"quote\": ",
                              i, event_paragraph[i] + 1);
      append_json_string (out, event_quote[i]);
      g_string_append_printf (out, ", \"entities\": [\"%s\"", entities[event_entity[i]].id);
      if (other != event_entity[i])
        g_string_append_printf (out, ", \"%s\"", entities[other].id);
      g_string_append_printf (out, "], \"background\": %s}", i % 20 == 7 ? "true" : "false");
    }
  g_string_append (out, "\n  ],\n");

  g_string_append (out, "  \"eras\": [");
  for (guint i = 0; i < n_eras; i++)
    {
      guint span = (LAST_YEAR - FIRST_YEAR + 1) / MAX (n_eras, 1);
      guint start = FIRST_YEAR + i * span;
      guint end = i + 1 == n_eras ? LAST_YEAR : start + span - 1;

      g_string_append_printf (out, "%s\n    {\"id\": \"era-%u\", \"start\": \"%04u\", \"end\": \"%04u\", "
                                   "\"title\": \"Era %u\"}",
                              i > 0 ? "," : "", i, start, MAX (end, start), i + 1);
    }
  g_string_append (out, "\n  ]\n}\n");

  for (guint i = 0; i < n_events; i++)
    g_free (event_quote[i]);
  free_entities (entities, n_entities);

  if (output == NULL)
    {
      fwrite (out->str, 1, out->len, stdout);
      return fflush (stdout) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
    }
  if (!g_file_set_contents (output, out->str, out->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
