/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-question.h"

struct _LecternQuestion
{
  GObject              parent_instance;

  LecternQuestionType  type;
  LecternAnswerFormat  format;
  char                *id;
  char                *fact;
  char                *prompt;
  GStrv                items;
  GStrv                choices;
  GStrv                answers;
  char                *explanation;
  LecternParagraph    *paragraph;
  guint                source_start;
  guint                source_end;
  char                *source_text;
};

G_DEFINE_FINAL_TYPE (LecternQuestion, lectern_question, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LecternQuestionType, lectern_question_type,
  G_DEFINE_ENUM_VALUE (LECTERN_QUESTION_EVENT_YEAR, "event-year"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUESTION_YEAR_EVENT, "year-event"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUESTION_CHRONOLOGY, "chronology"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUESTION_ENTITY, "entity"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUESTION_SUMMARY, "summary"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUESTION_CLOZE, "cloze"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUESTION_TRUE_FALSE, "true-false"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUESTION_MATCHING, "matching"))

G_DEFINE_ENUM_TYPE (LecternAnswerFormat, lectern_answer_format,
  G_DEFINE_ENUM_VALUE (LECTERN_ANSWER_CHOICE, "choice"),
  G_DEFINE_ENUM_VALUE (LECTERN_ANSWER_TYPED, "typed"),
  G_DEFINE_ENUM_VALUE (LECTERN_ANSWER_ORDER, "order"),
  G_DEFINE_ENUM_VALUE (LECTERN_ANSWER_MATCH, "match"))

enum {
  PROP_0,
  PROP_ID,
  PROP_QUESTION_TYPE,
  PROP_FORMAT,
  PROP_PROMPT,
  PROP_EXPLANATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const type_names[LECTERN_N_QUESTION_TYPES] = {
  "event-year",
  "year-event",
  "chronology",
  "entity",
  "summary",
  "cloze",
  "true-false",
  "matching",
};

static GStrv
copy_strv (const char * const *strv)
{
  if (strv == NULL)
    return NULL;

  return g_strdupv ((char **) strv);
}

static void
lectern_question_finalize (GObject *object)
{
  LecternQuestion *self = LECTERN_QUESTION (object);

  g_free (self->id);
  g_free (self->fact);
  g_free (self->prompt);
  g_strfreev (self->items);
  g_strfreev (self->choices);
  g_strfreev (self->answers);
  g_free (self->explanation);
  g_clear_object (&self->paragraph);
  g_free (self->source_text);

  G_OBJECT_CLASS (lectern_question_parent_class)->finalize (object);
}

static void
lectern_question_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LecternQuestion *self = LECTERN_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_QUESTION_TYPE:
      g_value_set_enum (value, self->type);
      break;

    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;

    case PROP_PROMPT:
      g_value_set_string (value, self->prompt);
      break;

