/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lectern-test-ui.h"
#include "lectern-timeline.h"
#include "lectern-timeline-item.h"

#define WIDTH 1280
#define HEIGHT 320

typedef struct
{
  LecternPack      *pack;
  LecternSelection *selection;
  GtkWidget        *window;
  LecternTimeline  *timeline;
} Fixture;

static void
fixture_set_up_with_pack (Fixture     *fixture,
                          LecternPack *pack,
                          int          width)
{
  fixture->pack = pack;
  fixture->selection = lectern_selection_new ();
  fixture->timeline = LECTERN_TIMELINE (lectern_timeline_new ());
  lectern_timeline_set_pack (fixture->timeline, fixture->pack);
  lectern_timeline_set_selection (fixture->timeline, fixture->selection);
  g_object_ref (fixture->timeline);

  fixture->window = gtk_window_new ();
  g_object_ref (fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, HEIGHT);
  gtk_window_set_resizable (GTK_WINDOW (fixture->window), FALSE);
  gtk_widget_set_valign (GTK_WIDGET (fixture->timeline), GTK_ALIGN_START);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->timeline));
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_set_up_with_pack (fixture, lectern_test_ui_load_bundled (), WIDTH);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->window);
  g_assert_finalize_object (fixture->timeline);
  g_assert_finalize_object (fixture->selection);
  g_assert_finalize_object (fixture->pack);
}

static gboolean
frame_cb (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       data)
{
  int *frames = data;

  (*frames)--;
  return *frames > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Runs until @widget has gone through two whole frames (layout and
 * drawing included). */
static void
wait_for_frames (GtkWidget *widget)
{
  int frames = 3;
  gboolean done = FALSE;

  gtk_widget_add_tick_callback (widget, frame_cb, &frames, NULL);
  while (frames > 0)
    {
      g_main_context_iteration (NULL, TRUE);
      done = frames <= 0;
    }
  g_assert_true (done);
  lectern_test_ui_flush ();
}

static LecternEvent *
event_at (LecternPack *pack,
          guint        position)
{
  GListModel *events = lectern_pack_get_events (pack);
  g_autoptr(LecternEvent) event = g_list_model_get_item (events, position);

  return event;
}

static LecternEvent *
find_basic_act (LecternPack *pack)
{
  GListModel *events = lectern_pack_get_events (pack);
  LecternEvent *event = lectern_pack_lookup_event (pack, "basic-act");

  if (event != NULL)
    return event;
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LecternEvent) candidate = g_list_model_get_item (events, i);

      if (lectern_event_get_start (candidate)->year == 2014
          && strstr (lectern_event_get_title (candidate), "Basic Act") != NULL)
        return candidate;
    }
  g_assert_not_reached ();
}

/* Presses @keyval on the focused widget the way GTK does: the key shortcuts
 * of the focus widget and then of its ancestors get it in turn. */
static gboolean
press_key (GtkWidget *window,
           guint      keyval)
{
  GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window));

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;

          for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
              GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

              if (GTK_IS_KEYVAL_TRIGGER (trigger)
                  && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
                  && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0
                  && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                   GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                   widget,
                                                   gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }
  return FALSE;
}

static gboolean
item_on_screen (LecternTimeline *timeline,
                GtkWidget       *item)
{
  graphene_rect_t bounds;

  if (item == NULL || !gtk_widget_get_mapped (item))
    return FALSE;
  g_assert_true (gtk_widget_compute_bounds (item, GTK_WIDGET (timeline), &bounds));
  return bounds.origin.x < gtk_widget_get_width (GTK_WIDGET (timeline))
         && bounds.origin.x + bounds.size.width > 0;
}

