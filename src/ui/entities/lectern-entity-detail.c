/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-entity-detail.h"
#include "lectern-entity-row.h"

#define SNIPPET_CONTEXT 30

struct _LecternEntityDetail
{
  GtkWidget         parent_instance;

  LecternPack      *pack;
  LecternSelection *selection;
  LecternEntity    *entity;

  GtkScrolledWindow *scroller;
  GtkWidget         *kind_box;
  GtkImage          *kind_icon;
  GtkLabel          *kind_label;
  GtkLabel          *name_label;
  GtkLabel          *native_label;
  GtkLabel          *aliases_label;
  GtkLabel          *summary_label;
  GtkWidget         *events_section;
  GtkListBox        *events_list;
  GtkWidget         *mentions_section;
  GtkLabel          *mentions_count_label;
  GtkListBox        *mentions_list;
  GtkWidget         *no_mentions_label;
};

G_DEFINE_FINAL_TYPE (LecternEntityDetail, lectern_entity_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PACK,
  PROP_SELECTION,
  PROP_ENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c);
}

static char *
ucs4_to_utf8 (const gunichar *chars,
              glong           len)
{
  return g_ucs4_to_utf8 (chars, len, NULL, NULL, NULL);
}

/* Fills the plain and the markup form of a snippet. */
static void
build_snippet (const char  *text,
               guint        start,
               guint        end,
               guint        context,
               char       **plain,
               char       **markup)
{
  g_autofree gunichar *chars = NULL;
  g_autofree char *before = NULL;
  g_autofree char *mention = NULL;
  g_autofree char *after = NULL;
  g_autofree char *before_escaped = NULL;
  g_autofree char *mention_escaped = NULL;
  g_autofree char *after_escaped = NULL;
  glong len;
  glong from;
  glong to;
  const char *lead;
  const char *trail;

  chars = g_utf8_to_ucs4_fast (text, -1, &len);
  end = MIN ((glong) end, len);
  start = MIN (start, end);

  from = MAX (0, (glong) start - (glong) context);
  to = MIN (len, (glong) end + (glong) context);

  /* Cut at word boundaries: drop the partial word at either edge. */
  if (from > 0 && !is_space (chars[from - 1]))
    {
      glong i = from;

      while (i < (glong) start && !is_space (chars[i]))
        i++;
      if (i < (glong) start)
        from = i;
    }
  while (from < (glong) start && is_space (chars[from]))
    from++;

  if (to < len && !is_space (chars[to]))
    {
      glong i = to;

      while (i > (glong) end && !is_space (chars[i - 1]))
        i--;
      if (i > (glong) end)
        to = i;
    }
  while (to > (glong) end && is_space (chars[to - 1]))
    to--;

  before = ucs4_to_utf8 (chars + from, start - from);
  mention = ucs4_to_utf8 (chars + start, end - start);
  after = ucs4_to_utf8 (chars + end, to - end);

  lead = from > 0 ? "…" : "";
  trail = to < len ? "…" : "";

  before_escaped = g_markup_escape_text (before, -1);
  mention_escaped = g_markup_escape_text (mention, -1);
  after_escaped = g_markup_escape_text (after, -1);

  if (plain != NULL)
    *plain = g_strconcat (lead, before, mention, after, trail, NULL);
  if (markup != NULL)
    *markup = g_strconcat (lead, before_escaped, "<b>", mention_escaped, "</b>",
                           after_escaped, trail, NULL);
}

static void
remove_all_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
update_event_marks (LecternEntityDetail *self)
{
  LecternEvent *selected = NULL;

  if (self->selection != NULL)
    selected = lectern_selection_get_event (self->selection);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->events_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      LecternEvent *event = g_object_get_data (G_OBJECT (row), "lectern-event");
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "lectern-check");

      if (event == NULL || check == NULL)
        continue;
      gtk_widget_set_visible (check, event == selected);
      if (event == selected)
        gtk_widget_add_css_class (row, "current");
      else
        gtk_widget_remove_css_class (row, "current");
    }
}

