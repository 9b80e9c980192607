/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lectern-entity-detail.h"
#include "lectern-entity-row.h"
#include "lectern-entity-sidebar.h"

/* Position 0 of the kind drop-down is "All"; position k + 1 is kind k. */
#define KIND_ALL 0

struct _LecternEntitySidebar
{
  GtkWidget            parent_instance;

  LecternPack         *pack;
  LecternSelection    *selection;

  /* Folded words of the search; every one must occur in the search key. */
  char               **query;
  guint                kind_position;
  gboolean             sort_by_mentions;
  /* Set when a row is activated here, so the detail takes the focus. */
  gboolean             focus_detail;

  GtkCustomFilter     *filter;
  GtkCustomSorter     *sorter;

  /* Search keys are made ahead of the first search, when the main loop is
   * idle: for 5,000 entities they take a few tens of milliseconds. */
  guint                keys_idle_id;
  guint                keys_made;

  GtkStack            *stack;
  GtkWidget           *list_page;
  GtkWidget           *detail_page;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkStringList       *kind_model;
  GtkToggleButton     *sort_button;
  GtkStack            *results_stack;
  GtkListView         *list_view;
  GtkSingleSelection  *list_selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkWidget           *back_button;
  LecternEntityDetail *detail;
};

G_DEFINE_FINAL_TYPE (LecternEntitySidebar, lectern_entity_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PACK,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  LecternEntitySidebar *self = user_data;
  LecternEntity *entity = item;
  const char *key;

  if (self->kind_position != KIND_ALL &&
      lectern_entity_get_kind (entity) != self->kind_position - 1)
    return FALSE;

  if (self->query == NULL)
    return TRUE;

  key = lectern_entity_get_search_key (entity);
  for (guint i = 0; self->query[i] != NULL; i++)
    {
      if (strstr (key, self->query[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static int
compare_kind_then_name (LecternEntity *a,
                        LecternEntity *b)
{
  int kind_a = lectern_entity_get_kind (a);
  int kind_b = lectern_entity_get_kind (b);

  if (kind_a != kind_b)
    return kind_a < kind_b ? -1 : 1;
  /* Not g_utf8_collate (): it normalises both names at every comparison,
   * and sorting 5,000 entities took 150 ms. */
  return strcmp (lectern_entity_get_sort_key (a), lectern_entity_get_sort_key (b));
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  LecternEntitySidebar *self = user_data;
  LecternEntity *entity_a = (LecternEntity *) a;
  LecternEntity *entity_b = (LecternEntity *) b;

  if (self->sort_by_mentions)
    {
      guint count_a = lectern_entity_get_mention_count (entity_a);
      guint count_b = lectern_entity_get_mention_count (entity_b);

      if (count_a != count_b)
        return count_a > count_b ? -1 : 1;
    }
  return compare_kind_then_name (entity_a, entity_b);
}

static gboolean
focus_is_inside (LecternEntitySidebar *self,
                 GtkWidget            *ancestor)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus;

  if (root == NULL)
    return FALSE;
  focus = gtk_root_get_focus (root);
  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

static guint
find_position (LecternEntitySidebar *self,
               LecternEntity        *entity)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LecternEntity) item = g_list_model_get_item (model, i);

      if (item == entity)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Moves the keyboard focus onto the row at @position (and selects it). */
static void
focus_list_item (LecternEntitySidebar *self,
                 guint                 position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.select-item", "(ubb)",
                              position, FALSE, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Marks @entity's row in the list and scrolls to it; with @focus, moves the
 * keyboard focus onto it. */
static void
reveal_in_list (LecternEntitySidebar *self,
                LecternEntity        *entity,
                gboolean              focus)
{
  guint position = entity != NULL ? find_position (self, entity) : GTK_INVALID_LIST_POSITION;

  gtk_single_selection_set_selected (self->list_selection, position);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      if (focus)
        gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  if (focus)
    focus_list_item (self, position);
}

static void
show_entity (LecternEntitySidebar *self,
             LecternEntity        *entity)
{
  gboolean take_focus = self->focus_detail;

  self->focus_detail = FALSE;

  if (entity != NULL)
    {
      lectern_entity_detail_set_entity (self->detail, entity);
      reveal_in_list (self, entity, FALSE);
      gtk_stack_set_visible_child (self->stack, self->detail_page);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.back", TRUE);
      if (take_focus)
        gtk_widget_grab_focus (self->back_button);
    }
  else
    {
      /* The detail keeps its entity so the page does not empty itself while
       * it slides out. */
      gboolean had_focus = focus_is_inside (self, self->detail_page);

      gtk_stack_set_visible_child (self->stack, self->list_page);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.back", FALSE);
      reveal_in_list (self, lectern_entity_detail_get_entity (self->detail), had_focus);
    }
}

static void
sync_with_selection (LecternEntitySidebar *self)
{
  show_entity (self, self->selection != NULL ? lectern_selection_get_entity (self->selection)
                                             : NULL);
}

static void
selection_entity_changed_cb (LecternEntitySidebar *self)
{
  sync_with_selection (self);
}

static void
select_entity (LecternEntitySidebar *self,
               LecternEntity        *entity)
{
  self->focus_detail = TRUE;

  if (self->selection != NULL && lectern_selection_get_entity (self->selection) != entity)
    lectern_selection_set_entity (self->selection, entity);
  else
    show_entity (self, entity);

  self->focus_detail = FALSE;
}

static void
list_activate_cb (LecternEntitySidebar *self,
                  guint                 position)
{
  g_autoptr(LecternEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->sort_model),
                                                           position);

  if (entity != NULL)
    select_entity (self, entity);
}

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              LecternEntitySidebar     *self)
{
  gtk_list_item_set_child (item, lectern_entity_row_new ());
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             LecternEntitySidebar     *self)
{
  LecternEntity *entity = gtk_list_item_get_item (item);
  g_autofree char *label = lectern_entity_row_describe (entity);

  lectern_entity_row_set_entity (LECTERN_ENTITY_ROW (gtk_list_item_get_child (item)), entity);
  /* The list item is what a screen reader lands on: "Shinzo Abe, person,
   * 2 mentions", not an unnamed row. */
  gtk_list_item_set_accessible_label (item, label);
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LecternEntitySidebar     *self)
{
  lectern_entity_row_set_entity (LECTERN_ENTITY_ROW (gtk_list_item_get_child (item)), NULL);
  gtk_list_item_set_accessible_label (item, NULL);
}

static void
results_changed_cb (LecternEntitySidebar *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0;

  /* With no pack there is nothing to search: show the (empty) list. */
  gtk_stack_set_visible_child_name (self->results_stack,
                                    empty && self->pack != NULL ? "empty" : "results");
}

/* Folded words of @text, or %NULL when there are none. */
static char **
split_query (const char *text)
{
  g_autofree char *folded = lectern_text_fold (text);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      g_strv_builder_add (builder, words[i]);
      n++;
    }
  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

static void
search_changed_cb (LecternEntitySidebar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_auto(GStrv) old_query = g_steal_pointer (&self->query);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  /* Words separated by spaces must all occur, in any order. */
  self->query = split_query (text);

  if (old_query == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->query == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

/* Typing on the list goes to the search entry (its key-capture widget);
 * the focus follows, so that Backspace and Escape act on the search. */
static void
search_text_changed_cb (LecternEntitySidebar *self)
{
  if (focus_is_inside (self, GTK_WIDGET (self->list_view)))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
    }
}

static void
stop_search_cb (LecternEntitySidebar *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
search_activate_cb (LecternEntitySidebar *self)
{
  g_autoptr(LecternEntity) first = g_list_model_get_item (G_LIST_MODEL (self->sort_model), 0);

  if (first != NULL)
    select_entity (self, first);
}

static gboolean
search_key_pressed_cb (LecternEntitySidebar  *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      (state & gtk_accelerator_get_default_mod_mask ()) == 0 &&
      g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) > 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
      focus_list_item (self, 0);
      return TRUE;
    }
  return FALSE;
}

static void
kind_changed_cb (LecternEntitySidebar *self)
{
  guint position = gtk_drop_down_get_selected (self->kind_dropdown);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (position == GTK_INVALID_LIST_POSITION || position > LECTERN_N_ENTITY_KINDS)
    position = KIND_ALL;
  if (position == self->kind_position)
    return;

  if (self->kind_position == KIND_ALL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (position == KIND_ALL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  self->kind_position = position;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
sort_toggled_cb (LecternEntitySidebar *self)
{
  gboolean by_mentions = gtk_toggle_button_get_active (self->sort_button);

  if (by_mentions == self->sort_by_mentions)
    return;
  self->sort_by_mentions = by_mentions;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sort_button),
                               by_mentions ? _("Sort by Kind and Name") : _("Sort by Mentions"));
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LecternEntitySidebar *self = LECTERN_ENTITY_SIDEBAR (widget);

  if (self->selection != NULL && lectern_selection_get_entity (self->selection) != NULL)
    lectern_selection_set_entity (self->selection, NULL);
  else
    show_entity (self, NULL);
}

static void
back_pressed_cb (LecternEntitySidebar *self,
                 int                   n_press,
                 double                x,
                 double                y,
                 GtkGestureClick      *gesture)
{
  if (gtk_stack_get_visible_child (self->stack) != self->detail_page)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "sidebar.back", NULL);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
lectern_entity_sidebar_dispose (GObject *object)
{
  LecternEntitySidebar *self = LECTERN_ENTITY_SIDEBAR (object);
  GtkWidget *child;

  lectern_entity_sidebar_set_selection (self, NULL);
  g_clear_handle_id (&self->keys_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITY_SIDEBAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->pack);
  g_clear_pointer (&self->query, g_strfreev);

  G_OBJECT_CLASS (lectern_entity_sidebar_parent_class)->dispose (object);
}

static void
lectern_entity_sidebar_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LecternEntitySidebar *self = LECTERN_ENTITY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_entity_sidebar_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LecternEntitySidebar *self = LECTERN_ENTITY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_PACK:
      lectern_entity_sidebar_set_pack (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      lectern_entity_sidebar_set_selection (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_entity_sidebar_class_init (LecternEntitySidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = lectern_entity_sidebar_dispose;
  object_class->get_property = lectern_entity_sidebar_get_property;
  object_class->set_property = lectern_entity_sidebar_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, LECTERN_TYPE_PACK, flags);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, LECTERN_TYPE_SELECTION, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LECTERN_TYPE_ENTITY);
  g_type_ensure (LECTERN_TYPE_ENTITY_ROW);
  g_type_ensure (LECTERN_TYPE_ENTITY_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lectern-entity-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, list_page);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, detail_page);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, kind_model);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, sort_button);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, results_stack);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, list_selection);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, sort_model);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, filter_model);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, back_button);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitySidebar, detail);
  gtk_widget_class_bind_template_callback (widget_class, row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_toggled_cb);

  gtk_widget_class_install_action (widget_class, "sidebar.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "sidebar.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "sidebar.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK,
                                       "sidebar.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "sidebar.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "entitysidebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lectern_entity_sidebar_init (LecternEntitySidebar *self)
{
  GtkGesture *back_gesture;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->kind_model, _("All"));
  for (guint kind = 0; kind < LECTERN_N_ENTITY_KINDS; kind++)
    gtk_string_list_append (self->kind_model, lectern_entity_kind_get_label (kind));
  gtk_drop_down_set_selected (self->kind_dropdown, KIND_ALL);
  self->kind_position = KIND_ALL;

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_sort_list_model_set_sorter (self->sort_model, GTK_SORTER (self->sorter));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  /* The mouse's back button. */
  back_gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (back_gesture), 8);
  g_signal_connect_swapped (back_gesture, "pressed", G_CALLBACK (back_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (back_gesture));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sidebar.back", FALSE);
  results_changed_cb (self);
}

