/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stddef.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lectern-json.h"

/* Arena blocks double in size from the first size up to the maximum one; a
 * request larger than a quarter of the next block gets a block of its own. */
#define FIRST_BLOCK_SIZE (64 * 1024)
#define MAX_BLOCK_SIZE   (4 * 1024 * 1024)

/* Initial size in bytes of each scratch stack. */
#define STACK_SIZE 4096

/* Word-at-a-time tests on eight bytes (exact for 0 < n <= 128: the result is
 * non-zero if and only if some byte of @x is less than @n). */
#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)
#define HAS_LESS(x, n) (((x) - ONES * (n)) & ~(x) & HIGHS)
#define HAS_ZERO(x)    HAS_LESS (x, 1)

typedef struct _Block Block;

struct _Block
{
  Block       *next;
  max_align_t  data[];
};

struct _LecternJsonDocument
{
  LecternJsonValue  root;
  Block            *blocks;    /* the current block first */
  char             *low;       /* free space of the current block: arrays */
  char             *high;      /* are taken from the bottom, strings from the top */
  gsize             next_size; /* of the next ordinary block */
};

/* A growable buffer, reused for the whole parse. */
typedef struct
{
  char  *data;
  gsize  length; /* bytes in use */
  gsize  size;   /* bytes allocated */
} Stack;

/* An array or object that is still open. */
typedef struct
{
  gsize       start;       /* offset of its first child on the value or member stack */
  const char *name;        /* OBJECT: name of the member being read, */
  guint       name_length; /* its length */
  guint       name_offset; /* and its place in the text */
  guint       offset;      /* of the opening bracket in the text */
  gboolean    object;
} Frame;

typedef struct
{
  const char           *text;
  const char           *end;
  guint                 max_depth;
  LecternJsonDocument  *document;
  GError              **error;
  gboolean              bare_message; /* no "line, column" in the message */
  gsize                 error_offset;
  Stack                 values;  /* LecternJsonValue children of open arrays */
  Stack                 members; /* LecternJsonMember children of open objects */
  Stack                 frames;  /* Frame, one per open container */
  Stack                 chars;   /* unescaped strings, numbers for g_ascii_strtod () */
} Parser;

G_DEFINE_QUARK (lectern-json-error-quark, lectern_json_error)

/* Arena */

static void *
arena_alloc (LecternJsonDocument *document,
             gsize                size,
             gboolean             string)
{
  Block *block;

  if (!string)
    size = (size + 7) & ~(gsize) 7; /* keeps the bottom aligned */

  if ((gsize) (document->high - document->low) < size)
    {
      if (size > document->next_size / 4)
        {
          /* Linked behind the current block, which stays in use. */
          block = g_malloc (sizeof (Block) + size);
          block->next = document->blocks->next;
          document->blocks->next = block;
          return block->data;
        }
      block = g_malloc (sizeof (Block) + document->next_size);
      block->next = document->blocks;
      document->blocks = block;
      document->low = (char *) block->data;
      document->high = document->low + document->next_size;
      document->next_size = MIN (document->next_size * 2, MAX_BLOCK_SIZE);
    }

  if (string)
    return document->high -= size;
  document->low += size;
  return document->low - size;
}

/* Scratch stacks */

static void
stack_init (Stack *stack)
{
  stack->data = g_malloc (STACK_SIZE);
  stack->length = 0;
  stack->size = STACK_SIZE;
}

/* Returns room for @size more bytes at the top of @stack. */
static inline void *
stack_push (Stack *stack,
            gsize  size)
{
  if (G_UNLIKELY (stack->size - stack->length < size))
    {
      stack->size = MAX (stack->size * 2, stack->length + size);
      stack->data = g_realloc (stack->data, stack->size);
    }
  stack->length += size;
  return stack->data + stack->length - size;
}

/* Errors */

void
lectern_json_locate (const char *text,
                     gsize       offset,
                     guint      *line,
                     guint      *column)
{
  const char *end = text + offset;
  const char *line_start = text;
  guint lines = 1, columns = 1;

  for (const char *c = memchr (text, '\n', offset); c != NULL;
       c = memchr (c + 1, '\n', end - c - 1))
    {
      lines++;
      line_start = c + 1;
    }
  for (const char *c = line_start; c < end; c++)
    if (((guchar) *c & 0xc0) != 0x80)
      columns++;
  *line = lines;
  *column = columns;
}

