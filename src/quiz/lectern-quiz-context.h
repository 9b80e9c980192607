/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to the quiz library: what the generators share about one pack. */

#include "lectern-core.h"
#include "lectern-question.h"
#include "lectern-rng.h"
#include "lectern-sentences.h"

G_BEGIN_DECLS

typedef struct
{
  guint             index;           /* into LecternQuizContext.sentences */
  LecternParagraph *paragraph;
  guint             paragraph_index;
  guint             start;           /* characters in the paragraph */
  guint             end;
  char             *text;
  /* Fit for a cloze or true/false question: not too short or long, and
   * not opening with a word that points back ("This", "It", …). */
  gboolean          standalone;
  guint             first_mention;   /* into the mention index */
  guint             n_mentions;
  GArray           *years;           /* LecternSpan, paragraph characters */
} LecternQuizSentence;

typedef struct
{
  LecternEvent     *event;
  int               first_year;
  int               last_year;
  char             *year_label;      /* "2014", "2016–2018" */
  char             *folded_title;
  /* The title gives a year away ("Tokyo 2020 Games"): not for date questions. */
  gboolean          title_has_year;
  LecternParagraph *paragraph;
  guint             source_start;
  guint             source_end;
  char             *source_text;
} LecternQuizEvent;

typedef struct
{
  LecternEntity             *entity;
  guint                      index;
  LecternEntityKind          kind;
  char                      *folded_name;
  /* The summary with its own names replaced by "…"; %NULL when a name is
   * part of a longer proper name there ("East China Sea"), so the summary
   * cannot stand for the entity without giving it away. */
  char                      *masked_summary;
  char                      *folded_masked_summary;
  /* The name as the article writes it in lower case inside a sentence
   * ("first cyber framework"), or %NULL. */
  char                      *lower_name;
  char                      *acronym;         /* an all-capitals alias, or NULL */
  const LecternQuizSentence *first_sentence;  /* of its first mention, or NULL */
} LecternQuizEntity;

typedef struct
{
  LecternPack         *pack;
  LecternMentionIndex *mentions;
  GPtrArray           *paragraphs;        /* LecternParagraph, reading order */
  GPtrArray           *folded_paragraphs; /* char * */
  /* A bit for the hash of every LECTERN_QUIZ_GRAM-byte run of the folded
   * paragraphs (made on first use): a text with a run whose bit is clear
   * cannot occur in the article, and is not searched for. */
  guint64             *grams;
  gsize                grams_mask;        /* bits - 1, a power of two minus one */
  GPtrArray           *sentences;         /* LecternQuizSentence */
  guint               *first_sentence;    /* per paragraph, into sentences; n + 1 */
  GPtrArray           *events;            /* LecternQuizEvent, date order */
  GHashTable          *events_by_id;
  GPtrArray           *entities;          /* LecternQuizEntity, pack order */
  GHashTable          *entities_by_id;
  GHashTable          *entities_by_object;
  /* Related entities, as sorted lists of indexes: entity i's are
   * related_items[related_starts[i] .. related_starts[i + 1]). */
  guint               *related_starts;    /* n_entities + 1 */
  guint               *related_items;
  GArray              *years;             /* int, every event year, sorted, distinct */

  /* Memos, so that questions cost no repeated Unicode work: text → folded
   * text, and text → whether it occurs in the article. Emptied by
   * lectern_quiz_context_trim() when they grow large. */
  GHashTable          *folded;
  GHashTable          *occurs;
  /* What a question generator works out once per pack, by name: see
   * lectern_quiz_context_get_data(). */
  GData               *data;
} LecternQuizContext;

LecternQuizContext *lectern_quiz_context_new (LecternPack *pack);
void lectern_quiz_context_free (LecternQuizContext *self);
/* Data a generator keeps with the pack (g_datalist), freed with the context. */
gpointer lectern_quiz_context_get_data (LecternQuizContext *self,
                                        const char         *key);
void lectern_quiz_context_set_data (LecternQuizContext *self,
                                    const char         *key,
                                    gpointer            data,
                                    GDestroyNotify      destroy);
