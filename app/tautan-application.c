/* tautan-application.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>
#include <string.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-cli.h"
#include "tautan/tautan-autosave.h"
#include "tautan/tautan-window.h"

#include "tautan-window-private.h"

struct _TautanApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  gboolean        settings_looked_up;
  gboolean        recovery_offered;
};

G_DEFINE_FINAL_TYPE (TautanApplication, tautan_application, ADW_TYPE_APPLICATION)

static TautanWindow *
get_window (TautanApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (tautan_window_new (ADW_APPLICATION (self)));

  return TAUTAN_WINDOW (window);
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  GPtrArray *orphans = user_data;
  TautanWindow *window = TAUTAN_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));

  /* Closed without an answer: asked again at the next start. */
  if (g_str_equal (response, "later"))
    return;

  for (guint i = 0; i < orphans->len; i++)
    {
      TautanAutosaveOrphan *orphan = g_ptr_array_index (orphans, i);

      if (g_str_equal (response, "discard"))
        {
          tautan_autosave_remove_orphan (orphan->workspace);
          continue;
        }
      /* The first into the window that asked, if it shows nothing yet. */
      if (i > 0 || tautan_window_get_session (window) != NULL || tautan_window_get_loading (window))
        {
          GtkApplication *app = gtk_window_get_application (GTK_WINDOW (dialog));

          window = tautan_window_new (ADW_APPLICATION (app));
          gtk_window_present (GTK_WINDOW (window));
        }
      tautan_window_restore (window, orphan);
    }
}

static void offer_recovery (TautanApplication *self,
                            TautanWindow      *window);

/* A dialog @window shows (the open's "Could Not Open"), or NULL. */
static GtkWindow *
shown_dialog (TautanWindow *window)
{
  GtkWindow *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (found == NULL && l->data != (gpointer)window &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window) &&
        gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

static GWeakRef *
weak_ref_new (gpointer object)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, object);
  return ref;
}

static void
weak_ref_free (gpointer data,
               GClosure *closure)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* Asks again for the window @ref holds, if it is still there. */
static gboolean
offer_again_cb (gpointer user_data)
{
  g_autoptr(TautanWindow) window = g_weak_ref_get (user_data);
  GtkApplication *app = window != NULL ? gtk_window_get_application (GTK_WINDOW (window)) : NULL;

  if (TAUTAN_IS_APPLICATION (app))
    {
      TAUTAN_APPLICATION (app)->recovery_offered = FALSE;
      offer_recovery (TAUTAN_APPLICATION (app), window);
    }
  return G_SOURCE_REMOVE;
}

static void
dialog_destroy_cb (GtkWidget *dialog,
                   gpointer   user_data)
{
  offer_again_cb (user_data);
}

/* In an idle once the load is over: its error dialog is shown by then. */
static void
loading_cb (TautanWindow *window,
            GParamSpec   *pspec,
            gpointer      user_data)
{
  if (tautan_window_get_loading (window))
    return;
  g_signal_handlers_disconnect_by_func (window, loading_cb, user_data);
  g_idle_add_full (G_PRIORITY_LOW, offer_again_cb, weak_ref_new (window),
                   (GDestroyNotify)(void (*) (void))weak_ref_free);
}

/* Autosaves left by a Tautan that stopped with unsaved work: offered
 * back once, in the first window, once its open is done and any dialog
 * the open showed is answered: two dialogs over one window hide each
 * other's buttons. */
