/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lectern-article-view-private.h"

/* Colours reach the text's tags from style.css through never-shown nodes,
 * articleview > articlestyle.person and so on: the colour of each is the
 * colour of a text, or the background of a highlight. When their style
 * changes (dark, high contrast, a new accent colour) the tags follow. */

#define LECTERN_TYPE_ARTICLE_STYLE (lectern_article_style_get_type ())
G_DECLARE_FINAL_TYPE (LecternArticleStyle, lectern_article_style, LECTERN, ARTICLE_STYLE, GtkWidget)

struct _LecternArticleStyle
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (LecternArticleStyle, lectern_article_style, GTK_TYPE_WIDGET)

static void
lectern_article_style_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  GTK_WIDGET_CLASS (lectern_article_style_parent_class)->css_changed (widget, change);
  if (LECTERN_IS_ARTICLE_VIEW (parent))
    _lectern_article_view_update_colors (LECTERN_ARTICLE_VIEW (parent));
}

static void
lectern_article_style_class_init (LecternArticleStyleClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->css_changed = lectern_article_style_css_changed;
  gtk_widget_class_set_css_name (widget_class, "articlestyle");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
lectern_article_style_init (LecternArticleStyle *self)
{
}

static const char * const style_classes[ARTICLE_N_STYLES] = {
  [ARTICLE_STYLE_YEAR] = "year",
  [ARTICLE_STYLE_BYLINE] = "byline",
  [ARTICLE_STYLE_BODY] = "body",
  [ARTICLE_STYLE_PAGE] = "page",
  [ARTICLE_STYLE_FOCUS] = "focus",
  [ARTICLE_STYLE_ENTITY] = "entity",
  [ARTICLE_STYLE_ENTITY_CURRENT] = "entity-current",
  [ARTICLE_STYLE_MATCH] = "match",
  [ARTICLE_STYLE_MATCH_CURRENT] = "match-current",
};

void
_lectern_article_view_create_styles (LecternArticleView *self)
{
  for (guint i = 0; i < ARTICLE_N_STYLES; i++)
    {
      const char *name = i < LECTERN_N_ENTITY_KINDS ? lectern_entity_kind_to_string (i)
                                                    : style_classes[i];

      /* Kept "visible" with child-visible off, so that their style follows
       * the style sheets while they are never laid out nor drawn. */
      self->styles[i] = g_object_new (LECTERN_TYPE_ARTICLE_STYLE, NULL);
      gtk_widget_add_css_class (self->styles[i], name);
      gtk_widget_set_child_visible (self->styles[i], FALSE);
      gtk_widget_set_parent (self->styles[i], GTK_WIDGET (self));
    }
}

void
_lectern_article_view_destroy_styles (LecternArticleView *self)
{
  for (guint i = 0; i < ARTICLE_N_STYLES; i++)
    g_clear_pointer (&self->styles[i], gtk_widget_unparent);
}

/* Sets @property of @tag to the colour of style @which, if it changed
 * (setting a colour lays the text out again). */
static void
apply_color (LecternArticleView *self,
             ArticleStyle        which,
             GtkTextTag         *tag,
             const char         *property,
             const char         *also)
{
  GdkRGBA color;

  if (self->styles[which] == NULL)
    return;
  gtk_widget_get_color (self->styles[which], &color);
  if (self->colors_valid & (1u << which) && gdk_rgba_equal (&color, &self->colors[which]))
    return;
  self->colors[which] = color;
  self->colors_valid |= 1u << which;
  g_object_set (tag, property, &color, also, also ? &color : NULL, NULL);
}

void
_lectern_article_view_update_colors (LecternArticleView *self)
{
  for (guint k = 0; k < LECTERN_N_ENTITY_KINDS; k++)
    apply_color (self, k, self->kind_tags[k], "foreground-rgba", "underline-rgba");
  apply_color (self, ARTICLE_STYLE_YEAR, self->year_tag, "foreground-rgba", NULL);
  apply_color (self, ARTICLE_STYLE_BYLINE, self->byline_tag, "foreground-rgba", NULL);
  apply_color (self, ARTICLE_STYLE_FOCUS, self->focus_tag, "background-rgba", NULL);
  apply_color (self, ARTICLE_STYLE_ENTITY, self->entity_tag, "background-rgba", NULL);
  apply_color (self, ARTICLE_STYLE_ENTITY_CURRENT, self->entity_current_tag, "background-rgba",
               NULL);
  apply_color (self, ARTICLE_STYLE_MATCH, self->match_tag, "background-rgba", NULL);
  apply_color (self, ARTICLE_STYLE_MATCH_CURRENT, self->match_current_tag, "background-rgba",
               NULL);
}

void
_lectern_article_view_update_scales (LecternArticleView *self)
{
  double s = self->text_scale;

  g_object_set (self->body_tag, "scale", 1.15 * s, NULL);
  g_object_set (self->title_tag, "scale", 2.1 * s, NULL);
  g_object_set (self->byline_tag, "scale", 1.0 * s, NULL);
  g_object_set (self->heading_tag, "scale", 1.45 * s, NULL);
}

void
_lectern_article_view_create_tags (LecternArticleView *self)
{
  self->body_tag = gtk_text_buffer_create_tag (self->buffer, "body",
                                               "pixels-below-lines", 14,
                                               "pixels-inside-wrap", 4,
                                               NULL);
  self->title_tag = gtk_text_buffer_create_tag (self->buffer, "title",
                                                "weight", 800,
                                                "pixels-below-lines", 8,
                                                "pixels-inside-wrap", 2,
                                                NULL);
  self->byline_tag = gtk_text_buffer_create_tag (self->buffer, "byline",
                                                 "pixels-below-lines", 28,
                                                 NULL);
  self->heading_tag = gtk_text_buffer_create_tag (self->buffer, "heading",
                                                  "weight", 700,
                                                  "pixels-above-lines", 18,
                                                  "pixels-below-lines", 10,
                                                  NULL);
  for (guint k = 0; k < LECTERN_N_ENTITY_KINDS; k++)
    {
      g_autofree char *name = g_strdup_printf ("mention-%s", lectern_entity_kind_to_string (k));
      self->kind_tags[k] = gtk_text_buffer_create_tag (self->buffer, name, NULL);
    }
  self->year_tag = gtk_text_buffer_create_tag (self->buffer, "year", "weight", 600, NULL);
  self->hover_tag = gtk_text_buffer_create_tag (self->buffer, "hover",
                                                "underline", PANGO_UNDERLINE_SINGLE, NULL);
  self->match_tag = gtk_text_buffer_create_tag (self->buffer, "match", NULL);
  self->entity_tag = gtk_text_buffer_create_tag (self->buffer, "entity", NULL);
  self->focus_tag = gtk_text_buffer_create_tag (self->buffer, "focus", NULL);
  self->entity_current_tag = gtk_text_buffer_create_tag (self->buffer, "entity-current",
                                                         "underline", PANGO_UNDERLINE_SINGLE,
                                                         NULL);
  self->match_current_tag = gtk_text_buffer_create_tag (self->buffer, "match-current", NULL);
  _lectern_article_view_update_scales (self);
}

guint
_lectern_article_view_paragraph_offset (LecternArticleView *self,
                  guint               paragraph)
{
  g_assert (paragraph < self->paragraph_starts->len);
  return g_array_index (self->paragraph_starts, guint, paragraph);
}

void
_lectern_article_view_range_iters (LecternArticleView *self,
                 guint               paragraph,
                 guint               start,
                 guint               end,
                 GtkTextIter        *a,
                 GtkTextIter        *b)
{
  guint base = _lectern_article_view_paragraph_offset (self, paragraph);

  gtk_text_buffer_get_iter_at_offset (self->buffer, a, base + start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, b, base + end);
}

/* Buffer offset → paragraph and offset in it; FALSE outside paragraphs. */
gboolean
_lectern_article_view_locate_offset (LecternArticleView *self,
               guint               offset,
               guint              *paragraph,
               guint              *in_paragraph)
{
  GListModel *paragraphs;
  guint lo = 0, hi;

  if (self->pack == NULL || self->paragraph_starts->len == 0)
    return FALSE;
  paragraphs = lectern_pack_get_paragraphs (self->pack);
  hi = self->paragraph_starts->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (_lectern_article_view_paragraph_offset (self, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }
  if (offset < _lectern_article_view_paragraph_offset (self, lo))
    return FALSE;
  {
    g_autoptr(LecternParagraph) p = g_list_model_get_item (paragraphs, lo);
    if (offset - _lectern_article_view_paragraph_offset (self, lo) >= lectern_paragraph_get_length (p))
      return FALSE;
  }
  *paragraph = lo;
  *in_paragraph = offset - _lectern_article_view_paragraph_offset (self, lo);
  return TRUE;
}

static void
insert_with_tags (LecternArticleView *self,
                  const char         *text,
                  GtkTextTag         *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_insert_with_tags (self->buffer, &end, text, -1, self->body_tag, tag, NULL);
}

/* The events by year, to link the years in the text: the first event of
 * each year (start or end) anchored in each paragraph, and the first of each
 * year anywhere. Looking through every event for every year in the text
 * took seconds for a pack of 10,000 events. */
typedef struct
{
  GHashTable *in_paragraph; /* "YEAR PARAGRAPH-ID" → LecternEvent */
  GHashTable *anywhere;     /* year → LecternEvent */
} YearIndex;

static void
year_index_add (YearIndex    *years,
                int           year,
                LecternEvent *event)
{
  char *key = g_strdup_printf ("%d %s", year, lectern_event_get_paragraph_id (event));

  if (!g_hash_table_contains (years->in_paragraph, key))
    g_hash_table_insert (years->in_paragraph, key, event);
  else
    g_free (key);
  if (!g_hash_table_contains (years->anywhere, GINT_TO_POINTER (year)))
    g_hash_table_insert (years->anywhere, GINT_TO_POINTER (year), event);
}

static void
year_index_init (YearIndex  *years,
                 GListModel *events)
{
  years->in_paragraph = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  years->anywhere = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LecternEvent) event = g_list_model_get_item (events, i);
      const LecternDate *end = lectern_event_get_end (event);
      int start_year = lectern_event_get_start (event)->year;

      year_index_add (years, start_year, event);
      if (end != NULL && end->year != start_year)
        year_index_add (years, end->year, event);
    }
}