/* Offsets that a value records. */
static inline guint
clamp_offset (Parser     *parser,
              const char *at)
{
  return (guint) MIN ((gsize) (at - parser->text), LECTERN_JSON_MAX_OFFSET);
}

/* Sets the error for a problem at @at, and returns FALSE. */
static gboolean
fail (Parser           *parser,
      const char       *at,
      LecternJsonError  code,
      const char       *problem)
{
  guint line, column;

  parser->error_offset = at - parser->text;
  if (parser->bare_message)
    {
      g_set_error_literal (parser->error, LECTERN_JSON_ERROR, code, problem);
      return FALSE;
    }
  lectern_json_locate (parser->text, at - parser->text, &line, &column);
  /* Translators: where a JSON file goes wrong, then what is wrong there. */
  g_set_error (parser->error, LECTERN_JSON_ERROR, code, _("line %u, column %u: %s"),
               line, column, problem);
  return FALSE;
}

/* Lexical parts */

static inline const char *
skip_space (const char *pos,
            const char *end)
{
  while (pos < end && (*pos == ' ' || *pos == '\n' || *pos == '\r' || *pos == '\t'))
    pos++;
  return pos;
}

/* Returns the first '"', '\\' or control character from @pos, or @end. */
static inline const char *
scan_string (const char *pos,
             const char *end)
{
  while (end - pos >= 8)
    {
      guint64 word;

      memcpy (&word, pos, 8);
      if (HAS_ZERO (word ^ (ONES * '"')) | HAS_ZERO (word ^ (ONES * '\\')) | HAS_LESS (word, 0x20))
        break;
      pos += 8;
    }
  while (pos < end && *pos != '"' && *pos != '\\' && (guchar) *pos >= 0x20)
    pos++;
  return pos;
}

static gboolean
read_hex4 (const char *pos,
           const char *end,
           gunichar   *c)
{
  if (end - pos < 4)
    return FALSE;
  *c = 0;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (pos[i]);

      if (digit < 0)
        return FALSE;
      *c = *c << 4 | (gunichar) digit;
    }
  return TRUE;
}

/* Appends the character of the escape at *@pos (a backslash) to the chars
 * stack and moves *@pos past it. */
static gboolean
parse_escape (Parser      *parser,
              const char **pos)
{
  const char *at = *pos, *end = parser->end;
  gunichar c, low;
  char *out;

  if (end - at < 2)
    return fail (parser, at, LECTERN_JSON_ERROR_SYNTAX, _("invalid escape"));
  switch (at[1])
    {
    case '"': case '\\': case '/': c = at[1]; break;
    case 'b': c = '\b'; break;
    case 'f': c = '\f'; break;
    case 'n': c = '\n'; break;
    case 'r': c = '\r'; break;
    case 't': c = '\t'; break;
    case 'u':
      if (!read_hex4 (at + 2, end, &c))
        return fail (parser, at, LECTERN_JSON_ERROR_SYNTAX, _("invalid escape"));
      at += 6;
      /* A high surrogate followed by a low one is a pair; any other
       * surrogate is encoded as it is (invalid UTF-8, left to the caller). */
      if (c >= 0xD800 && c < 0xDC00 && end - at >= 6 && at[0] == '\\' && at[1] == 'u' &&
          read_hex4 (at + 2, end, &low) && low >= 0xDC00 && low < 0xE000)
        {
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          at += 6;
        }
      out = stack_push (&parser->chars, 4);
      parser->chars.length -= 4 - g_unichar_to_utf8 (c, out);
      *pos = at;
      return TRUE;
    default:
      return fail (parser, at, LECTERN_JSON_ERROR_SYNTAX, _("invalid escape"));
    }
  *(char *) stack_push (&parser->chars, 1) = (char) c;
  *pos = at + 2;
  return TRUE;
}

