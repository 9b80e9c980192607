/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <gmodule.h>

#include "lectern-test-ui.h"

#define RESOURCE_DIR "/io/github/lectern/Lectern"

/* Every .ui in the resources: templates are instantiated through their
 * type, other files through GtkBuilder, and all must finalize. */
static void
collect_ui_files (const char *dir,
                  GPtrArray  *out)
{
  g_auto(GStrv) children = g_resources_enumerate_children (dir, 0, NULL);

  for (guint i = 0; children && children[i]; i++)
    {
      g_autofree char *path = g_strconcat (dir, "/", children[i], NULL);

      if (g_str_has_suffix (children[i], "/"))
        {
          path[strlen (path) - 1] = '\0';
          collect_ui_files (path, out);
        }
      else if (g_str_has_suffix (children[i], ".ui"))
        g_ptr_array_add (out, g_steal_pointer (&path));
    }
}

static char *
template_class (GBytes *bytes)
{
  const char *text = g_bytes_get_data (bytes, NULL);
  const char *start = strstr (text, "<template class=\"");

  if (start == NULL)
    return NULL;
  start += strlen ("<template class=\"");
  return g_strndup (start, strchr (start, '"') - start);
}

/* As GtkBuilder does: "LecternEntityRow" → lectern_entity_row_get_type(). */
static GType
type_from_class_name (const char *name)
{
  g_autoptr(GString) symbol = g_string_new (NULL);
  GModule *module;
  GType (*get_type) (void) = NULL;
  gboolean found;

  for (const char *p = name; *p; p++)
    {
      if (g_ascii_isupper (*p) && p != name)
        g_string_append_c (symbol, '_');
      g_string_append_c (symbol, g_ascii_tolower (*p));
    }
  g_string_append (symbol, "_get_type");
  if (g_type_from_name (name) != G_TYPE_INVALID)
    return g_type_from_name (name);
  module = g_module_open (NULL, 0);
  found = g_module_symbol (module, symbol->str, (gpointer *) &get_type);
  g_module_close (module);
  if (!found)
    return G_TYPE_INVALID;
  return get_type ();
}

static void
test_every_ui_file (void)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint n_templates = 0;

  collect_ui_files (RESOURCE_DIR, files);
  g_assert_cmpuint (files->len, >=, 4);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autofree char *klass = template_class (bytes);

      g_test_message ("%s (%s)", path, klass ? klass : "builder");
      if (klass != NULL)
        {
          GType type = type_from_class_name (klass);
          GObject *object;

          g_assert_true (type != G_TYPE_INVALID);
          object = g_object_new (type, NULL);
          if (g_type_is_a (type, GTK_TYPE_WINDOW))
            {
              /* GTK owns toplevels: keep a reference across destroy. */
              g_object_ref (object);
              gtk_window_destroy (GTK_WINDOW (object));
            }
          else
            g_object_ref_sink (object);
          g_assert_finalize_object (object);
          n_templates++;
        }
      else
        {
          g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (path);
          GSList *objects = gtk_builder_get_objects (builder);

          g_assert_nonnull (objects);
          for (GSList *l = objects; l; l = l->next)
            if (GTK_IS_WINDOW (l->data) && gtk_window_get_transient_for (l->data) == NULL)
              gtk_window_destroy (l->data);
          g_slist_free (objects);
        }
    }
  g_assert_cmpuint (n_templates, >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  lectern_test_ui_init (&argc, &argv);
  g_test_add_func ("/templates/every-ui-file", test_every_ui_file);
  return g_test_run ();
}
