/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lectern-core.h"
#include "lectern-run.h"

/*
 * `lectern --validate` on hostile packs: each one finishes under a watchdog
 * (a hang fails) within an address-space limit, exits with the expected
 * status and names the file (and the JSON path) in its message. The small
 * files are in tests/data/hostile/ (listed with what to expect in EXPECTED);
 * the large ones are made here, in a temporary folder.
 *
 *   test-hostile-packs [--tap] LECTERN_EXECUTABLE
 */

#define TIMEOUT_SECONDS   60.0
#define MEMORY_LIMIT      ((gsize) 1 << 30)
#define MAX_OUTPUT        (1024 * 1024)
/* More output than this is a flood, not a message. */
#define MAX_OUTPUT_SIZE   (512 * 1024)

static const char *lectern;
static char *scratch;

typedef struct
{
  char *path;
  int   status;
  char *expect;
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->path);
  g_free (c->expect);
  g_free (c);
}

static gsize
memory_limit (void)
{
#ifdef LECTERN_SANITIZED
  /* AddressSanitizer reserves terabytes of address space. */
  return 0;
#else
  return MEMORY_LIMIT;
#endif
}

/* A line of @output names @path first ("PATH: " or "PATH:LINE:COLUMN: ")
 * and contains @expect. An @expect of "@LINE:COLUMN text" also wants that
 * place. */
static gboolean
has_message (const char *output,
             const char *path,
             const char *expect)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  gsize n = strlen (path);
  guint want_line = 0, want_column = 0;
  int skip = 0;

  if (expect[0] == '@' &&
      sscanf (expect, "@%u:%u %n", &want_line, &want_column, &skip) == 2 && skip > 0)
    expect += skip;

  for (guint i = 0; lines[i]; i++)
    {
      const char *rest = lines[i] + n;
      guint line, column;
      int used = 0;

      if (strncmp (lines[i], path, n) != 0)
        continue;
      if (sscanf (rest, ":%u:%u: %n", &line, &column, &used) == 2 && used > 0 && line > 0 &&
          column > 0)
        rest += used;
      else if (g_str_has_prefix (rest, ": ") && want_line == 0)
        rest += 2;
      else
        continue;
      if (want_line != 0 && (line != want_line || column != want_column))
        continue;
      if (strstr (rest, expect))
        return TRUE;
    }
  return FALSE;
}

static void
check_validate (const char *path,
                int         status,
                const char *expect)
{
  const char *argv[] = { lectern, "--validate", path, NULL };
  LecternRun run;

  lectern_run (argv, TIMEOUT_SECONDS, memory_limit (), MAX_OUTPUT, &run);
  g_test_message ("%s: %.2f s, max RSS %" G_GSIZE_FORMAT " KiB, %" G_GSIZE_FORMAT
                  " bytes of output", path, run.seconds, run.max_rss_kib, run.output_size);

  if (run.timed_out)
    g_test_fail_printf ("%s: still running after %.0f s (a hang)", path, TIMEOUT_SECONDS);
  else if (run.signal != 0)
    g_test_fail_printf ("%s: killed by signal %d (%s)\n%.2000s", path, run.signal,
                        g_strsignal (run.signal), run.output);
  else if (run.exit_status != status)
    g_test_fail_printf ("%s: exit status %d, expected %d\n%.2000s", path, run.exit_status,
                        status, run.output);
  else if (!has_message (run.output, path, expect))
    g_test_fail_printf ("%s: no line “%s: …%s…” in:\n%.2000s", path, path, expect, run.output);
  else if (run.output_size > MAX_OUTPUT_SIZE)
    g_test_fail_printf ("%s: %" G_GSIZE_FORMAT " bytes of output", path, run.output_size);

  lectern_run_clear (&run);
}

static void
test_case_cb (gconstpointer data)
{
  const Case *c = data;

  check_validate (c->path, c->status, c->expect);
}

/* --- Files made at test time ------------------------------------------ */

