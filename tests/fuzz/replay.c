/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "lectern-fuzz.h"

/*
 * Replays files through a fuzz target as ordinary tests, one test case per
 * file, so that the corpus (and every crash ever found, once added to it)
 * stays fixed in the normal test suite without clang or libFuzzer.
 *
 *   replay-pack [--tap] DIR_OR_FILE…
 */

static void
replay_file_cb (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lectern_fuzz_one ((const guint8 *) contents, length), ==, 0);
}

static int
compare_strings_cb (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
add_file (const char *path,
          const char *group)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf ("/replay/%s/%s", group, base);

  g_test_add_data_func_full (name, g_strdup (path), replay_file_cb, g_free);
}

int
main (int   argc,
      char *argv[])
{
  guint n_files = 0;

  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) names = NULL;
      g_autofree char *group = g_path_get_basename (argv[i]);
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          add_file (argv[i], "files");
          n_files++;
          continue;
        }

      dir = g_dir_open (argv[i], 0, NULL);
      g_assert_nonnull (dir);
      names = g_ptr_array_new_with_free_func (g_free);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.' && !g_str_has_suffix (name, ".md") && !g_str_equal (name, "EXPECTED"))
          g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_strings_cb);

      for (guint k = 0; k < names->len; k++)
        {
          g_autofree char *path = g_build_filename (argv[i], names->pdata[k], NULL);

          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            {
              add_file (path, group);
              n_files++;
            }
        }
    }

  if (n_files == 0)
    {
      g_printerr ("replay: no input files\n");
      return 1;
    }
  return g_test_run ();
}