static void
offer_recovery (TautanApplication *self,
                TautanWindow      *window)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) body = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *other;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  if (tautan_window_get_loading (window))
    {
      g_signal_connect (window, "notify::loading", G_CALLBACK (loading_cb), NULL);
      return;
    }
  if ((other = shown_dialog (window)) != NULL)
    {
      g_signal_connect_data (other, "destroy", G_CALLBACK (dialog_destroy_cb),
                             weak_ref_new (window), weak_ref_free, 0);
      return;
    }

  orphans = tautan_autosave_find_orphans ();
  if (orphans->len == 0)
    return;

  body = g_string_new (g_dngettext (GETTEXT_PACKAGE,
                                    "Tautan stopped before this workspace was saved:",
                                    "Tautan stopped before these workspaces were saved:",
                                    orphans->len));
  lines = tautan_autosave_describe_orphans (orphans, 8);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (body, "\n%s", (char *)g_ptr_array_index (lines, i));
  if (orphans->len > 8)
    g_string_append_printf (body, "\n%s", _("…and more"));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                        _("Restore Unsaved Work?"),
                                                        body->str));
  adw_message_dialog_add_responses (dialog, "later", _("_Not Now"), "discard", _("_Discard"),
                                    "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "later");
  g_signal_connect_data (dialog, "response", G_CALLBACK (recovery_response_cb),
                         g_steal_pointer (&orphans), (GClosureNotify)(void (*) (void))g_ptr_array_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tautan_application_activate (GApplication *app)
{
  TautanWindow *window = get_window (TAUTAN_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  offer_recovery (TAUTAN_APPLICATION (app), window);
}

/* Asked to stop (logout, kill, Ctrl+C in a terminal): unsaved work is
 * written to the autosave folder first, so the next start offers it. */
static gboolean
quit_signal_cb (gpointer user_data)
{
  GApplication *app = user_data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      g_autoptr(GError) error = NULL;

      if (TAUTAN_IS_WINDOW (l->data) &&
          !tautan_autosave_flush (_tautan_window_get_autosave (l->data), &error))
        g_warning ("Could not keep unsaved work: %s", error->message);
    }
  g_application_quit (app);
  return G_SOURCE_CONTINUE;
}

static void
tautan_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  TautanImportDatabase database = TAUTAN_IMPORT_GDELT;
  TautanWindow *first = NULL;

  /* One dataset per window: each opens in its own. Articles go to one
   * review, and GDELT or ICEWS files to one import, in the first window. */
  for (int i = 0; i < n_files; i++)
    {
      TautanImportDatabase this_database;
      TautanWindow *window;

      switch (_tautan_window_open_as (files[i], &this_database))
        {
        case TAUTAN_OPEN_AS_ARTICLES:
          g_ptr_array_add (articles, files[i]);
          continue;
        case TAUTAN_OPEN_AS_EVENTS:
          if (events->len == 0)
            database = this_database;
          g_ptr_array_add (events, files[i]);
          continue;
        case TAUTAN_OPEN_AS_DATASET:
        default:
          break;
        }
      window = first == NULL ? get_window (TAUTAN_APPLICATION (app)) : tautan_window_new (ADW_APPLICATION (app));
      /* Shown first: a window mapped when asked lets its first frame
       * be drawn before the loader's threads take both cores. */
      gtk_window_present (GTK_WINDOW (window));
      tautan_window_open (window, files[i]);
      if (first == NULL)
        first = window;
    }
  if (first == NULL)
    {
      first = get_window (TAUTAN_APPLICATION (app));
      gtk_window_present (GTK_WINDOW (first));
    }
  _tautan_window_import_events (first, (GFile * const *)events->pdata, events->len, database);
  if (articles->len > 0)
    {
      /* a window opening a dataset takes articles only once it is shown:
       * these become a dataset of their own */
      TautanWindow *window = first->load_cancellable == NULL ? first : tautan_window_new (ADW_APPLICATION (app));

      gtk_window_present (GTK_WINDOW (window));
      _tautan_window_import_articles (window, (GFile * const *)articles->pdata, articles->len);
    }
  offer_recovery (TAUTAN_APPLICATION (app), first);
}

static int
tautan_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return G_APPLICATION_CLASS (tautan_application_parent_class)->handle_local_options (app, options);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { "The Tautan authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-icon", APPLICATION_ID,
                        "application-name", PACKAGE_NAME,
                        "developer-name", "The Tautan authors",
                        "version", PACKAGE_VERSION,
                        "comments", _("See who backs whom, and since when, in the news: "
                                      "an actor network over time, with the quotes behind every link."),
                        "website", "https://github.com/tautan/tautan",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Bundled articles"),
                                      _("The five news articles in the bundled dataset belong to their "
                                        "publishers and are included as a research sample."),
                                      GTK_LICENSE_UNKNOWN, NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Closing each window gives it a say (unsaved work, loads to cancel). */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (tautan_window_new (ADW_APPLICATION (user_data))));
}

/* An older schema installed beside a newer build lacks newer keys. */
static gboolean
settings_has_key (GSettings  *settings,
                  const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return schema != NULL && g_settings_schema_has_key (schema, key);
}

static AdwColorScheme
color_scheme_for (const char *style)
{
  if (g_strcmp0 (style, "light") == 0)
    return ADW_COLOR_SCHEME_FORCE_LIGHT;
  if (g_strcmp0 (style, "dark") == 0)
    return ADW_COLOR_SCHEME_FORCE_DARK;
  return ADW_COLOR_SCHEME_DEFAULT;
}

/* Follow the system, or light, or dark: remembered when settings exist. */
static void
style_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  TautanApplication *self = user_data;
  const char *style = g_variant_get_string (param, NULL);
  GSettings *settings;

  if (color_scheme_for (style) == ADW_COLOR_SCHEME_DEFAULT && !g_str_equal (style, "default"))
    return;
  g_simple_action_set_state (action, param);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme_for (style));
  if ((settings = tautan_application_get_settings (self)) != NULL && settings_has_key (settings, "style-variant"))
    g_settings_set_string (settings, "style-variant", style);
}

static const GActionEntry app_actions[] = {
  { "style", NULL, "s", "'default'", style_action },
  { "about", about_action },
  { "quit", quit_action },
  { "new-window", new_window_action },
};