static FILE *
create_file (const char *name,
             char      **path)
{
  FILE *file;

  *path = g_build_filename (scratch, name, NULL);
  file = fopen (*path, "wb");
  g_assert_nonnull (file);
  return file;
}

static void
close_file (FILE *file)
{
  g_assert_cmpint (fclose (file), ==, 0);
}

static void
write_repeated (FILE       *file,
                const char *text,
                gsize       count)
{
  gsize length = strlen (text);

  for (gsize i = 0; i < count; i++)
    g_assert_cmpuint (fwrite (text, 1, length, file), ==, length);
}

/* A valid pack around @paragraph, @entities and @events, each the inside of
 * its JSON array (written by the callbacks). */
typedef void (*WriteFunc) (FILE *file, gconstpointer data);

static void
write_pack (FILE          *file,
            WriteFunc      paragraphs,
            WriteFunc      entities,
            WriteFunc      events,
            gconstpointer  data)
{
  fputs ("{\"format\":\"lectern-pack\",\"version\":1,\"id\":\"hostile\",\"language\":\"en\","
         "\"title\":\"Hostile\",\"author\":{\"name\":\"A\"},\"source\":{\"publisher\":\"P\"},"
         "\"sections\":[{\"id\":\"s\",\"paragraphs\":[", file);
  if (paragraphs)
    paragraphs (file, data);
  else
    fputs ("{\"id\":\"p1\",\"text\":\"In 1999 Ann Lee came.\"}", file);
  fputs ("]}],\"entities\":[", file);
  if (entities)
    entities (file, data);
  fputs ("],\"events\":[", file);
  if (events)
    events (file, data);
  fputs ("],\"eras\":[]}", file);
}

static void
huge_paragraph_cb (FILE          *file,
                   gconstpointer  data)
{
  fputs ("{\"id\":\"p1\",\"text\":\"", file);
  write_repeated (file, "Ann Lee came in 1999, and ", GPOINTER_TO_SIZE (data) / 26);
  fputs ("the end.\"}", file);
}

static void
one_entity_cb (FILE          *file,
               gconstpointer  data)
{
  fputs ("{\"id\":\"ann\",\"kind\":\"person\",\"name\":\"Ann Lee\",\"summary\":\"S\"}", file);
}

static void
duplicate_entities_cb (FILE          *file,
                       gconstpointer  data)
{
  for (guint i = 0; i < 5000; i++)
    fprintf (file, "%s{\"id\":\"ann\",\"kind\":\"person\",\"name\":\"Ann Lee %u\",\"summary\":\"S\"}",
             i ? "," : "", i);
}

static void
duplicate_events_cb (FILE          *file,
                     gconstpointer  data)
{
  for (guint i = 0; i < 5000; i++)
    fprintf (file, "%s{\"id\":\"came\",\"date\":\"1999\",\"title\":\"T\",\"summary\":\"S\","
             "\"paragraph\":\"p1\",\"quote\":\"In 1999\"}", i ? "," : "");
}

/* Many names sharing a first word, against text made of that word. */
static void
shared_word_paragraph_cb (FILE          *file,
                          gconstpointer  data)
{
  fputs ("{\"id\":\"p1\",\"text\":\"", file);
  write_repeated (file, "a ", 2 * 1000 * 1000);
  fputs ("end\"}", file);
}

static void
shared_word_entities_cb (FILE          *file,
                         gconstpointer  data)
{
  for (guint i = 0; i < 50000; i++)
    fprintf (file, "%s{\"id\":\"e%u\",\"kind\":\"concept\",\"name\":\"a b%u\",\"summary\":\"S\"}",
             i ? "," : "", i, i);
}

/* Every event quotes the end of one huge paragraph. */
static void
quote_scan_events_cb (FILE          *file,
                      gconstpointer  data)
{
  for (guint i = 0; i < 40000; i++)
    fprintf (file, "%s{\"id\":\"e%u\",\"date\":\"2000\",\"title\":\"T\",\"summary\":\"S\","
             "\"paragraph\":\"p1\",\"quote\":\"the end.\"}", i ? "," : "", i);
}

