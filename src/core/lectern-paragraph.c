/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-pack-private.h"
#include "lectern-paragraph.h"

struct _LecternParagraph
{
  GObject parent_instance;

  char   *id;
  char   *text;
  guint   index;
  guint   length;
  guint   section;
};

G_DEFINE_FINAL_TYPE (LecternParagraph, lectern_paragraph, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_INDEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lectern_paragraph_finalize (GObject *object)
{
  LecternParagraph *self = (LecternParagraph *) object;

  g_free (self->id);
  g_free (self->text);

  G_OBJECT_CLASS (lectern_paragraph_parent_class)->finalize (object);
}

static void
lectern_paragraph_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LecternParagraph *self = LECTERN_PARAGRAPH (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_paragraph_class_init (LecternParagraphClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lectern_paragraph_finalize;
  object_class->get_property = lectern_paragraph_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_paragraph_init (LecternParagraph *self)
{
}

/* g_utf8_strlen() of @size bytes of valid UTF-8 (the loader's quote offsets
 * use it too), without decoding: every byte but 0b10xxxxxx starts a
 * character. Eight bytes at a time, as most text is ASCII. */
guint
_lectern_count_chars (const char *text,
                      gsize       size)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize n_continuation = 0;
  gsize i = 0;

  for (; i + 8 <= size; i += 8)
    {
      guint64 word, continuation;

      memcpy (&word, text + i, sizeof word);
      /* Bit 7 set and bit 6 clear, in each byte. */
      continuation = word & ~(word << 1) & highs;
      /* Adds up the bytes' bit 7s in the top byte. */
      n_continuation += ((continuation >> 7) * ones) >> 56;
    }
  for (; i < size; i++)
    n_continuation += ((guchar) text[i] & 0xc0) == 0x80;
  return size - n_continuation;
}

LecternParagraph *
_lectern_paragraph_new (const char *id,
                        const char *text,
                        guint       index,
                        guint       section)
{
  LecternParagraph *self = g_object_new (LECTERN_TYPE_PARAGRAPH, NULL);

  self->id = g_strdup (id);
  self->text = g_strdup (text);
  self->index = index;
  self->section = section;
  self->length = _lectern_count_chars (text, strlen (text));
  return self;
}

const char *
lectern_paragraph_get_id (LecternParagraph *self)
{
  g_return_val_if_fail (LECTERN_IS_PARAGRAPH (self), NULL);
  return self->id;
}

const char *
lectern_paragraph_get_text (LecternParagraph *self)
{
  g_return_val_if_fail (LECTERN_IS_PARAGRAPH (self), NULL);
  return self->text;
}

guint
lectern_paragraph_get_index (LecternParagraph *self)
{
  g_return_val_if_fail (LECTERN_IS_PARAGRAPH (self), 0);
  return self->index;
}

guint
lectern_paragraph_get_length (LecternParagraph *self)
{
  g_return_val_if_fail (LECTERN_IS_PARAGRAPH (self), 0);
  return self->length;
}

guint
lectern_paragraph_get_section (LecternParagraph *self)
{
  g_return_val_if_fail (LECTERN_IS_PARAGRAPH (self), 0);
  return self->section;
}