static gboolean
item_fully_on_screen (LecternTimeline *timeline,
                      GtkWidget       *item)
{
  graphene_rect_t bounds;

  if (item == NULL || !gtk_widget_get_mapped (item))
    return FALSE;
  g_assert_true (gtk_widget_compute_bounds (item, GTK_WIDGET (timeline), &bounds));
  return bounds.origin.x >= 0
         && bounds.origin.x + bounds.size.width <= gtk_widget_get_width (GTK_WIDGET (timeline));
}

static GtkWidget *
focused_item (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_assert_true (LECTERN_IS_TIMELINE_ITEM (focus));
  g_assert_true (gtk_widget_get_parent (focus) == GTK_WIDGET (fixture->timeline));
  return focus;
}

static LecternEvent *
focused_event (Fixture *fixture)
{
  return lectern_timeline_item_get_event (LECTERN_TIMELINE_ITEM (focused_item (fixture)));
}

/* Counts the item children showing an event and checks each is on screen
 * (the focused one may be kept while it is off screen). */
static guint
count_items (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->timeline));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!LECTERN_IS_TIMELINE_ITEM (child) || !gtk_widget_get_visible (child)
          || lectern_timeline_item_get_event (LECTERN_TIMELINE_ITEM (child)) == NULL)
        continue;
      if (child != focus)
        g_assert_true (item_on_screen (fixture->timeline, child));
      n++;
    }
  return n;
}

