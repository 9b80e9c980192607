/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-code.h"

/*
 * Bit layout, most significant bit first:
 *   2 bits   length: 0 = 10, 1 = 20, 2 = all, 3 = a count follows (varint)
 *   1 bit    1 = every type, else 8 bits of type mask follow
 *   varint   seed
 *   0 bits   padding to a whole character
 * A varint is groups of 4 bits, least significant first, each preceded by a
 * bit saying whether another group follows.
 */

#define MAX_CODE_CHARS 40
#define GROUP_SIZE     4

static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

typedef struct
{
  guint8 bits[MAX_CODE_CHARS * 5];
  guint  len;
  guint  pos;
} BitBuffer;

static void
put_bits (BitBuffer *buffer,
          guint64    value,
          guint      n_bits)
{
  for (guint i = n_bits; i > 0; i--)
    {
      g_assert (buffer->len < G_N_ELEMENTS (buffer->bits));
      buffer->bits[buffer->len++] = (value >> (i - 1)) & 1;
    }
}

static void
put_varint (BitBuffer *buffer,
            guint64    value)
{
  do
    {
      guint64 group = value & ((1 << GROUP_SIZE) - 1);

      value >>= GROUP_SIZE;
      put_bits (buffer, value != 0, 1);
      put_bits (buffer, group, GROUP_SIZE);
    }
  while (value != 0);
}

static gboolean
get_bits (BitBuffer *buffer,
          guint      n_bits,
          guint64   *value)
{
  guint64 v = 0;

  if (buffer->pos + n_bits > buffer->len)
    return FALSE;

  for (guint i = 0; i < n_bits; i++)
    v = (v << 1) | buffer->bits[buffer->pos++];

  *value = v;
  return TRUE;
}

static gboolean
get_varint (BitBuffer *buffer,
            guint64   *value)
{
  guint64 v = 0;
  guint shift = 0;
  guint64 more;

  do
    {
      guint64 group;

      if (shift >= 64 ||
          !get_bits (buffer, 1, &more) ||
          !get_bits (buffer, GROUP_SIZE, &group))
        return FALSE;
      v |= group << shift;
      shift += GROUP_SIZE;
    }
  while (more);

  *value = v;
  return TRUE;
}

static guint
checksum (const guint *values,
          guint        n_values)
{
  guint sum = 0;

  /* Odd weights are invertible modulo 32: any single wrong character changes the sum. */
  for (guint i = 0; i < n_values; i++)
    sum += (2 * i + 1) * values[i];

  return sum % 32;
}

static int
decode_char (char c)
{
  c = g_ascii_toupper (c);

  if (c == 'O')
    return 0;
  if (c == 'I' || c == 'L')
    return 1;

  for (int i = 0; i < 32; i++)
    if (alphabet[i] == c)
      return i;

  return -1;
}

/**
 * lectern_quiz_code_encode:
 * @options: the quiz options
 *
 * Returns: (transfer full): the code, in groups of four characters
 */
char *
lectern_quiz_code_encode (const LecternQuizOptions *options)
{
  BitBuffer buffer = { { 0 }, 0, 0 };
  guint values[MAX_CODE_CHARS];
  guint n_values = 0;
  GString *code;

  g_return_val_if_fail (options != NULL, NULL);

  switch (options->count)
    {
    case 10:
      put_bits (&buffer, 0, 2);
      break;
    case 20:
      put_bits (&buffer, 1, 2);
      break;
    case LECTERN_QUIZ_COUNT_ALL:
      put_bits (&buffer, 2, 2);
      break;
    default:
      put_bits (&buffer, 3, 2);
      put_varint (&buffer, options->count);
      break;
    }

  if ((options->types & LECTERN_QUESTION_TYPES_ALL) == LECTERN_QUESTION_TYPES_ALL)
    {
      put_bits (&buffer, 1, 1);
    }
  else
    {
      put_bits (&buffer, 0, 1);
      put_bits (&buffer, options->types & LECTERN_QUESTION_TYPES_ALL, LECTERN_N_QUESTION_TYPES);
    }

  put_varint (&buffer, options->seed);

  while (buffer.len % 5 != 0)
    put_bits (&buffer, 0, 1);

  for (buffer.pos = 0; buffer.pos < buffer.len;)
    {
      guint64 v = 0;

      if (!get_bits (&buffer, 5, &v))
        g_assert_not_reached ();
      values[n_values++] = (guint) v;
    }
  values[n_values] = checksum (values, n_values);
  n_values++;

  code = g_string_new (NULL);
  for (guint i = 0; i < n_values; i++)
    {
      if (i > 0 && i % 4 == 0)
        g_string_append_c (code, '-');
      g_string_append_c (code, alphabet[values[i]]);
    }

  return g_string_free (code, FALSE);
}

static gboolean
set_invalid (GError     **error,
             const char  *code)
{
  g_set_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_CODE,
               _("“%s” is not a valid quiz code"), code);
  return FALSE;
}

/**
 * lectern_quiz_code_parse:
 * @code: a quiz code; case, spaces and dashes do not matter
 * @options: (out): the options it encodes
 * @error: set when the code is mistyped
 */
gboolean
lectern_quiz_code_parse (const char          *code,
                         LecternQuizOptions  *options,
                         GError             **error)
{
  BitBuffer buffer = { { 0 }, 0, 0 };
  guint values[MAX_CODE_CHARS + 1];
  guint n_values = 0;
  LecternQuizOptions result;
  guint64 length, all_types, v;

  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (const char *p = code; *p != '\0'; p++)
    {
      int value;

      if (*p == '-' || g_ascii_isspace (*p))
        continue;

      value = decode_char (*p);
      if (value < 0 || n_values > MAX_CODE_CHARS)
        return set_invalid (error, code);
      values[n_values++] = value;
    }

  if (n_values < 2 || checksum (values, n_values - 1) != values[n_values - 1])
    return set_invalid (error, code);

  for (guint i = 0; i + 1 < n_values; i++)
    put_bits (&buffer, values[i], 5);

  if (!get_bits (&buffer, 2, &length))
    return set_invalid (error, code);

  switch (length)
    {
    case 0:
      result.count = 10;
      break;
    case 1:
      result.count = 20;
      break;
    case 2:
      result.count = LECTERN_QUIZ_COUNT_ALL;
      break;
    default:
      if (!get_varint (&buffer, &v) || v == 0 || v > G_MAXUINT)
        return set_invalid (error, code);
      result.count = (guint) v;
      break;
    }

  if (!get_bits (&buffer, 1, &all_types))
    return set_invalid (error, code);

  if (all_types)
    {
      result.types = LECTERN_QUESTION_TYPES_ALL;
    }
  else
    {
      if (!get_bits (&buffer, LECTERN_N_QUESTION_TYPES, &v) || v == 0)
        return set_invalid (error, code);
      result.types = (guint) v;
    }

  if (!get_varint (&buffer, &result.seed))
    return set_invalid (error, code);

  /* Only zero padding, shorter than a character, may remain. */
  if (buffer.len - buffer.pos >= 5)
    return set_invalid (error, code);
  while (get_bits (&buffer, 1, &v))
    if (v != 0)
      return set_invalid (error, code);

  if (options != NULL)
    *options = result;

  return TRUE;
}