static GtkWidget *
create_event_row (LecternEvent *event)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *texts;
  GtkWidget *date;
  GtkWidget *title;
  GtkWidget *check;
  g_autofree char *label = NULL;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  /* Date above title: ranges ("2016–2018") are too wide for a column. */
  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  date = gtk_label_new (lectern_event_get_date_label (event));
  gtk_label_set_xalign (GTK_LABEL (date), 0);
  gtk_widget_add_css_class (date, "event-date");
  gtk_widget_add_css_class (date, "caption-heading");
  gtk_widget_add_css_class (date, "numeric");
  gtk_box_append (GTK_BOX (texts), date);
  title = gtk_label_new (lectern_event_get_title (event));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (texts), title);
  if (lectern_event_get_background (event))
    {
      GtkWidget *note = gtk_label_new (_("Background date, not stated in the article"));

      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (texts), note);
    }
  gtk_box_append (GTK_BOX (box), texts);

  check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (check, FALSE);
  gtk_widget_set_tooltip_text (check, _("Selected"));
  gtk_box_append (GTK_BOX (box), check);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "event-row");
  gtk_widget_set_tooltip_text (row, lectern_event_get_summary (event));

  /* Translators: an event as read out: "2014 — Basic Act on Cybersecurity" */
  label = g_strdup_printf (_("%s — %s"),
                           lectern_event_get_date_label (event),
                           lectern_event_get_title (event));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  lectern_event_get_background (event)
                                    ? _("Background date, not stated in the article")
                                    : lectern_event_get_summary (event),
                                  -1);

  g_object_set_data_full (G_OBJECT (row), "lectern-event",
                          g_object_ref (event), g_object_unref);
  g_object_set_data (G_OBJECT (row), "lectern-check", check);
  return row;
}

static GtkWidget *
create_mention_row (LecternParagraph     *paragraph,
                    const LecternMention *mention,
                    guint                 position)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *snippet;
  GtkWidget *number;
  g_autofree char *plain = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *number_text = NULL;
  g_autofree char *label = NULL;
  guint paragraph_number = lectern_paragraph_get_index (paragraph) + 1;

  build_snippet (lectern_paragraph_get_text (paragraph),
                 mention->start, mention->end, SNIPPET_CONTEXT,
                 &plain, &markup);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  snippet = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (snippet), markup);
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (snippet, TRUE);
  gtk_widget_add_css_class (snippet, "mention-snippet");
  gtk_box_append (GTK_BOX (box), snippet);

  /* Translators: paragraph number, as in "¶ 12" */
  number_text = g_strdup_printf (_("¶ %u"), paragraph_number);
  number = gtk_label_new (number_text);
  gtk_widget_set_valign (number, GTK_ALIGN_START);
  gtk_widget_add_css_class (number, "caption");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_box_append (GTK_BOX (box), number);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "mention-row");
  gtk_widget_set_tooltip_text (row, _("Show in the article"));

  /* Translators: paragraph number and the text around a mention */
  label = g_strdup_printf (_("Paragraph %u: %s"), paragraph_number, plain);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Show in the article"),
                                  -1);

  g_object_set_data (G_OBJECT (row), "lectern-mention", GUINT_TO_POINTER (position + 1));
  return row;
}

static void
fill_events (LecternEntityDetail *self)
{
  g_autoptr(GPtrArray) events = NULL;

  remove_all_rows (self->events_list);
  if (self->pack == NULL || self->entity == NULL)
    {
      gtk_widget_set_visible (self->events_section, FALSE);
      return;
    }

  events = lectern_pack_get_entity_events (self->pack, self->entity);
  for (guint i = 0; i < events->len; i++)
    gtk_list_box_append (self->events_list, create_event_row (g_ptr_array_index (events, i)));
  gtk_widget_set_visible (self->events_section, events->len > 0);
  update_event_marks (self);
}