/* Bounds the memos; call where no folded string from the memo is held. */
void lectern_quiz_context_trim (LecternQuizContext *self);
/* @text folded (lectern_text_fold()), owned by the context until the next
 * lectern_quiz_context_trim(). */
const char *lectern_quiz_context_fold (LecternQuizContext *self,
                                       const char         *text);

const LecternQuizSentence *lectern_quiz_context_find_sentence (LecternQuizContext *self,
                                                               guint               paragraph_index,
                                                               guint               offset);
LecternQuizEvent *lectern_quiz_context_lookup_event (LecternQuizContext *self,
                                                     const char         *id);
LecternQuizEntity *lectern_quiz_context_lookup_entity (LecternQuizContext *self,
                                                       const char         *id);
LecternQuizEntity *lectern_quiz_context_get_entity (LecternQuizContext *self,
                                                    LecternEntity      *entity);
/* Too close to be a distractor for one another: they share a spelling, an
 * event, or one's summary names the other ("Beijing" and "China"). */
gboolean lectern_quiz_context_related (LecternQuizContext *self,
                                       LecternQuizEntity  *a,
                                       LecternQuizEntity  *b);
/* Whether @text (folded) occurs anywhere in the article. */
gboolean lectern_quiz_context_text_occurs (LecternQuizContext *self,
                                           const char         *text);
/* The sentence with paragraph characters [start, end) replaced. */
char *lectern_quiz_context_replace (const LecternQuizSentence *sentence,
                                    guint                      start,
                                    guint                      end,
                                    const char                *replacement);
/* How to write @entity in place of @model: an acronym for an acronym,
 * lower-case in place of lower case for a concept or a name the article
 * writes in lower case. */
char *lectern_quiz_context_entity_label (LecternQuizEntity *entity,
                                         const char        *model);
gboolean lectern_quiz_context_intervals_overlap (LecternQuizEvent *a,
                                                 LecternQuizEvent *b);
/* Whether @entity is mentioned in @sentence. */
gboolean lectern_quiz_context_sentence_mentions (LecternQuizContext        *self,
                                                 const LecternQuizSentence *sentence,
                                                 LecternEntity             *entity);
/* How many times @entity is mentioned in @sentence. */
guint lectern_quiz_context_count_mentions (LecternQuizContext        *self,
                                           const LecternQuizSentence *sentence,
                                           LecternEntity             *entity);
/* How many times @year is written in @sentence. */
guint lectern_quiz_context_count_year (const LecternQuizSentence *sentence,
                                       int                        year);
/* Whether the sentence text contains @year (as a year). */
gboolean lectern_quiz_context_sentence_has_year (const LecternQuizSentence *sentence,
                                                 int                        year);
int lectern_quiz_context_year_at (const LecternQuizSentence *sentence,
                                  const LecternSpan         *span);

/* Names in text (lectern-quiz-names.c) */

/* The name and the aliases of @entity (a new array of borrowed strings). */
GPtrArray *lectern_quiz_entity_spellings (LecternEntity *entity);
/* @text with @names (sorted here, longest first) blanked out as "…", or
 * %NULL when one of them is only part of a longer proper name ("China" in
 * "East China Sea"), which blanking would cut in two. */
char *lectern_quiz_mask_names (const char *text,
                               GPtrArray  *names);
/* Fills self->related from the entities' summaries, names and events. */
void lectern_quiz_context_compute_related (LecternQuizContext *self);

/* Putting questions together (lectern-quiz-build.c) */

/* Fills the source part of @spec from a sentence or an event. */
void lectern_quiz_spec_set_sentence (LecternQuestionSpec       *spec,
                                     const LecternQuizSentence *sentence);
void lectern_quiz_spec_set_event (LecternQuestionSpec *spec,
                                  LecternQuizEvent    *event);

/* Picks distinct strings: @candidates (borrowed, in order of preference)
 * are added to @out unless they fold to the same text as one already in it;
 * stops at @max elements in @out. */