static char *
make_huge_file (void)
{
  char *path;
  FILE *file = create_file ("huge-200mb.json", &path);
  g_autofree char *block = g_strnfill (1024 * 1024, 'a');

  fputs ("{\"format\":\"lectern-pack\",\"version\":1,\"title\":\"", file);
  write_repeated (file, block, 200);
  fputs ("\"}", file);
  close_file (file);
  return path;
}

static char *
make_just_too_large (void)
{
  char *path;
  FILE *file = create_file ("just-too-large.json", &path);
  gsize body = LECTERN_PACK_MAX_SIZE + 1 - strlen ("{\"title\":\"\"}");

  fputs ("{\"title\":\"", file);
  for (gsize i = 0; i < body; i++)
    fputc ('a', file);
  fputs ("\"}", file);
  close_file (file);
  return path;
}

static char *
make_nested (const char *name,
             const char *prefix,
             const char *open,
             const char *close)
{
  char *path;
  FILE *file = create_file (name, &path);

  fputs (prefix, file);
  write_repeated (file, open, 200000);
  fputs ("1", file);
  write_repeated (file, close, 200000);
  close_file (file);
  return path;
}

static char *
make_huge_id (void)
{
  char *path;
  FILE *file = create_file ("huge-id.json", &path);

  fputs ("{\"format\":\"lectern-pack\",\"version\":1,\"id\":\"", file);
  write_repeated (file, "x", 15 * 1000 * 1000);
  fputs ("\"}", file);
  close_file (file);
  return path;
}

static char *
make_pack (const char    *name,
           WriteFunc      paragraphs,
           WriteFunc      entities,
           WriteFunc      events,
           gconstpointer  data)
{
  char *path;
  FILE *file = create_file (name, &path);

  write_pack (file, paragraphs, entities, events, data);
  close_file (file);
  return path;
}

/* About 16 MB of one array: millions of JSON nodes for json-glib to hold. */
static char *
make_many_elements (void)
{
  char *path;
  FILE *file = create_file ("millions-of-elements.json", &path);

  fputs ("{\"format\":\"lectern-pack\",\"version\":1,\"eras\":[0", file);
  write_repeated (file, ",0", 8 * 1000 * 1000 - 100);
  fputs ("]}", file);
  close_file (file);
  return path;
}

static void
add_generated (const char *name,
               char       *path,
               int         status,
               const char *expect)
{
  g_autofree char *test_name = g_strdup_printf ("/hostile/generated/%s", name);
  Case *c = g_new0 (Case, 1);

  c->path = path;
  c->status = status;
  c->expect = g_strdup (expect);
  g_test_add_data_func_full (test_name, c, test_case_cb, case_free);
}