static void
year_index_clear (YearIndex *years)
{
  g_hash_table_unref (years->in_paragraph);
  g_hash_table_unref (years->anywhere);
}

/* The event of @year anchored in @paragraph, or else any event of @year. */
static LecternEvent *
find_year_event (YearIndex        *years,
                 LecternParagraph *paragraph,
                 int               year)
{
  g_autofree char *key = g_strdup_printf ("%d %s", year, lectern_paragraph_get_id (paragraph));
  LecternEvent *event = g_hash_table_lookup (years->in_paragraph, key);

  return event != NULL ? event : g_hash_table_lookup (years->anywhere, GINT_TO_POINTER (year));
}

/* Years in the text link to the event of that year, preferably one
 * anchored in the same paragraph. */
static void
scan_years (LecternArticleView *self,
            YearIndex          *years,
            LecternParagraph   *paragraph,
            guint               index)
{
  const char *text = lectern_paragraph_get_text (paragraph);
  guint offset = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p), offset++)
    {
      gboolean before_ok = (p == text) || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));

      if (before_ok && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]) && !g_unichar_isalnum (g_utf8_get_char (p + 4)))
        {
          int year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
          LecternEvent *event = find_year_event (years, paragraph, year);

          if (event != NULL)
            {
              YearLink link = { index, offset, offset + 4, event };
              GtkTextIter a, b;

              g_array_append_val (self->years, link);
              _lectern_article_view_range_iters (self, index, offset, offset + 4, &a, &b);
              gtk_text_buffer_apply_tag (self->buffer, self->year_tag, &a, &b);
            }
          p += 3;
          offset += 3;
        }
    }
}