/* Reads the string whose opening quote is at *@pos into the arena. */
static gboolean
parse_string (Parser      *parser,
              const char **pos,
              const char **string,
              guint       *length)
{
  const char *quote = *pos, *end = parser->end;
  const char *run = quote + 1;
  const char *at = scan_string (run, end);
  gsize size;
  char *out;

  if (at < end && *at == '"')
    {
      /* No escapes: copy straight into the arena. */
      size = at - run;
      out = arena_alloc (parser->document, size + 1, TRUE);
      memcpy (out, run, size);
    }
  else
    {
      /* Unescape into the chars stack, then copy. */
      parser->chars.length = 0;
      for (;;)
        {
          memcpy (stack_push (&parser->chars, at - run), run, at - run);
          if (at == end)
            return fail (parser, quote, LECTERN_JSON_ERROR_SYNTAX, _("unterminated string"));
          if (*at == '"')
            break;
          if (*at != '\\')
            return fail (parser, at, LECTERN_JSON_ERROR_SYNTAX,
                         _("control character in a string"));
          if (!parse_escape (parser, &at))
            return FALSE;
          run = at;
          at = scan_string (run, end);
        }
      size = parser->chars.length;
      out = arena_alloc (parser->document, size + 1, TRUE);
      memcpy (out, parser->chars.data, size);
    }
  out[size] = '\0';
  *string = out;
  *length = (guint) size;
  *pos = at + 1;
  return TRUE;
}

static inline const char *
skip_digits (const char *pos,
             const char *end)
{
  while (pos < end && g_ascii_isdigit (*pos))
    pos++;
  return pos;
}

/* Reads the number at *@pos (a '-' or a digit). */
static gboolean
parse_number (Parser            *parser,
              const char       **pos,
              LecternJsonValue  *value)
{
  const char *start = *pos, *end = parser->end;
  const char *at = start, *digits;
  gboolean negative = *at == '-';
  gboolean integer = TRUE;
  guint64 magnitude = 0;
  gsize size;
  char *buffer;

  at += negative;
  digits = at;
  if (at < end && *at == '0')
    {
      if (++at < end && g_ascii_isdigit (*at))
        return fail (parser, start, LECTERN_JSON_ERROR_SYNTAX, _("invalid number"));
    }
  else if (at < end && g_ascii_isdigit (*at))
    {
      /* Wraps around past 19 digits, which are never an INTEGER. */
      for (; at < end && g_ascii_isdigit (*at); at++)
        magnitude = magnitude * 10 + (guint64) (*at - '0');
    }
  else
    return fail (parser, start, LECTERN_JSON_ERROR_SYNTAX, _("invalid number"));

  if (at < end && *at == '.')
    {
      integer = FALSE;
      if (++at == end || !g_ascii_isdigit (*at))
        return fail (parser, start, LECTERN_JSON_ERROR_SYNTAX, _("invalid number"));
      at = skip_digits (at, end);
    }
  if (at < end && (*at == 'e' || *at == 'E'))
    {
      integer = FALSE;
      if (++at < end && (*at == '+' || *at == '-'))
        at++;
      if (at == end || !g_ascii_isdigit (*at))
        return fail (parser, start, LECTERN_JSON_ERROR_SYNTAX, _("invalid number"));
      at = skip_digits (at, end);
    }
  *pos = at;

  /* 19 digits always fit in a guint64; the limit is 2^63 - 1, or 2^63 for
   * a negative number. */
  if (integer && at - digits <= 19 && magnitude <= (guint64) G_MAXINT64 + negative)
    {
      value->type = LECTERN_JSON_INTEGER;
      value->integer = negative && magnitude > 0 ? -(gint64) (magnitude - 1) - 1
                                                 : (gint64) magnitude;
      return TRUE;
    }

  /* The number is not NUL-terminated in the text. */
  size = at - start;
  parser->chars.length = 0;
  buffer = stack_push (&parser->chars, size + 1);
  memcpy (buffer, start, size);
  buffer[size] = '\0';
  value->type = LECTERN_JSON_DOUBLE;
  value->number = g_ascii_strtod (buffer, NULL);
  return TRUE;
}

static inline gboolean
match (const char *pos,
       const char *end,
       const char *literal,
       gsize       length)
{
  return (gsize) (end - pos) >= length && memcmp (pos, literal, length) == 0;
}

/* Containers */

