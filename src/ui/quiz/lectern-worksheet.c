/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <pango/pangocairo.h>

#include "lectern-quiz-code.h"
#include "lectern-quiz-generator.h"
#include "lectern-worksheet.h"

#define MARGIN 56.0          /* points: about 2 cm */
#define FOOTER 28.0
#define LINE_GAP 26.0        /* writing lines */
#define BLOCK_GAP 14.0
#define FONT "Sans"

typedef struct
{
  char    *markup;
  double   size;             /* points */
  guint    writing_lines;
  gboolean new_page;
  gboolean centered;
  double   height;           /* set by paginate */
  guint    page;
} Block;

struct _LecternWorksheet
{
  GObject             parent_instance;

  LecternPack        *pack;
  LecternQuizOptions  options;
  char               *code;
  GArray             *blocks;   /* Block */
  double              width;
  double              height;
  guint               n_pages;
};

G_DEFINE_FINAL_TYPE (LecternWorksheet, lectern_worksheet, G_TYPE_OBJECT)

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_free (block->markup);
}

G_GNUC_PRINTF (2, 3)
static Block *
add_block (LecternWorksheet *self,
           const char       *format,
           ...)
{
  Block block = { 0 };
  va_list args;

  va_start (args, format);
  block.markup = g_markup_vprintf_escaped (format, args);
  va_end (args);
  block.size = 11.0;
  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

static char
letter (guint i)
{
  return 'A' + (i % 26);
}

static int
choice_index (const char * const *choices,
              const char         *answer)
{
  for (guint i = 0; choices[i]; i++)
    if (g_strcmp0 (choices[i], answer) == 0)
      return i;
  return -1;
}

static void
add_question (LecternWorksheet *self,
              LecternQuestion  *question,
              guint             number)
{
  const char * const *choices = lectern_question_get_choices (question);
  const char * const *items = lectern_question_get_items (question);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *prompt = g_markup_escape_text (lectern_question_get_prompt (question), -1);
  Block *block;

  g_string_append_printf (body, "<b>%u.</b>  %s", number, prompt);

  switch (lectern_question_get_format (question))
    {
    case LECTERN_ANSWER_CHOICE:
      for (guint i = 0; choices[i]; i++)
        {
          g_autofree char *c = g_markup_escape_text (choices[i], -1);
          g_string_append_printf (body, "\n      ☐  %c.  %s", letter (i), c);
        }
      break;

    case LECTERN_ANSWER_ORDER:
      g_string_append_printf (body, "\n      <i>%s</i>",
                              _("Number them in order, 1 for the earliest."));
      for (guint i = 0; choices[i]; i++)
        {
          g_autofree char *c = g_markup_escape_text (choices[i], -1);
          g_string_append_printf (body, "\n      ___  %c.  %s", letter (i), c);
        }
      break;

    case LECTERN_ANSWER_MATCH:
      g_string_append_printf (body, "\n      <i>%s</i>", _("Write the letter of the match."));
      for (guint i = 0; items && items[i]; i++)
        {
          g_autofree char *c = g_markup_escape_text (items[i], -1);
          g_string_append_printf (body, "\n      ___  %u.  %s", i + 1, c);
        }
      for (guint i = 0; choices[i]; i++)
        {
          g_autofree char *c = g_markup_escape_text (choices[i], -1);
          g_string_append_printf (body, "\n             %c.  %s", letter (i), c);
        }
      break;

    case LECTERN_ANSWER_TYPED:
    default:
      break;
    }

  block = add_block (self, "%s", "");
  g_free (block->markup);
  block->markup = g_string_free (g_steal_pointer (&body), FALSE);
  if (lectern_question_get_format (question) == LECTERN_ANSWER_TYPED)
    block->writing_lines = 1;
}

static char *
format_key (LecternQuestion *question)
{
  const char * const *choices = lectern_question_get_choices (question);
  const char * const *answers = lectern_question_get_answers (question);
  const char * const *items = lectern_question_get_items (question);
  GString *key = g_string_new (NULL);
  int i;

  switch (lectern_question_get_format (question))
    {
    case LECTERN_ANSWER_CHOICE:
      i = choice_index (choices, answers[0]);
      if (i >= 0)
        g_string_append_printf (key, "%c. ", letter (i));
      g_string_append (key, answers[0]);
      break;

    case LECTERN_ANSWER_ORDER:
      for (guint a = 0; answers[a]; a++)
        {
          i = choice_index (choices, answers[a]);
          g_string_append_printf (key, "%s%c", a ? ", " : "", i >= 0 ? letter (i) : '?');
        }
      break;

    case LECTERN_ANSWER_MATCH:
      for (guint a = 0; items && items[a] && answers[a]; a++)
        {
          i = choice_index (choices, answers[a]);
          g_string_append_printf (key, "%s%u–%c", a ? ", " : "", a + 1, i >= 0 ? letter (i) : '?');
        }
      break;

    case LECTERN_ANSWER_TYPED:
    default:
      g_string_append (key, answers[0]);
      break;
    }
  return g_string_free (key, FALSE);
}

static void
build_blocks (LecternWorksheet *self,
              GPtrArray        *questions)
{
  Block *block;
  const char *author = lectern_pack_get_author_name (self->pack);

  block = add_block (self, "<b>%s</b>", lectern_pack_get_title (self->pack));
  block->size = 17.0;
  if (author)
    /* Translators: worksheet subtitle, "Worksheet · AUTHOR" */
    add_block (self, _("Worksheet · %s"), author);
  else
    add_block (self, "%s", _("Worksheet"));
  block = add_block (self, "%s ______________________________    %s ______________",
                     _("Name"), _("Date"));
  block->size = 12.0;
  add_block (self, _("Quiz code: %s    Questions: %u"), self->code, questions->len);

  for (guint i = 0; i < questions->len; i++)
    add_question (self, g_ptr_array_index (questions, i), i + 1);

  block = add_block (self, "<b>%s</b>", _("Answer Key"));
  block->size = 15.0;
  block->new_page = TRUE;
  add_block (self, _("Quiz code: %s. Each answer gives the paragraph (¶) of the article that answers it."),
             self->code);
  for (guint i = 0; i < questions->len; i++)
    {
      LecternQuestion *q = g_ptr_array_index (questions, i);
      LecternParagraph *p = lectern_question_get_paragraph (q);
      g_autofree char *key = format_key (q);

      if (p != NULL)
        /* Translators: answer key line: "NUMBER. ANSWER (¶ PARAGRAPH)" */
        add_block (self, _("%u. %s  (¶ %u)"), i + 1, key, lectern_paragraph_get_index (p) + 1);
      else
        add_block (self, "%u. %s", i + 1, key);
    }
}

static PangoLayout *
make_layout (PangoContext *context,
             const Block  *block,
             double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);

  pango_font_description_set_size (font, block->size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, block->markup, -1);
  return layout;
}