void lectern_quiz_add_distinct (LecternQuizContext *context,
                                GPtrArray          *out,
                                GPtrArray          *candidates,
                                guint               max);
gboolean lectern_quiz_folded_equal (LecternQuizContext *context,
                                    const char         *a,
                                    const char         *b);
gboolean lectern_quiz_contains_folded (LecternQuizContext *context,
                                       GPtrArray          *strings,
                                       const char         *text);

/* @answer and @distractors (borrowed strings) shuffled into a new string array. */
GStrv lectern_quiz_make_choices (LecternRng *rng,
                                 const char *answer,
                                 GPtrArray  *distractors);
/* A copy of @array (borrowed pointers) in random order. */
GPtrArray *lectern_quiz_shuffled_copy (LecternRng *rng,
                                       GPtrArray  *array);
/* The sentence of paragraph @paragraph_id spanning "START-END" characters. */
const LecternQuizSentence *lectern_quiz_context_sentence_from_key (LecternQuizContext *self,
                                                                   const char         *paragraph_id,
                                                                   const char         *range);
gboolean lectern_quiz_parse_range (const char *text,
                                   guint      *start,
                                   guint      *end);

/* A multiple-choice question from @spec, whose format, choices and answers it
 * fills: @answer among up to three of @candidates (borrowed, in order of
 * preference) that fold to other texts, shuffled with @rng; %NULL when fewer
 * than two such candidates are left. */
LecternQuestion *lectern_quiz_choice_question (LecternQuizContext  *context,
                                               LecternQuestionSpec *spec,
                                               LecternRng          *rng,
                                               const char          *answer,
                                               GPtrArray           *candidates);
/* lectern_quiz_choice_question() for a question on what @entity's summary
 * says (fact "entity-summary/ID", source its first sentence) or on the date
 * of @event (fact "event-date/ID", source the event); they fill in the fact,
 * the explanation and the source of @spec. */
LecternQuestion *lectern_quiz_entity_summary_question (LecternQuizContext  *context,
                                                       LecternQuestionSpec *spec,
                                                       LecternQuizEntity   *entity,
                                                       LecternRng          *rng,
                                                       const char          *answer,
                                                       GPtrArray           *candidates);
LecternQuestion *lectern_quiz_event_date_question (LecternQuizContext  *context,
                                                   LecternQuestionSpec *spec,
                                                   LecternQuizEvent    *event,
                                                   LecternRng          *rng,
                                                   const char          *answer,
                                                   GPtrArray           *candidates);

/* Entities asked about from their summary: those with a first sentence and a
 * masked summary. Adds @prefix + id of each to @keys; looks up @key (@prefix +
 * id) and returns %NULL unless it is one of them. */
void lectern_quiz_collect_summarised_entities (LecternQuizContext *context,
                                               const char         *prefix,
                                               GPtrArray          *keys);
LecternQuizEntity *lectern_quiz_lookup_summarised_entity (LecternQuizContext *context,
                                                          const char         *prefix,
                                                          const char         *key);
/* The other entities of @entity's kind that are not related to it, in an order
 * drawn from @rng; a new array of borrowed pointers. */
GPtrArray *lectern_quiz_entity_peers (LecternQuizContext *context,
                                      LecternQuizEntity  *entity,
                                      LecternRng         *rng);
/* Events asked about by date: those in the article (not background) whose
 * title does not give the year away. As above. */
void lectern_quiz_collect_dated_events (LecternQuizContext *context,
                                        const char         *prefix,
                                        GPtrArray          *keys);
LecternQuizEvent *lectern_quiz_lookup_dated_event (LecternQuizContext *context,
                                                   const char         *prefix,
                                                   const char         *key);

/* "Title — 2014. Summary" */
char *lectern_quiz_event_explanation (LecternQuizEvent *event);
/* "Name (native name): summary" */
char *lectern_quiz_entity_explanation (LecternQuizEntity *entity);
/* A translated prompt asking which entity of this kind is described. */
char *lectern_quiz_entity_question (LecternEntityKind  kind,
                                    const char        *description);

G_END_DECLS
