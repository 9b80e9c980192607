/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lectern-pack-reader.h"
#include "lectern-pack.h"

/* Reading a pack's bytes (from a file or a resource) and checking them before
 * the JSON reader sees them; lectern-pack-loader.c validates the contents. */

/* The same answer as g_utf8_validate_len(), which in GLib 2.74 looks at one
 * byte at a time: a pack is mostly ASCII, skipped here eight bytes at a
 * time. @end receives the first byte that does not start a valid character
 * (a NUL included). */
static gboolean
validate_utf8 (const char  *text,
               gsize        size,
               const char **end)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const char *p = text;
  const char *stop = text + size;

  while (p < stop)
    {
      const char *run;

      /* Each byte 0x01–0x7f: no high bit, and none borrows when 1 is
       * taken from each. */
      while (stop - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if (((word | (word - ones)) & highs) != 0)
            break;
          p += 8;
        }
      if (p == stop)
        break;
      if (*p == '\0')
        {
          *end = p;
          return FALSE;
        }
      if ((guchar) *p < 0x80)
        {
          p++;
          continue;
        }
      /* Every byte of a multi-byte character is 0x80 or more, so a run of
       * them is valid on its own exactly when it is valid in the text. */
      for (run = p; run < stop && (guchar) *run >= 0x80; run++)
        ;
      if (!g_utf8_validate_len (p, run - p, end))
        return FALSE;
      p = run;
    }
  *end = stop;
  return TRUE;
}

/* A file saved as UTF-16 or UTF-32, by its byte-order mark or, without one,
 * by the NULs around the ASCII character every pack starts with (RFC 4627,
 * section 3): "UTF-16" or "UTF-32", else NULL. */
static const char *
wide_encoding (const guchar *b,
               gsize         size,
               gboolean     *has_bom)
{
  *has_bom = TRUE;
  if (size >= 4 && ((b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0) ||
                    (b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff)))
    return "UTF-32";
  if (size >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff)))
    return "UTF-16";
  *has_bom = FALSE;
  if (size >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) ||
                    (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)))
    return "UTF-32";
  if (size >= 2 && ((b[0] == 0 && b[1] != 0 && b[1] < 0x80) ||
                    (b[0] != 0 && b[0] < 0x80 && b[1] == 0)))
    return "UTF-16";
  return NULL;
}

/* Size and encoding (the JSON reader checks the rest). The message is the
 * problem alone; @offset receives the byte where it is, or G_MAXSIZE for
 * the file as a whole. */
gboolean
_lectern_pack_check_raw (const char  *text,
                         gsize        size,
                         gsize       *offset,
                         GError     **error)
{
  const char *end_valid;
  const char *wide;
  gboolean has_bom;

  *offset = G_MAXSIZE;
  if (size > LECTERN_PACK_MAX_SIZE)
    {
      g_autofree char *have = g_format_size (size);
      g_autofree char *limit = g_format_size (LECTERN_PACK_MAX_SIZE);
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_LARGE,
                   _("the file is %s; a pack may be at most %s"), have, limit);
      return FALSE;
    }
  if (size == 0)
    {
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_SYNTAX,
                   _("the file is empty"));
      return FALSE;
    }
  wide = wide_encoding ((const guchar *) text, size, &has_bom);
  if (wide != NULL)
    {
      if (has_bom)
        *offset = 0;
      /* Translators: %s is UTF-16 or UTF-32. */
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_ENCODING,
                   _("saved as %s; save it as UTF-8"), wide);
      return FALSE;
    }
  if (size >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      *offset = 0;
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_ENCODING,
                   _("starts with a byte-order mark; save it as UTF-8 without one"));
      return FALSE;
    }
  if (!validate_utf8 (text, size, &end_valid))
    {
      *offset = end_valid - text;
      g_set_error_literal (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_ENCODING,
                           *end_valid == '\0'
                             ? _("contains a NUL byte; a pack is UTF-8 text")
                             : _("not valid UTF-8"));
      return FALSE;
    }
  return TRUE;
}

/* An escaped backslash before "ud" counts too: this only decides whether to
 * check strings. */
gboolean
_lectern_pack_has_surrogate_escapes (const char *text,
                                     gsize       size)
{
  const char *end = text + size;

  for (const char *p = memchr (text, '\\', size); p != NULL && end - p >= 3;
       p = memchr (p + 1, '\\', end - p - 1))
    if (p[1] == 'u' && (p[2] == 'd' || p[2] == 'D'))
      return TRUE;
  return FALSE;
}

/* Reads no more than @limit bytes: some files (in /proc, say) claim to be
 * empty and never end. */
static GBytes *
read_at_most (GFile   *file,
              gsize    limit,
              GError **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autoptr(GByteArray) buffer = g_byte_array_new ();

  if (stream == NULL)
    return NULL;
  for (;;)
    {
      guint8 chunk[65536];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, NULL, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
      if (buffer->len > limit)
        {
          g_autofree char *size = g_format_size (limit);
          g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_LARGE,
                       _("the file is larger than %s, the most a pack may be"), size);
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * lectern_pack_load_file:
 * @file: the pack
 * @problems: (out) (optional) (element-type LecternProblem): every problem found
 * @error: the first failure; for an invalid pack, all problems one per line
 *
 * Reads and loads a pack (see lectern_pack_load_bytes()). Messages name the
 * file by its parse name, which is always valid UTF-8.
 */
LecternPack *
lectern_pack_load_file (GFile      *file,
                        GPtrArray **problems,
                        GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems)
    *problems = NULL;
  name = g_file_get_parse_name (file);

  /* Refuse a huge file before reading it into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (&local_error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_READ,
                   _("is a folder, not a pack file"));
    }
  else if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      /* A FIFO would block and /dev/zero never end. */
      g_set_error (&local_error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_READ,
                   _("is not a regular file"));
    }
  else if (info != NULL && g_file_info_get_size (info) > LECTERN_PACK_MAX_SIZE)
    {
      g_autofree char *have = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (LECTERN_PACK_MAX_SIZE);
      g_set_error (&local_error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_LARGE,
                   _("the file is %s; a pack may be at most %s"), have, limit);
    }
  else if (info != NULL)
    bytes = read_at_most (file, LECTERN_PACK_MAX_SIZE, &local_error);

  if (bytes == NULL)
    {
      if (problems)
        {
          *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_problem_free);
          g_ptr_array_add (*problems, lectern_problem_new (name, "", local_error->message));
        }
      g_set_error (error, LECTERN_PACK_ERROR,
                   local_error->domain == LECTERN_PACK_ERROR ? local_error->code
                                                             : LECTERN_PACK_ERROR_READ,
                   "%s: %s", name, local_error->message);
      return NULL;
    }

  return lectern_pack_load_bytes (bytes, name, problems, error);
}

LecternPack *
lectern_pack_load_resource (const char  *resource_path,
                            GPtrArray  **problems,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return lectern_pack_load_bytes (bytes, resource_path, problems, error);
}

/* From the generated lectern-data resource (registered by hand, so that the
 * static library keeps it). */
extern void lectern_data_register_resource (void);

static gpointer
register_data_resource (gpointer data)
{
  lectern_data_register_resource ();
  return NULL;
}

LecternPack *
lectern_pack_load_bundled (GError **error)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, register_data_resource, NULL);
  return lectern_pack_load_resource (LECTERN_PACK_BUNDLED_RESOURCE, NULL, error);
}