static void
lectern_worksheet_finalize (GObject *object)
{
  LecternWorksheet *self = LECTERN_WORKSHEET (object);

  g_clear_object (&self->pack);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_free (self->code);

  G_OBJECT_CLASS (lectern_worksheet_parent_class)->finalize (object);
}

static void
lectern_worksheet_class_init (LecternWorksheetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lectern_worksheet_finalize;
}

static void
lectern_worksheet_init (LecternWorksheet *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
}

LecternWorksheet *
lectern_worksheet_new (LecternPack               *pack,
                       const LecternQuizOptions  *options,
                       GError                   **error)
{
  g_autoptr(LecternWorksheet) self = NULL;
  g_autoptr(LecternQuizGenerator) generator = NULL;
  g_autoptr(GPtrArray) questions = NULL;

  g_return_val_if_fail (LECTERN_IS_PACK (pack), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  generator = lectern_quiz_generator_new (pack);
  questions = lectern_quiz_generator_generate (generator, options, error);
  if (questions == NULL)
    return NULL;

  self = g_object_new (LECTERN_TYPE_WORKSHEET, NULL);
  self->pack = g_object_ref (pack);
  self->options = *options;
  self->code = lectern_quiz_code_encode (options);
  build_blocks (self, questions);
  return g_steal_pointer (&self);
}

gboolean
lectern_paper_from_string (const char   *text,
                           LecternPaper *paper)
{
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = LECTERN_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = LECTERN_PAPER_LETTER;
  else if (g_ascii_strcasecmp (text, "auto") == 0)
    *paper = LECTERN_PAPER_AUTO;
  else
    return FALSE;
  return TRUE;
}

void
lectern_paper_get_size (LecternPaper  paper,
                        double       *width,
                        double       *height)
{
  if (paper == LECTERN_PAPER_AUTO)
    {
      /* LC_PAPER gives the width in millimetres: 216 for Letter, 210 for A4. */
      const char *mm = nl_langinfo (_NL_PAPER_WIDTH);
      int paper_width = (int) (gintptr) mm;

      paper = (paper_width == 216) ? LECTERN_PAPER_LETTER : LECTERN_PAPER_A4;
    }
  if (paper == LECTERN_PAPER_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}

const char *
lectern_worksheet_get_code (LecternWorksheet *self)
{
  g_return_val_if_fail (LECTERN_IS_WORKSHEET (self), NULL);

  return self->code;
}

guint
lectern_worksheet_paginate (LecternWorksheet *self,
                            double            width,
                            double            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A1, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  double text_width = width - 2 * MARGIN;
  double room = height - 2 * MARGIN - FOOTER;
  double y = 0;
  guint page = 0;

  g_return_val_if_fail (LECTERN_IS_WORKSHEET (self), 0);

  /* Everything is in points: measure as the page will be drawn. */
  pango_cairo_context_set_resolution (context, 72.0);

  self->width = width;
  self->height = height;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      g_autoptr(PangoLayout) layout = make_layout (context, block, text_width);
      int w, h;

      pango_layout_get_size (layout, &w, &h);
      block->height = (double) h / PANGO_SCALE + block->writing_lines * LINE_GAP;
      /* A question stays on one page. */
      if (block->new_page || (y > 0 && y + block->height > room))
        {
          page++;
          y = 0;
        }
      block->page = page;
      y += block->height + BLOCK_GAP;
    }
  self->n_pages = page + 1;

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return self->n_pages;
}

void
lectern_worksheet_draw_page (LecternWorksheet *self,
                             cairo_t          *cr,
                             guint             page)
{
  PangoContext *context;
  double y = MARGIN;
  double text_width;

  g_return_if_fail (LECTERN_IS_WORKSHEET (self));
  g_return_if_fail (page < self->n_pages);

  text_width = self->width - 2 * MARGIN;
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);
      g_autoptr(PangoLayout) layout = NULL;
      int w, h;

      if (block->page != page)
        continue;
      layout = make_layout (context, block, text_width);
      cairo_move_to (cr, MARGIN, y);
      pango_cairo_show_layout (cr, layout);
      pango_layout_get_size (layout, &w, &h);
      for (guint l = 0; l < block->writing_lines; l++)
        {
          double line_y = y + (double) h / PANGO_SCALE + (l + 1) * LINE_GAP - 6;
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, MARGIN + 24, line_y);
          cairo_line_to (cr, MARGIN + text_width, line_y);
          cairo_stroke (cr);
        }
      y += block->height + BLOCK_GAP;
    }

  /* Footer: page number and quiz code. */
  {
    Block footer = { 0 };
    g_autoptr(PangoLayout) layout = NULL;
    int w, h;

    footer.size = 8.5;
    /* Translators: worksheet footer, "Page 1 of 3 · Quiz code K7Q2-M9" */
    footer.markup = g_markup_printf_escaped (_("Page %u of %u · Quiz code %s"), page + 1,
                                             self->n_pages, self->code);
    layout = make_layout (context, &footer, text_width);
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
    pango_layout_get_size (layout, &w, &h);
    cairo_move_to (cr, MARGIN, self->height - MARGIN + FOOTER - (double) h / PANGO_SCALE);
    pango_cairo_show_layout (cr, layout);
    g_free (footer.markup);
  }
  g_object_unref (context);
}

gboolean
lectern_worksheet_write_pdf (LecternWorksheet  *self,
                             LecternPaper       paper,
                             const char        *filename,
                             GError           **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;
  guint n;

  g_return_val_if_fail (LECTERN_IS_WORKSHEET (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  lectern_paper_get_size (paper, &width, &height);
  n = lectern_worksheet_paginate (self, width, height);

  surface = cairo_pdf_surface_create (filename, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  lectern_pack_get_title (self->pack));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lectern");
  cr = cairo_create (surface);
  for (guint page = 0; page < n; page++)
    {
      lectern_worksheet_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   filename, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