static void
fill_mentions (LecternEntityDetail *self)
{
  LecternMentionIndex *index;
  GListModel *paragraphs;
  const guint *positions;
  guint n = 0;
  g_autofree char *count = NULL;

  remove_all_rows (self->mentions_list);
  if (self->pack == NULL || self->entity == NULL)
    {
      gtk_widget_set_visible (self->mentions_section, FALSE);
      gtk_widget_set_visible (self->no_mentions_label, FALSE);
      return;
    }

  index = lectern_pack_get_mention_index (self->pack);
  paragraphs = lectern_pack_get_paragraphs (self->pack);
  positions = lectern_mention_index_get_entity_mentions (index, self->entity, &n);

  for (guint i = 0; i < n; i++)
    {
      const LecternMention *mention = lectern_mention_index_get_mention (index, positions[i]);
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs,
                                                                      mention->paragraph);

      if (paragraph == NULL)
        continue;
      gtk_list_box_append (self->mentions_list,
                           create_mention_row (paragraph, mention, positions[i]));
    }

  count = g_strdup_printf ("%u", n);
  gtk_label_set_label (self->mentions_count_label, count);
  gtk_widget_set_visible (self->mentions_section, n > 0);
  gtk_widget_set_visible (self->no_mentions_label, n == 0);
}

static void
fill_header (LecternEntityDetail *self)
{
  const char *native_name = NULL;
  const char * const *aliases = NULL;
  LecternEntityKind kind;

  if (self->entity == NULL)
    {
      gtk_label_set_label (self->name_label, "");
      gtk_label_set_label (self->summary_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->native_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->aliases_label), FALSE);
      return;
    }

  kind = lectern_entity_get_kind (self->entity);
  for (guint k = 0; k < LECTERN_N_ENTITY_KINDS; k++)
    {
      g_autofree char *css_class = g_strconcat ("kind-", lectern_entity_kind_to_string (k), NULL);

      if (k == kind)
        gtk_widget_add_css_class (self->kind_box, css_class);
      else
        gtk_widget_remove_css_class (self->kind_box, css_class);
    }
  gtk_image_set_from_icon_name (self->kind_icon, lectern_entity_kind_get_icon (kind));
  gtk_label_set_label (self->kind_label, lectern_entity_kind_get_singular (kind));
  gtk_label_set_label (self->name_label, lectern_entity_get_name (self->entity));
  gtk_label_set_label (self->summary_label, lectern_entity_get_summary (self->entity));

  native_name = lectern_entity_get_native_name (self->entity);
  gtk_label_set_label (self->native_label, native_name);
  gtk_widget_set_visible (GTK_WIDGET (self->native_label), native_name != NULL);

  aliases = lectern_entity_get_aliases (self->entity);
  if (aliases != NULL && aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) aliases);
      /* Translators: followed by the other names of an entity */
      g_autofree char *text = g_strdup_printf (_("Also: %s"), joined);

      gtk_label_set_label (self->aliases_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->aliases_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->aliases_label), FALSE);
    }
}

static void
rebuild (LecternEntityDetail *self)
{
  GtkAdjustment *adjustment;

  fill_header (self);
  fill_events (self);
  fill_mentions (self);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
selection_event_changed_cb (LecternEntityDetail *self)
{
  update_event_marks (self);
}

static void
event_row_activated_cb (LecternEntityDetail *self,
                        GtkListBoxRow       *row)
{
  LecternEvent *event = g_object_get_data (G_OBJECT (row), "lectern-event");

  if (event != NULL && self->selection != NULL)
    lectern_selection_set_event (self->selection, event);
}

static void
mention_row_activated_cb (LecternEntityDetail *self,
                          GtkListBoxRow       *row)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "lectern-mention"));
  LecternMentionIndex *index;
  const LecternMention *mention;
  g_autoptr(LecternParagraph) paragraph = NULL;

  if (position == 0 || self->pack == NULL || self->selection == NULL)
    return;

  index = lectern_pack_get_mention_index (self->pack);
  if (position - 1 >= lectern_mention_index_get_n_mentions (index))
    return;
  mention = lectern_mention_index_get_mention (index, position - 1);
  paragraph = g_list_model_get_item (lectern_pack_get_paragraphs (self->pack), mention->paragraph);
  if (paragraph != NULL)
    lectern_selection_reveal (self->selection, paragraph, mention->start, mention->end);
}

