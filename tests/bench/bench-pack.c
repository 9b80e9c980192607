/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lectern-core.h"

/*
 * Pack benchmarks. Prints numbers, asserts nothing about time.
 *
 *   bench-pack [LARGE_PACK.json]
 *
 * 1. The bundled pack: load (parse + validate) and build its mention index,
 *    as the window does on startup. Median of many runs. Goal ≤ 5 ms.
 * 2. The large pack: lectern_pack_load_bytes() against a bare json-glib
 *    parse of the same bytes, runs interleaved. Goal ≤ 1.3×.
 * 3. Mention indexing alone, on both packs: MB of text and words per second.
 */

#define BUNDLED_RUNS 200
#define LARGE_RUNS   15

typedef struct
{
  double median;
  double min;
  double max;
} Stats;

static int
compare_doubles_cb (const void *a,
                    const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static Stats
stats_of (double *ms,
          guint   n)
{
  Stats s;

  qsort (ms, n, sizeof ms[0], compare_doubles_cb);
  s.median = n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
  s.min = ms[0];
  s.max = ms[n - 1];
  return s;
}

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static LecternPack *
load_or_die (GBytes     *bytes,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  LecternPack *pack = lectern_pack_load_bytes (bytes, name, NULL, &error);

  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }
  return pack;
}

static void
bench_bundled (void)
{
  double ms[BUNDLED_RUNS];
  Stats s;

  /* The first run registers the resource and warms the caches. */
  g_object_unref (lectern_pack_load_bundled (NULL));

  for (guint i = 0; i < BUNDLED_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternPack) pack = NULL;
      gint64 start = g_get_monotonic_time ();

      pack = lectern_pack_load_bundled (&error);
      g_assert_no_error (error);
      lectern_pack_get_mention_index (pack);
      ms[i] = elapsed_ms (start);
    }
  s = stats_of (ms, BUNDLED_RUNS);
  printf ("bundled pack load + validate + mention index: median %.3f ms "
          "(min %.3f, max %.3f, %u runs; goal ≤ 5 ms)\n",
          s.median, s.min, s.max, BUNDLED_RUNS);
}

static void
bench_large (GBytes     *bytes,
             const char *name)
{
  double parse_ms[LARGE_RUNS], load_ms[LARGE_RUNS];
  gsize size = g_bytes_get_size (bytes);
  Stats parse, load;

  for (guint i = 0; i < LARGE_RUNS; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(LecternPack) pack = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), size, &error);
      g_assert_no_error (error);
      g_clear_object (&parser);
      parse_ms[i] = elapsed_ms (start);

      /* The pack lives on in the app: freeing it is not timed. The parse
       * above does include freeing its tree, as the loader does. */
      start = g_get_monotonic_time ();
      pack = load_or_die (bytes, name);
      load_ms[i] = elapsed_ms (start);
      g_clear_object (&pack);
    }
  parse = stats_of (parse_ms, LARGE_RUNS);
  load = stats_of (load_ms, LARGE_RUNS);
  printf ("large pack (%.1f MB): bare json-glib parse: median %.1f ms (min %.1f, max %.1f)\n",
          size / 1e6, parse.median, parse.min, parse.max);
  printf ("large pack (%.1f MB): lectern_pack_load_bytes: median %.1f ms (min %.1f, max %.1f)\n",
          size / 1e6, load.median, load.min, load.max);
  printf ("large pack load / bare parse: %.2f× (medians of %u interleaved runs; goal ≤ 1.3×)\n",
          load.median / parse.median, LARGE_RUNS);
}

static void
bench_mentions (LecternPack *pack,
                const char  *label,
                guint        runs)
{
  GListModel *paragraphs = lectern_pack_get_paragraphs (pack);
  GListModel *entities = lectern_pack_get_entities (pack);
  g_autofree double *ms = g_new (double, runs);
  gsize bytes = 0, words = 0;
  guint n_mentions = 0;
  Stats s;

  for (guint p = 0; p < g_list_model_get_n_items (paragraphs); p++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, p);
      g_auto(GStrv) split = g_strsplit_set (lectern_paragraph_get_text (paragraph), " \n\t", -1);

      bytes += strlen (lectern_paragraph_get_text (paragraph));
      for (guint w = 0; split[w]; w++)
        words += split[w][0] != '\0';
    }

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(LecternMentionIndex) index = NULL;
      gint64 start = g_get_monotonic_time ();

      index = lectern_mention_index_new (paragraphs, entities);
      ms[i] = elapsed_ms (start);
      n_mentions = lectern_mention_index_get_n_mentions (index);
    }
  s = stats_of (ms, runs);
  printf ("mention index, %s (%" G_GSIZE_FORMAT " words, %.2f MB of text, %u entities, "
          "%u mentions): median %.2f ms = %.1f MB/s, %.2f million words/s\n",
          label, words, bytes / 1e6, g_list_model_get_n_items (entities), n_mentions, s.median,
          bytes / 1e6 / (s.median / 1000), words / 1e6 / (s.median / 1000));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LecternPack) bundled = NULL;

  bench_bundled ();
  bundled = lectern_pack_load_bundled (NULL);
  bench_mentions (bundled, "bundled pack", BUNDLED_RUNS);

  if (argc > 1)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GMappedFile) file = g_mapped_file_new (argv[1], FALSE, &error);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(LecternPack) large = NULL;

      if (file == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      bytes = g_mapped_file_get_bytes (file);
      bench_large (bytes, argv[1]);
      large = load_or_die (bytes, argv[1]);
      bench_mentions (large, "large pack", LARGE_RUNS);
    }
  else
    printf ("no large pack given: skipped the large-pack benchmarks\n");

  return 0;
}