GtkWidget *
lectern_entity_sidebar_new (void)
{
  return g_object_new (LECTERN_TYPE_ENTITY_SIDEBAR, NULL);
}

LecternPack *
lectern_entity_sidebar_get_pack (LecternEntitySidebar *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_SIDEBAR (self), NULL);
  return self->pack;
}

static gboolean
make_search_keys_cb (gpointer data)
{
  LecternEntitySidebar *self = data;
  GListModel *entities = lectern_pack_get_entities (self->pack);
  guint n = g_list_model_get_n_items (entities);
  guint stop = MIN (self->keys_made + 250, n);

  for (; self->keys_made < stop; self->keys_made++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, self->keys_made);
      lectern_entity_get_search_key (entity);
      lectern_entity_get_sort_key (entity);
    }
  if (self->keys_made < n)
    return G_SOURCE_CONTINUE;
  self->keys_idle_id = 0;
  return G_SOURCE_REMOVE;
}

void
lectern_entity_sidebar_set_pack (LecternEntitySidebar *self,
                                 LecternPack          *pack)
{
  LecternEntity *shown;

  g_return_if_fail (LECTERN_IS_ENTITY_SIDEBAR (self));
  g_return_if_fail (pack == NULL || LECTERN_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  g_clear_handle_id (&self->keys_idle_id, g_source_remove);
  self->keys_made = 0;
  if (pack != NULL)
    self->keys_idle_id = g_idle_add_full (G_PRIORITY_LOW, make_search_keys_cb, self, NULL);

  /* Building the index fills in the entities' mention counts. */
  if (pack != NULL)
    lectern_pack_get_mention_index (pack);

  /* An entity of the previous pack has no place in the detail. */
  shown = lectern_entity_detail_get_entity (self->detail);
  if (shown != NULL &&
      (pack == NULL || lectern_pack_lookup_entity (pack, lectern_entity_get_id (shown)) != shown))
    lectern_entity_detail_set_entity (self->detail, NULL);

  lectern_entity_detail_set_pack (self->detail, pack);
  gtk_filter_list_model_set_model (self->filter_model,
                                   pack != NULL ? lectern_pack_get_entities (pack) : NULL);
  results_changed_cb (self);
  sync_with_selection (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

LecternSelection *
lectern_entity_sidebar_get_selection (LecternEntitySidebar *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_SIDEBAR (self), NULL);
  return self->selection;
}

void
lectern_entity_sidebar_set_selection (LecternEntitySidebar *self,
                                      LecternSelection     *selection)
{
  g_return_if_fail (LECTERN_IS_ENTITY_SIDEBAR (self));
  g_return_if_fail (selection == NULL || LECTERN_IS_SELECTION (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_entity_changed_cb, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_swapped (selection, "notify::entity",
                              G_CALLBACK (selection_entity_changed_cb), self);

  if (self->detail != NULL)
    {
      lectern_entity_detail_set_selection (self->detail, selection);
      sync_with_selection (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

void
lectern_entity_sidebar_focus_search (LecternEntitySidebar *self)
{
  g_return_if_fail (LECTERN_IS_ENTITY_SIDEBAR (self));

  if (gtk_stack_get_visible_child (self->stack) != self->list_page)
    gtk_widget_activate_action (GTK_WIDGET (self), "sidebar.back", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