static void
test_items_accessible (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *events = lectern_pack_get_events (fixture->pack);
  guint n_events = g_list_model_get_n_items (events);
  GtkWidget *previous = NULL;

  wait_for_frames (fixture->window);

  /* The timeline is a compact strip along the window. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->timeline)), >=, 100);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->timeline)), <=, 200);

  /* At 1280 pixels every event of the bundled pack has its item. */
  g_assert_cmpuint (n_events, >, 10);
  g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), ==, n_events);
  g_assert_cmpuint (count_items (fixture), ==, n_events);

  for (guint i = 0; i < n_events; i++)
    {
      LecternEvent *event = event_at (fixture->pack, i);
      GtkWidget *item = lectern_timeline_get_item (fixture->timeline, event);
      g_autofree char *label = g_strdup_printf ("%s — %s", lectern_event_get_date_label (event),
                                                lectern_event_get_title (event));
      const char *tooltip;

      g_test_message ("event %s", lectern_event_get_id (event));
      g_assert_nonnull (item);
      g_assert_true (item_on_screen (fixture->timeline, item));
      g_assert_true (gtk_widget_get_focusable (item));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item),
                                           GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      gtk_test_accessible_assert_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_PRESSED,
                                        GTK_ACCESSIBLE_TRISTATE_FALSE);

      tooltip = gtk_widget_get_tooltip_text (item);
      g_assert_nonnull (strstr (tooltip, lectern_event_get_title (event)));
      g_assert_nonnull (strstr (tooltip, lectern_event_get_date_label (event)));

      if (lectern_event_get_background (event))
        {
          g_autofree char *description = g_strdup_printf ("%s %s.", lectern_event_get_summary (event),
                                                          "Background date, not stated in the article");

          g_assert_true (gtk_widget_has_css_class (item, "background"));
          g_assert_nonnull (strstr (tooltip, "not stated in the article"));
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item),
                                               GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
        }
      else
        {
          g_assert_false (gtk_widget_has_css_class (item, "background"));
          g_assert_null (strstr (tooltip, "not stated in the article"));
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (item),
                                               GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                               lectern_event_get_summary (event));
        }

      /* Screen readers meet the items in date order. */
      if (previous != NULL)
        {
          GtkWidget *sibling = gtk_widget_get_prev_sibling (item);

          while (sibling != NULL && !LECTERN_IS_TIMELINE_ITEM (sibling))
            sibling = gtk_widget_get_prev_sibling (sibling);
          g_assert_true (sibling == previous);
        }
      previous = item;
    }

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (fixture->timeline), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  LecternEvent *basic_act = find_basic_act (fixture->pack);
  GtkWidget *item;

  wait_for_frames (fixture->window);
  item = lectern_timeline_get_item (fixture->timeline, basic_act);
  g_assert_nonnull (item);
  g_assert_null (lectern_selection_get_event (fixture->selection));

  /* A click or Enter or Space emits ::activate. */
  g_assert_true (gtk_widget_activate (item));
  g_assert_true (lectern_selection_get_event (fixture->selection) == basic_act);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_PRESSED,
                                    GTK_ACCESSIBLE_TRISTATE_TRUE);
  g_assert_true (gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_CHECKED);

  /* Space on the focused item selects it too, and the other one lets go. */
  {
    LecternEvent *next = event_at (fixture->pack, lectern_event_get_index (basic_act) + 1);
    GtkWidget *next_item = lectern_timeline_get_item (fixture->timeline, next);

    gtk_widget_grab_focus (next_item);
    g_assert_true (press_key (fixture->window, GDK_KEY_space));
    g_assert_true (lectern_selection_get_event (fixture->selection) == next);
    gtk_test_accessible_assert_state (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_STATE_PRESSED,
                                      GTK_ACCESSIBLE_TRISTATE_FALSE);
    g_assert_false (gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_CHECKED);

    gtk_widget_grab_focus (item);
    g_assert_true (press_key (fixture->window, GDK_KEY_Return));
    g_assert_true (lectern_selection_get_event (fixture->selection) == basic_act);
  }
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  LecternEvent *basic_act = find_basic_act (fixture->pack);
  GListModel *events = lectern_pack_get_events (fixture->pack);
  guint n_events = g_list_model_get_n_items (events);
  guint index = lectern_event_get_index (basic_act);
  GtkWidget *item;

  wait_for_frames (fixture->window);

  /* Tab lands on an event; the timeline is one tab stop. */
  gtk_root_set_focus (GTK_ROOT (fixture->window), NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->timeline), GTK_DIR_TAB_FORWARD));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, 0));
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (fixture->timeline), GTK_DIR_TAB_FORWARD));

  item = lectern_timeline_get_item (fixture->timeline, basic_act);
  gtk_widget_grab_focus (item);

  /* Right and Left follow date order, and stop at the ends. */
  g_assert_true (press_key (fixture->window, GDK_KEY_Right));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, index + 1));
  g_assert_true (press_key (fixture->window, GDK_KEY_Right));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, index + 2));
  g_assert_true (press_key (fixture->window, GDK_KEY_Left));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, index + 1));
  /* Moving focus does not select. */
  g_assert_null (lectern_selection_get_event (fixture->selection));

  g_assert_true (press_key (fixture->window, GDK_KEY_End));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, n_events - 1));
  g_assert_true (press_key (fixture->window, GDK_KEY_Right));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, n_events - 1));
  wait_for_frames (fixture->window);
  g_assert_true (item_fully_on_screen (fixture->timeline, focused_item (fixture)));

  g_assert_true (press_key (fixture->window, GDK_KEY_Home));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, 0));
  g_assert_true (press_key (fixture->window, GDK_KEY_Left));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, 0));
  wait_for_frames (fixture->window);
  g_assert_true (item_fully_on_screen (fixture->timeline, focused_item (fixture)));

  /* Tab into the timeline again comes back to the selected event. */
  lectern_selection_set_event (fixture->selection, basic_act);
  gtk_root_set_focus (GTK_ROOT (fixture->window), NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->timeline), GTK_DIR_TAB_FORWARD));
  g_assert_true (focused_event (fixture) == basic_act);
}