void
_lectern_article_view_rebuild (LecternArticleView *self)
{
  GListModel *sections;
  LecternMentionIndex *index;
  guint n_sections, n_mentions;

  gtk_text_buffer_set_text (self->buffer, "", 0);
  self->hover_start = self->hover_end = -1;
  g_array_set_size (self->paragraph_starts, 0);
  g_array_set_size (self->years, 0);
  g_array_set_size (self->entity_ranges, 0);
  g_array_set_size (self->matches, 0);
  self->has_focus_range = FALSE;

  if (self->pack == NULL)
    return;

  insert_with_tags (self, lectern_pack_get_title (self->pack), self->title_tag);
  insert_with_tags (self, "\n", self->title_tag);
  if (lectern_pack_get_author_name (self->pack) || lectern_pack_get_publisher (self->pack))
    {
      g_autofree char *byline = NULL;
      const char *author = lectern_pack_get_author_name (self->pack);
      const char *publisher = lectern_pack_get_publisher (self->pack);

      if (author && publisher)
        /* Translators: byline, "By AUTHOR · PUBLISHER" */
        byline = g_strdup_printf (_("By %s · %s"), author, publisher);
      else if (author)
        byline = g_strdup_printf (_("By %s"), author);
      else
        byline = g_strdup (publisher);
      insert_with_tags (self, byline, self->byline_tag);
      insert_with_tags (self, "\n", self->byline_tag);
    }

  sections = lectern_pack_get_sections (self->pack);
  n_sections = g_list_model_get_n_items (sections);
  for (guint s = 0; s < n_sections; s++)
    {
      g_autoptr(LecternSection) section = g_list_model_get_item (sections, s);
      GListModel *paragraphs = lectern_section_get_paragraphs (section);
      guint n = g_list_model_get_n_items (paragraphs);

      if (lectern_section_get_heading (section))
        {
          insert_with_tags (self, lectern_section_get_heading (section), self->heading_tag);
          insert_with_tags (self, "\n", self->heading_tag);
        }
      for (guint p = 0; p < n; p++)
        {
          g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, p);
          guint start = gtk_text_buffer_get_char_count (self->buffer);

          g_assert (lectern_paragraph_get_index (paragraph) == self->paragraph_starts->len);
          g_array_append_val (self->paragraph_starts, start);
          insert_with_tags (self, lectern_paragraph_get_text (paragraph), NULL);
          insert_with_tags (self, "\n", NULL);
        }
    }

  index = lectern_pack_get_mention_index (self->pack);
  n_mentions = lectern_mention_index_get_n_mentions (index);
  for (guint m = 0; m < n_mentions; m++)
    {
      const LecternMention *mention = lectern_mention_index_get_mention (index, m);
      GtkTextIter a, b;

      _lectern_article_view_range_iters (self, mention->paragraph, mention->start, mention->end, &a, &b);
      gtk_text_buffer_apply_tag (self->buffer,
                                 self->kind_tags[lectern_entity_get_kind (mention->entity)],
                                 &a, &b);
    }

  {
    GListModel *paragraphs = lectern_pack_get_paragraphs (self->pack);
    YearIndex years;

    year_index_init (&years, lectern_pack_get_events (self->pack));
    for (guint p = 0; p < g_list_model_get_n_items (paragraphs); p++)
      {
        g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, p);
        scan_years (self, &years, paragraph, p);
      }
    year_index_clear (&years);
  }

  {
    GtkTextIter start;
    gtk_text_buffer_get_start_iter (self->buffer, &start);
    gtk_text_buffer_place_cursor (self->buffer, &start);
  }
}