static void
tautan_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_window_accels[] = { "<Control>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  G_APPLICATION_CLASS (tautan_application_parent_class)->startup (app);

  tautan_autosave_install_crash_handler ();
  tautan_autosave_sweep ();
  g_unix_signal_add (SIGTERM, quit_signal_cb, app);
  g_unix_signal_add (SIGINT, quit_signal_cb, app);
  g_unix_signal_add (SIGHUP, quit_signal_cb, app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  {
    GSettings *settings = tautan_application_get_settings (TAUTAN_APPLICATION (app));
    g_autofree char *style = settings && settings_has_key (settings, "style-variant")
                             ? g_settings_get_string (settings, "style-variant") : NULL;

    /* A forced style from the environment (screenshots, tests) wins. */
    if (style != NULL && g_getenv ("ADW_DEBUG_COLOR_SCHEME") == NULL)
      g_action_group_change_action_state (G_ACTION_GROUP (app), "style", g_variant_new_string (style));
  }
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
}

/**
 * tautan_application_get_settings:
 *
 * Finds the schema installed, or compiled in the build tree when running
 * from it, so `./build/app/tautan` never aborts for want of a schema.
 *
 * Returns: (transfer none) (nullable): the settings, or %NULL when no
 *   schema can be found (nothing is remembered then)
 */
GSettings *
tautan_application_get_settings (TautanApplication *self)
{
  g_return_val_if_fail (TAUTAN_IS_APPLICATION (self), NULL);

  if (!self->settings_looked_up)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;
      g_autoptr(GSettingsSchemaSource) build_source = NULL;

      self->settings_looked_up = TRUE;
      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
      if (schema == NULL &&
          (build_source = g_settings_schema_source_new_from_directory (TAUTAN_BUILD_SCHEMA_DIR, source, FALSE, NULL)))
        schema = g_settings_schema_source_lookup (build_source, APPLICATION_ID, FALSE);
      if (schema != NULL)
        self->settings = g_settings_new_full (schema, NULL, NULL);
    }

  return self->settings;
}

static void
tautan_application_finalize (GObject *object)
{
  TautanApplication *self = (TautanApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tautan_application_parent_class)->finalize (object);
}

/* GtkShortcutLabel prints a key it has no symbol for by its keyval name,
 * "Page_Down"; a user reads GTK's label for it, "Page Down". */
static void
humanize_key_labels (GtkWidget *widget,
                     gboolean   in_shortcut)
{
  in_shortcut |= GTK_IS_SHORTCUT_LABEL (widget);
  if (in_shortcut && GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      guint keyval = strchr (text, '_') != NULL ? gdk_keyval_from_name (text) : GDK_KEY_VoidSymbol;

      if (keyval != GDK_KEY_VoidSymbol && keyval != 0)
        {
          g_autofree char *label = gtk_accelerator_get_label (keyval, 0);

          gtk_label_set_text (GTK_LABEL (widget), label);
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    humanize_key_labels (c, in_shortcut);
}

/* GtkApplication gives each window its shortcuts window (gtk/help-overlay.ui). */
static void
tautan_application_window_added (GtkApplication *app,
                                 GtkWindow      *window)
{
  GtkShortcutsWindow *overlay;

  GTK_APPLICATION_CLASS (tautan_application_parent_class)->window_added (app, window);
  if (GTK_IS_APPLICATION_WINDOW (window) &&
      (overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))) != NULL)
    humanize_key_labels (GTK_WIDGET (overlay), FALSE);
}

/* A briefing preview still drawing on its thread when the last window
 * closed: let it end before the process does. */
static void
tautan_application_shutdown (GApplication *app)
{
  while (_tautan_briefing_dialog_get_drawing ())
    g_main_context_iteration (NULL, TRUE);

  G_APPLICATION_CLASS (tautan_application_parent_class)->shutdown (app);
}

static void
tautan_application_class_init (TautanApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  GTK_APPLICATION_CLASS (klass)->window_added = tautan_application_window_added;

  G_OBJECT_CLASS (klass)->finalize = tautan_application_finalize;

  app_class->activate = tautan_application_activate;
  app_class->open = tautan_application_open;
  app_class->startup = tautan_application_startup;
  app_class->shutdown = tautan_application_shutdown;
  app_class->handle_local_options = tautan_application_handle_local_options;
}

static void
tautan_application_init (TautanApplication *self)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { NULL }
  };
  g_autofree char *commands = NULL;
  g_autofree char *description = NULL;

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explore who backs whom, and since when, in the news.\n"
                                              "Opens each dataset FILE in a window."));
  commands = tautan_cli_dup_commands_help ();
  /* TRANSLATORS: %s is the list of commands, one per line, in English */
  description = g_strdup_printf (_("Commands (run with no display):\n%s\n"
                                   "Run “tautan COMMAND --help” for a command's options.\n"),
                                 commands);
  g_application_set_option_context_description (G_APPLICATION (self), description);
}

TautanApplication *
tautan_application_new (void)
{
  return g_object_new (TAUTAN_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