static void
test_keyboard_zoomed (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *events = lectern_pack_get_events (fixture->pack);
  guint n_events = g_list_model_get_n_items (events);
  double fit_scale;

  wait_for_frames (fixture->window);
  fit_scale = lectern_timeline_get_scale (fixture->timeline);

  /* Zoomed in, Right walks through every event, bringing each on screen. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, 0));
  for (guint i = 0; i < 6; i++)
    g_assert_true (press_key (fixture->window, GDK_KEY_plus));
  wait_for_frames (fixture->window);
  g_assert_cmpfloat (lectern_timeline_get_scale (fixture->timeline), >, 4 * fit_scale);
  g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), <, n_events);

  for (guint i = 1; i < n_events; i++)
    {
      g_assert_true (press_key (fixture->window, GDK_KEY_Right));
      g_assert_true (focused_event (fixture) == event_at (fixture->pack, i));
      wait_for_frames (fixture->window);
      g_assert_true (item_on_screen (fixture->timeline, focused_item (fixture)));
      g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), ==, count_items (fixture));
    }

  /* 0 fits everything again. */
  g_assert_true (press_key (fixture->window, GDK_KEY_0));
  wait_for_frames (fixture->window);
  g_assert_cmpfloat_with_epsilon (lectern_timeline_get_scale (fixture->timeline), fit_scale, 1e-6);
  g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), ==, n_events);
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  LecternEvent *basic_act = find_basic_act (fixture->pack);
  GtkWidget *item;
  graphene_rect_t before;
  graphene_rect_t after;
  double fit_scale;
  double scale;

  wait_for_frames (fixture->window);
  fit_scale = lectern_timeline_get_scale (fixture->timeline);
  g_assert_cmpfloat (fit_scale, >, 0);

  /* Cannot zoom out past everything. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-out", NULL);
  wait_for_frames (fixture->window);
  g_assert_cmpfloat_with_epsilon (lectern_timeline_get_scale (fixture->timeline), fit_scale, 1e-6);

  /* With the keyboard in use, zooming keeps the focused event where it is. */
  item = lectern_timeline_get_item (fixture->timeline, basic_act);
  gtk_widget_grab_focus (item);
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), TRUE);
  wait_for_frames (fixture->window);
  g_assert_true (gtk_widget_compute_bounds (item, GTK_WIDGET (fixture->timeline), &before));
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in", NULL);
  wait_for_frames (fixture->window);
  scale = lectern_timeline_get_scale (fixture->timeline);
  g_assert_cmpfloat (scale, >, fit_scale * 1.2);
  g_assert_true (lectern_timeline_get_item (fixture->timeline, basic_act) == item);
  g_assert_true (gtk_widget_compute_bounds (item, GTK_WIDGET (fixture->timeline), &after));
  g_assert_cmpfloat (fabs (before.origin.x - after.origin.x), <=, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-out", NULL);
  wait_for_frames (fixture->window);
  g_assert_cmpfloat (lectern_timeline_get_scale (fixture->timeline), <, scale);

  /* Zooming in stops at the largest zoom. */
  for (guint i = 0; i < 40; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in", NULL);
  wait_for_frames (fixture->window);
  scale = lectern_timeline_get_scale (fixture->timeline);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in", NULL);
  g_assert_cmpfloat (lectern_timeline_get_scale (fixture->timeline), ==, scale);
  g_assert_cmpfloat (scale, <, 1000);

  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-fit", NULL);
  wait_for_frames (fixture->window);
  g_assert_cmpfloat_with_epsilon (lectern_timeline_get_scale (fixture->timeline), fit_scale, 1e-6);
}

static void
test_reveal_selection (Fixture       *fixture,
                       gconstpointer  data)
{
  GListModel *events = lectern_pack_get_events (fixture->pack);
  guint n_events = g_list_model_get_n_items (events);
  LecternEvent *first = event_at (fixture->pack, 0);
  LecternEvent *last = event_at (fixture->pack, n_events - 1);
  LecternEvent *basic_act = find_basic_act (fixture->pack);

  wait_for_frames (fixture->window);

  /* Zoomed in on the first event, the last one is off screen. */
  gtk_widget_grab_focus (lectern_timeline_get_item (fixture->timeline, first));
  for (guint i = 0; i < 8; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in", NULL);
  gtk_root_set_focus (GTK_ROOT (fixture->window), NULL);
  wait_for_frames (fixture->window);
  g_assert_false (item_on_screen (fixture->timeline,
                                  lectern_timeline_get_item (fixture->timeline, last)));

  /* Selected from elsewhere (the article, the sidebar): scrolled into view. */
  lectern_selection_set_event (fixture->selection, last);
  wait_for_frames (fixture->window);
  g_assert_true (item_fully_on_screen (fixture->timeline,
                                       lectern_timeline_get_item (fixture->timeline, last)));
  g_assert_true (lectern_timeline_item_get_selected (
    LECTERN_TIMELINE_ITEM (lectern_timeline_get_item (fixture->timeline, last))));
  g_assert_false (item_on_screen (fixture->timeline,
                                  lectern_timeline_get_item (fixture->timeline, first)));

  lectern_selection_set_event (fixture->selection, basic_act);
  wait_for_frames (fixture->window);
  g_assert_true (item_fully_on_screen (fixture->timeline,
                                       lectern_timeline_get_item (fixture->timeline, basic_act)));
  g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), ==, count_items (fixture));
}