    case PROP_EXPLANATION:
      g_value_set_string (value, self->explanation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_question_class_init (LecternQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lectern_question_finalize;
  object_class->get_property = lectern_question_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_QUESTION_TYPE] =
    g_param_spec_enum ("question-type", NULL, NULL,
                       LECTERN_TYPE_QUESTION_TYPE, LECTERN_QUESTION_EVENT_YEAR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       LECTERN_TYPE_ANSWER_FORMAT, LECTERN_ANSWER_CHOICE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PROMPT] =
    g_param_spec_string ("prompt", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_question_init (LecternQuestion *self)
{
}

const char *
lectern_question_type_to_string (LecternQuestionType type)
{
  g_return_val_if_fail (type < LECTERN_N_QUESTION_TYPES, NULL);

  return type_names[type];
}

gboolean
lectern_question_type_from_string (const char          *text,
                                   LecternQuestionType *type)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < LECTERN_N_QUESTION_TYPES; i++)
    {
      if (g_strcmp0 (text, type_names[i]) == 0)
        {
          if (type != NULL)
            *type = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
lectern_question_type_get_label (LecternQuestionType type)
{
  switch (type)
    {
    case LECTERN_QUESTION_EVENT_YEAR:
      return _("Event → year");
    case LECTERN_QUESTION_YEAR_EVENT:
      return _("Year → event");
    case LECTERN_QUESTION_CHRONOLOGY:
      return _("Chronology");
    case LECTERN_QUESTION_ENTITY:
      return _("Who or what is it?");
    case LECTERN_QUESTION_SUMMARY:
      return _("Descriptions");
    case LECTERN_QUESTION_CLOZE:
      return _("Fill in the blank");
    case LECTERN_QUESTION_TRUE_FALSE:
      return _("True or false");
    case LECTERN_QUESTION_MATCHING:
      return _("Matching");
    case LECTERN_N_QUESTION_TYPES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * lectern_question_new:
 * @spec: the question; strings are copied and @spec->paragraph is referenced
 *
 * Returns: (transfer full): an immutable question
 */
LecternQuestion *
lectern_question_new (const LecternQuestionSpec *spec)
{
  static const char * const empty[] = { NULL };
  LecternQuestion *self;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (spec->type < LECTERN_N_QUESTION_TYPES, NULL);
  g_return_val_if_fail (spec->id != NULL, NULL);
  g_return_val_if_fail (spec->prompt != NULL, NULL);
  g_return_val_if_fail (spec->answers != NULL && spec->answers[0] != NULL, NULL);
  g_return_val_if_fail (LECTERN_IS_PARAGRAPH (spec->paragraph), NULL);
  g_return_val_if_fail (spec->source_start <= spec->source_end, NULL);

  self = g_object_new (LECTERN_TYPE_QUESTION, NULL);
  self->type = spec->type;
  self->format = spec->format;
  self->id = g_strdup (spec->id);
  self->fact = g_strdup (spec->fact != NULL ? spec->fact : spec->id);
  self->prompt = g_strdup (spec->prompt);
  self->items = copy_strv (spec->items);
  self->choices = copy_strv (spec->choices != NULL ? spec->choices : empty);
  self->answers = copy_strv (spec->answers);
  self->explanation = g_strdup (spec->explanation != NULL ? spec->explanation : "");
  self->paragraph = g_object_ref (spec->paragraph);
  self->source_start = spec->source_start;
  self->source_end = spec->source_end;
  self->source_text = g_strdup (spec->source_text != NULL ? spec->source_text : "");

  return self;
}

const char *
lectern_question_get_id (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return self->id;
}

LecternQuestionType
lectern_question_get_question_type (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), 0);

  return self->type;
}

LecternAnswerFormat
lectern_question_get_format (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), 0);

  return self->format;
}

const char *
lectern_question_get_fact (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return self->fact;
}

const char *
lectern_question_get_prompt (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return self->prompt;
}

const char * const *
lectern_question_get_items (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return (const char * const *) self->items;
}

const char * const *
lectern_question_get_choices (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return (const char * const *) self->choices;
}

const char * const *
lectern_question_get_answers (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return (const char * const *) self->answers;
}

const char *
lectern_question_get_explanation (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return self->explanation;
}

LecternParagraph *
lectern_question_get_paragraph (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return self->paragraph;
}

guint
lectern_question_get_source_start (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), 0);

  return self->source_start;
}

guint
lectern_question_get_source_end (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), 0);

  return self->source_end;
}

const char *
lectern_question_get_source_text (LecternQuestion *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  return self->source_text;
}

char *
lectern_question_format_answer (LecternQuestion *self)
{
  GString *text;

  g_return_val_if_fail (LECTERN_IS_QUESTION (self), NULL);

  switch (self->format)
    {
    case LECTERN_ANSWER_ORDER:
      return g_strjoinv (" → ", self->answers);

    case LECTERN_ANSWER_MATCH:
      text = g_string_new (NULL);
      for (guint i = 0; self->items != NULL && self->items[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append_c (text, '\n');
          /* Translators: a matched pair in the right answer of a matching question */
          g_string_append_printf (text, _("%s: %s"), self->items[i], self->answers[i]);
        }
      return g_string_free (text, FALSE);

    case LECTERN_ANSWER_CHOICE:
    case LECTERN_ANSWER_TYPED:
    default:
      return g_strdup (self->answers[0]);
    }
}
