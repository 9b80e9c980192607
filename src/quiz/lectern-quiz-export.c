/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "lectern-quiz-code.h"
#include "lectern-quiz-export.h"
#include "lectern-quiz-generator.h"

static void
add_strings (JsonBuilder        *builder,
             const char         *member,
             const char * const *strings)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
add_question (JsonBuilder     *builder,
              LecternQuestion *question)
{
  GEnumClass *formats = g_type_class_ref (LECTERN_TYPE_ANSWER_FORMAT);
  GEnumValue *format = g_enum_get_value (formats, lectern_question_get_format (question));
  LecternQuestionType type = lectern_question_get_question_type (question);
  LecternParagraph *paragraph = lectern_question_get_paragraph (question);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, lectern_question_get_id (question));
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, lectern_question_type_to_string (type));
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, format->value_nick);
  json_builder_set_member_name (builder, "prompt");
  json_builder_add_string_value (builder, lectern_question_get_prompt (question));
  if (lectern_question_get_items (question) != NULL)
    add_strings (builder, "items", lectern_question_get_items (question));
  add_strings (builder, "choices", lectern_question_get_choices (question));
  add_strings (builder, "answers", lectern_question_get_answers (question));
  json_builder_set_member_name (builder, "explanation");
  json_builder_add_string_value (builder, lectern_question_get_explanation (question));

  json_builder_set_member_name (builder, "source");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "paragraph");
  json_builder_add_string_value (builder, lectern_paragraph_get_id (paragraph));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, lectern_question_get_source_start (question));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, lectern_question_get_source_end (question));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, lectern_question_get_source_text (question));
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  g_type_class_unref (formats);
}

char *
lectern_quiz_export_questions (LecternPack              *pack,
                               const LecternQuizOptions *options,
                               GPtrArray                *questions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *code = NULL;
  g_autofree char *json = NULL;

  g_return_val_if_fail (LECTERN_IS_PACK (pack), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (questions != NULL, NULL);

  code = lectern_quiz_code_encode (options);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "pack");
  json_builder_add_string_value (builder, lectern_pack_get_id (pack));
  json_builder_set_member_name (builder, "seed");
  json_builder_add_int_value (builder, (gint64) options->seed);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "types");
  json_builder_begin_array (builder);
  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    if (options->types & (1u << t))
      json_builder_add_string_value (builder, lectern_question_type_to_string (t));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < questions->len; i++)
    add_question (builder, questions->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);

  return g_strconcat (json, "\n", NULL);
}

/**
 * lectern_quiz_export_json:
 * @pack: the pack
 * @options: seed, count and types
 * @error: set when no question can be made
 *
 * Returns: (transfer full): the JSON text, ending in a newline
 */
char *
lectern_quiz_export_json (LecternPack               *pack,
                          const LecternQuizOptions  *options,
                          GError                   **error)
{
  g_autoptr(LecternQuizGenerator) generator = NULL;
  g_autoptr(GPtrArray) questions = NULL;

  g_return_val_if_fail (LECTERN_IS_PACK (pack), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  generator = lectern_quiz_generator_new (pack);
  questions = lectern_quiz_generator_generate (generator, options, error);
  if (questions == NULL)
    return NULL;

  return lectern_quiz_export_questions (pack, options, questions);
}