static void
lectern_entity_detail_dispose (GObject *object)
{
  LecternEntityDetail *self = LECTERN_ENTITY_DETAIL (object);
  GtkWidget *child;

  lectern_entity_detail_set_selection (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITY_DETAIL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->entity);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (lectern_entity_detail_parent_class)->dispose (object);
}

static void
lectern_entity_detail_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LecternEntityDetail *self = LECTERN_ENTITY_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_entity_detail_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LecternEntityDetail *self = LECTERN_ENTITY_DETAIL (object);

  switch (prop_id)
    {
    case PROP_PACK:
      lectern_entity_detail_set_pack (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      lectern_entity_detail_set_selection (self, g_value_get_object (value));
      break;
    case PROP_ENTITY:
      lectern_entity_detail_set_entity (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_entity_detail_class_init (LecternEntityDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = lectern_entity_detail_dispose;
  object_class->get_property = lectern_entity_detail_get_property;
  object_class->set_property = lectern_entity_detail_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, LECTERN_TYPE_PACK, flags);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, LECTERN_TYPE_SELECTION, flags);
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, LECTERN_TYPE_ENTITY, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lectern-entity-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, kind_box);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, kind_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, native_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, aliases_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, events_section);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, events_list);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, mentions_section);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, mentions_count_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, mentions_list);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityDetail, no_mentions_label);
  gtk_widget_class_bind_template_callback (widget_class, event_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, mention_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitydetail");
}

static void
lectern_entity_detail_init (LecternEntityDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rebuild (self);
}

GtkWidget *
lectern_entity_detail_new (void)
{
  return g_object_new (LECTERN_TYPE_ENTITY_DETAIL, NULL);
}

LecternPack *
lectern_entity_detail_get_pack (LecternEntityDetail *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_DETAIL (self), NULL);
  return self->pack;
}

void
lectern_entity_detail_set_pack (LecternEntityDetail *self,
                                LecternPack         *pack)
{
  g_return_if_fail (LECTERN_IS_ENTITY_DETAIL (self));
  g_return_if_fail (pack == NULL || LECTERN_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

LecternSelection *
lectern_entity_detail_get_selection (LecternEntityDetail *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_DETAIL (self), NULL);
  return self->selection;
}

void
lectern_entity_detail_set_selection (LecternEntityDetail *self,
                                     LecternSelection    *selection)
{
  g_return_if_fail (LECTERN_IS_ENTITY_DETAIL (self));
  g_return_if_fail (selection == NULL || LECTERN_IS_SELECTION (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_event_changed_cb, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_swapped (selection, "notify::event",
                              G_CALLBACK (selection_event_changed_cb), self);

  update_event_marks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

LecternEntity *
lectern_entity_detail_get_entity (LecternEntityDetail *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_DETAIL (self), NULL);
  return self->entity;
}

void
lectern_entity_detail_set_entity (LecternEntityDetail *self,
                                  LecternEntity       *entity)
{
  g_return_if_fail (LECTERN_IS_ENTITY_DETAIL (self));
  g_return_if_fail (entity == NULL || LECTERN_IS_ENTITY (entity));

  if (!g_set_object (&self->entity, entity))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
}

char *
lectern_mention_snippet_markup (const char *text,
                                guint       start,
                                guint       end,
                                guint       context)
{
  char *markup = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  build_snippet (text, start, end, context, NULL, &markup);
  return markup;
}