/* Reads a member name and the colon after it, from *@pos. */
static gboolean
parse_name (Parser      *parser,
            const char **pos,
            Frame       *frame)
{
  const char *at = skip_space (*pos, parser->end);

  if (at == parser->end || *at != '"')
    return fail (parser, at, LECTERN_JSON_ERROR_SYNTAX,
                 _("expected a member name in double quotes"));
  frame->name_offset = clamp_offset (parser, at);
  if (!parse_string (parser, &at, &frame->name, &frame->name_length))
    return FALSE;
  at = skip_space (at, parser->end);
  if (at == parser->end || *at != ':')
    return fail (parser, at, LECTERN_JSON_ERROR_SYNTAX, _("expected “:”"));
  *pos = at + 1;
  return TRUE;
}

/* Moves the children of the innermost open container into the arena, and
 * closes it. */
static void
close_container (Parser           *parser,
                 LecternJsonValue *value)
{
  Frame *frame = (Frame *) (parser->frames.data + parser->frames.length) - 1;
  Stack *stack = frame->object ? &parser->members : &parser->values;
  gsize size = stack->length - frame->start;
  void *children = NULL;

  if (size > 0)
    {
      children = arena_alloc (parser->document, size, FALSE);
      memcpy (children, stack->data + frame->start, size);
    }
  stack->length = frame->start;
  value->offset = frame->offset;
  if (frame->object)
    {
      value->type = LECTERN_JSON_OBJECT;
      value->length = (guint) (size / sizeof (LecternJsonMember));
      value->members = children;
    }
  else
    {
      value->type = LECTERN_JSON_ARRAY;
      value->length = (guint) (size / sizeof (LecternJsonValue));
      value->elements = children;
    }
  parser->frames.length -= sizeof (Frame);
}

/* The parser is iterative: an opening bracket pushes a frame, and each
 * completed value is pushed onto the stack of its container until the
 * closing bracket moves them all into the arena at once. */
static gboolean
parse (Parser *parser)
{
  const char *pos = parser->text, *end = parser->end;
  LecternJsonValue value = { 0 };
  Frame *frame;
  LecternJsonMember *member;
  guint depth = 0;

  for (;;)
    {
      /* Read a value, or open a container and go on with its first child. */
      pos = skip_space (pos, end);
      if (pos == end)
        return fail (parser, pos, LECTERN_JSON_ERROR_SYNTAX, _("expected a value"));
      value.length = 0; /* strings and containers set it */
      value.offset = clamp_offset (parser, pos);
      switch (*pos)
        {
        case '[':
        case '{':
          if (depth == parser->max_depth)
            {
              g_autofree char *problem =
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "nested deeper than %u level",
                                              "nested deeper than %u levels", parser->max_depth),
                                 parser->max_depth);

              return fail (parser, pos, LECTERN_JSON_ERROR_DEPTH, problem);
            }
          depth++;
          frame = stack_push (&parser->frames, sizeof (Frame));
          frame->object = *pos == '{';
          frame->offset = clamp_offset (parser, pos);
          frame->start = frame->object ? parser->members.length : parser->values.length;
          pos = skip_space (pos + 1, end);
          if (pos < end && *pos == (frame->object ? '}' : ']'))
            {
              pos++;
              depth--;
              close_container (parser, &value);
              break;
            }
          if (frame->object && !parse_name (parser, &pos, frame))
            return FALSE;
          continue;
        case '"':
          value.type = LECTERN_JSON_STRING;
          if (!parse_string (parser, &pos, &value.string, &value.length))
            return FALSE;
          break;
        case '-': case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          if (!parse_number (parser, &pos, &value))
            return FALSE;
          break;
        case 't':
        case 'f':
          value.type = LECTERN_JSON_BOOLEAN;
          value.boolean = *pos == 't';
          if (!match (pos, end, value.boolean ? "true" : "false", value.boolean ? 4 : 5))
            return fail (parser, pos, LECTERN_JSON_ERROR_SYNTAX, _("expected a value"));
          pos += value.boolean ? 4 : 5;
          break;
        case 'n':
          if (!match (pos, end, "null", 4))
            return fail (parser, pos, LECTERN_JSON_ERROR_SYNTAX, _("expected a value"));
          value.type = LECTERN_JSON_NULL;
          pos += 4;
          break;
        default:
          return fail (parser, pos, LECTERN_JSON_ERROR_SYNTAX, _("expected a value"));
        }

      /* A value is complete: add it to its container, and close every
       * container that ends right after it. */
      for (;;)
        {
          if (depth == 0)
            {
              parser->document->root = value;
              pos = skip_space (pos, end);
              if (pos != end)
                return fail (parser, pos, LECTERN_JSON_ERROR_TRAILING,
                             _("more text after the end of the JSON value"));
              return TRUE;
            }
          frame = (Frame *) (parser->frames.data + parser->frames.length) - 1;
          if (frame->object)
            {
              member = stack_push (&parser->members, sizeof (LecternJsonMember));
              member->name = frame->name;
              member->name_length = frame->name_length;
              member->name_offset = frame->name_offset;
              member->value = value;
            }
          else
            *(LecternJsonValue *) stack_push (&parser->values, sizeof (LecternJsonValue)) = value;

          pos = skip_space (pos, end);
          if (pos < end && *pos == ',')
            {
              pos++;
              if (frame->object && !parse_name (parser, &pos, frame))
                return FALSE;
              break;
            }
          if (pos == end || *pos != (frame->object ? '}' : ']'))
            return fail (parser, pos, LECTERN_JSON_ERROR_SYNTAX,
                         frame->object ? _("expected “,” or “}”") : _("expected “,” or “]”"));
          pos++;
          depth--;
          close_container (parser, &value);
        }
    }
}