static void
test_related (Fixture       *fixture,
              gconstpointer  data)
{
  LecternEvent *basic_act = find_basic_act (fixture->pack);
  const char * const *entity_ids = lectern_event_get_entity_ids (basic_act);
  GListModel *events = lectern_pack_get_events (fixture->pack);
  LecternEntity *entity;
  guint n_related = 0;

  wait_for_frames (fixture->window);
  g_assert_nonnull (entity_ids);
  g_assert_nonnull (entity_ids[0]);
  entity = lectern_pack_lookup_entity (fixture->pack, entity_ids[0]);
  g_assert_nonnull (entity);

  lectern_selection_set_entity (fixture->selection, entity);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      LecternEvent *event = event_at (fixture->pack, i);
      GtkWidget *item = lectern_timeline_get_item (fixture->timeline, event);
      gboolean cites = g_strv_contains (lectern_event_get_entity_ids (event),
                                        lectern_entity_get_id (entity));

      g_assert_cmpint (gtk_widget_has_css_class (item, "related"), ==, cites);
      n_related += cites;
    }
  g_assert_cmpuint (n_related, >=, 1);

  lectern_selection_set_entity (fixture->selection, NULL);
  g_assert_false (gtk_widget_has_css_class (lectern_timeline_get_item (fixture->timeline, basic_act),
                                            "related"));
}

static void
test_pack_change (Fixture       *fixture,
                  gconstpointer  data)
{
  guint n_events = g_list_model_get_n_items (lectern_pack_get_events (fixture->pack));

  wait_for_frames (fixture->window);
  lectern_selection_set_event (fixture->selection, find_basic_act (fixture->pack));
  g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), ==, n_events);

  /* No pack, no items; the pack back, its items back, the selection shown. */
  lectern_timeline_set_pack (fixture->timeline, NULL);
  wait_for_frames (fixture->window);
  g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), ==, 0);
  g_assert_cmpuint (count_items (fixture), ==, 0);

  lectern_timeline_set_pack (fixture->timeline, fixture->pack);
  wait_for_frames (fixture->window);
  g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), ==, n_events);
  g_assert_true (lectern_timeline_item_get_selected (
    LECTERN_TIMELINE_ITEM (lectern_timeline_get_item (fixture->timeline,
                                                      find_basic_act (fixture->pack)))));
  g_assert_true (lectern_timeline_get_pack (fixture->timeline) == fixture->pack);
}