static void
add_generated_cases (void)
{
  g_autofree char *missing = g_build_filename (scratch, "missing.json", NULL);

  add_generated ("200-mb", make_huge_file (), 1, "a pack may be at most");
  add_generated ("one-byte-too-large", make_just_too_large (), 1, "a pack may be at most");
  add_generated ("200k-nested-arrays", make_nested ("nested-arrays.json", "", "[", "]"), 1,
                 "nested deeper than 64 levels");
  add_generated ("200k-nested-objects", make_nested ("nested-objects.json", "", "{\"a\":", "}"),
                 1, "nested deeper than 64 levels");
  /* json-glib skipped comments and read single quotes, which once hid the
   * nesting from a pre-scan; the pack reader stops at them. */
  add_generated ("200k-nested-after-comment",
                 make_nested ("nested-after-comment.json", "/ \" / ", "[", "]"), 1,
                 "@1:1 not valid JSON: expected a value");
  add_generated ("200k-nested-in-single-quotes",
                 make_nested ("nested-single-quotes.json", "['\"', ", "[", "]"), 1,
                 "@1:2 not valid JSON: expected a value");
  add_generated ("15-mb-id", make_huge_id (), 1, "id: “xxxxxxxx");
  add_generated ("15-mb-paragraph",
                 make_pack ("huge-paragraph.json", huge_paragraph_cb, one_entity_cb, NULL,
                            GSIZE_TO_POINTER (15 * 1000 * 1000)), 0, "ok");
  add_generated ("5000-duplicate-entity-ids",
                 make_pack ("duplicate-entities.json", NULL, duplicate_entities_cb, NULL, NULL), 1,
                 "entities[1].id: duplicate entity id “ann” (first used at entities[0])");
  add_generated ("5000-duplicate-event-ids",
                 make_pack ("duplicate-events.json", NULL, one_entity_cb, duplicate_events_cb,
                            NULL), 1,
                 "events[1].id: duplicate event id “came” (first used at events[0])");
  add_generated ("millions-of-elements", make_many_elements (), 1,
                 "eras[0]: expected an object, found a number");
  add_generated ("40000-quotes-of-a-10-mb-paragraph",
                 make_pack ("quote-scan.json", huge_paragraph_cb, NULL, quote_scan_events_cb,
                            GSIZE_TO_POINTER (10 * 1000 * 1000)), 1,
                 "quote: not checked: finding every quote would mean searching more than");
  add_generated ("50000-names-sharing-a-word",
                 make_pack ("shared-word.json", shared_word_paragraph_cb, shared_word_entities_cb,
                            NULL, NULL), 0, "ok");
  add_generated ("a-folder", g_strdup (scratch), 1, "is a folder, not a pack file");
  add_generated ("missing-file", g_steal_pointer (&missing), 1, "Error when getting information for file");
  add_generated ("dev-zero", g_strdup ("/dev/zero"), 1, "is not a regular file");
  add_generated ("proc-pagemap", g_strdup ("/proc/self/pagemap"), 1, "the file is larger than");
}

/* The app builds the mention index on opening a pack: it too must finish on
 * the one valid hostile pack made to be slow for it. Here meson's timeout is
 * the watchdog. */
static void
test_mention_index_cb (void)
{
  g_autofree char *path = g_build_filename (scratch, "shared-word.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_file (file, NULL, &error);
  gint64 start;

  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_nonnull (lectern_pack_get_mention_index (pack));
  g_test_message ("mention index of %s: %.2f s", path,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
}

/* --- Committed files -------------------------------------------------- */

static void
add_committed_cases (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
  g_autofree char *manifest = g_build_filename (dir, "EXPECTED", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = NULL;
  const char *name;

  g_file_get_contents (manifest, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *test_name = NULL;
      Case *c;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 4);
      g_assert_cmpuint (g_strv_length (fields), ==, 4);

      c = g_new0 (Case, 1);
      c->path = g_build_filename (dir, fields[0], NULL);
      c->status = atoi (fields[1]);
      c->expect = g_strdup (fields[2]);
      /* A file may be listed more than once, for more than one problem. */
      if (g_hash_table_contains (listed, fields[0]))
        test_name = g_strdup_printf ("/hostile/committed/%s/line-%u", fields[0], i + 1);
      else
        test_name = g_strdup_printf ("/hostile/committed/%s", fields[0]);
      g_hash_table_add (listed, g_strdup (fields[0]));
      g_test_add_data_func_full (test_name, c, test_case_cb, case_free);
    }

  /* Every pack in the folder says what to expect of it. */
  folder = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".json") && !g_hash_table_contains (listed, name))
      g_error ("%s is not listed in %s", name, manifest);
  g_assert_cmpuint (g_hash_table_size (listed), >=, 40);
}

static void
remove_scratch (void)
{
  g_autoptr(GDir) dir = g_dir_open (scratch, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (scratch, name, NULL);
      g_unlink (path);
    }
  g_rmdir (scratch);
  g_clear_pointer (&scratch, g_free);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  if (argc < 2)
    g_error ("usage: %s [--tap] LECTERN_EXECUTABLE", argv[0]);
  lectern = argv[1];

  scratch = g_dir_make_tmp ("lectern-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  add_committed_cases ();
  add_generated_cases ();
  g_test_add_func ("/hostile/mention-index/50000-names-sharing-a-word", test_mention_index_cb);

  status = g_test_run ();
  remove_scratch ();
  return status;
}