/* Public API */

LecternJsonDocument *
lectern_json_document_parse (const char  *text,
                             gsize        length,
                             guint        max_depth,
                             GError     **error)
{
  return lectern_json_document_parse_at (text, length, max_depth, NULL, error);
}

LecternJsonDocument *
lectern_json_document_parse_at (const char  *text,
                                gsize        length,
                                guint        max_depth,
                                gsize       *error_offset,
                                GError     **error)
{
  LecternJsonDocument *document;
  Parser parser;
  gboolean ok;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  /* Every string and container length then fits in a guint. */
  g_return_val_if_fail (length < G_MAXUINT, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  document = g_new0 (LecternJsonDocument, 1);
  document->blocks = g_malloc (sizeof (Block) + FIRST_BLOCK_SIZE);
  document->blocks->next = NULL;
  document->low = (char *) document->blocks->data;
  document->high = document->low + FIRST_BLOCK_SIZE;
  document->next_size = FIRST_BLOCK_SIZE * 2;

  parser.text = text != NULL ? text : "";
  parser.end = parser.text + length;
  parser.max_depth = max_depth;
  parser.document = document;
  parser.error = error;
  parser.bare_message = error_offset != NULL;
  parser.error_offset = 0;
  stack_init (&parser.values);
  stack_init (&parser.members);
  stack_init (&parser.frames);
  stack_init (&parser.chars);

  ok = parse (&parser);

  g_free (parser.values.data);
  g_free (parser.members.data);
  g_free (parser.frames.data);
  g_free (parser.chars.data);
  if (!ok)
    {
      g_clear_pointer (&document, lectern_json_document_free);
      if (error_offset)
        *error_offset = parser.error_offset;
    }
  return document;
}

const LecternJsonValue *
lectern_json_document_get_root (LecternJsonDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  return &document->root;
}

void
lectern_json_document_free (LecternJsonDocument *document)
{
  Block *next;

  if (document == NULL)
    return;
  for (Block *block = document->blocks; block != NULL; block = next)
    {
      next = block->next;
      g_free (block);
    }
  g_free (document);
}

const char *
lectern_json_describe (const LecternJsonValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  switch (value->type)
    {
    case LECTERN_JSON_NULL:
      return _("null");
    case LECTERN_JSON_BOOLEAN:
      return _("true or false");
    case LECTERN_JSON_INTEGER:
    case LECTERN_JSON_DOUBLE:
      return _("a number");
    case LECTERN_JSON_STRING:
      return _("a string");
    case LECTERN_JSON_ARRAY:
      return _("an array");
    case LECTERN_JSON_OBJECT:
      return _("an object");
    }
  g_return_val_if_reached (NULL);
}