/* A pack with @n_events events spread over 1900–2024, valid by construction. */
static LecternPack *
make_large_pack (guint n_events)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  LecternPack *pack;

  g_string_append (json, "{\"format\": \"lectern-pack\", \"version\": 1, \"id\": \"large\", "
                         "\"language\": \"en\", \"title\": \"Large\", "
                         "\"author\": {\"name\": \"Test\"}, \"source\": {\"publisher\": \"Test\"}, "
                         "\"sections\": [{\"id\": \"s1\", \"paragraphs\": "
                         "[{\"id\": \"p1\", \"text\": \"Something happened that year.\"}]}], "
                         "\"entities\": [], \"events\": [");
  for (guint i = 0; i < n_events; i++)
    {
      guint year = 1900 + (i * 7919u) % 125;
      guint month = 1 + (i * 31u) % 12;

      g_string_append_printf (json,
                              "%s{\"id\": \"e%u\", \"date\": \"%u-%02u\", \"title\": \"Event number %u\", "
                              "\"summary\": \"Summary %u.\", \"paragraph\": \"p1\", "
                              "\"quote\": \"happened\"}",
                              i > 0 ? ", " : "", i, year, month, i, i);
    }
  g_string_append (json, "]}");

  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  pack = lectern_pack_load_bytes (bytes, "large.json", NULL, &error);
  g_assert_no_error (error);
  return pack;
}

static void
large_set_up (Fixture       *fixture,
              gconstpointer  data)
{
  fixture_set_up_with_pack (fixture, make_large_pack (5000), WIDTH);
}

static void
test_large (Fixture       *fixture,
            gconstpointer  data)
{
  guint n_alive;

  wait_for_frames (fixture->window);
  g_assert_cmpuint (g_list_model_get_n_items (lectern_pack_get_events (fixture->pack)), ==, 5000);

  /* Only what is on screen has a child. */
  n_alive = lectern_timeline_get_n_items_alive (fixture->timeline);
  g_test_message ("fit: %u items alive", n_alive);
  g_assert_cmpuint (n_alive, >, 0);
  g_assert_cmpuint (n_alive, <, 200);
  g_assert_cmpuint (n_alive, ==, count_items (fixture));

  /* Zoomed in and panned along, still only what is on screen. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->timeline));
  for (guint i = 0; i < 6; i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-in", NULL);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (press_key (fixture->window, GDK_KEY_Page_Down));
      wait_for_frames (fixture->window);
      n_alive = lectern_timeline_get_n_items_alive (fixture->timeline);
      g_test_message ("page %u: %u items alive", i, n_alive);
      g_assert_cmpuint (n_alive, >, 0);
      g_assert_cmpuint (n_alive, <, 200);
      g_assert_cmpuint (n_alive, ==, count_items (fixture));
    }

  /* The last event is one key away, and it comes on screen. */
  g_assert_true (press_key (fixture->window, GDK_KEY_End));
  wait_for_frames (fixture->window);
  g_assert_true (focused_event (fixture) == event_at (fixture->pack, 4999));
  g_assert_true (item_on_screen (fixture->timeline, focused_item (fixture)));
  g_assert_cmpuint (lectern_timeline_get_n_items_alive (fixture->timeline), <, 200);
}

int
main (int   argc,
      char *argv[])
{
  /* The shared test environment turns accessibility off; the role, label
   * and state assertions need GTK's test backend. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  lectern_test_ui_init (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func, set_up) \
  g_test_add ("/timeline/" path, Fixture, NULL, set_up, func, fixture_tear_down)

  ADD ("items-accessible", test_items_accessible, fixture_set_up);
  ADD ("activate", test_activate, fixture_set_up);
  ADD ("keyboard", test_keyboard, fixture_set_up);
  ADD ("keyboard-zoomed", test_keyboard_zoomed, fixture_set_up);
  ADD ("zoom", test_zoom, fixture_set_up);
  ADD ("reveal-selection", test_reveal_selection, fixture_set_up);
  ADD ("related", test_related, fixture_set_up);
  ADD ("pack-change", test_pack_change, fixture_set_up);
  ADD ("large", test_large, large_set_up);

#undef ADD

  return g_test_run ();
}
