/* tautan-window-curation.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-entity-dialog.h"

#include "tautan-window-private.h"

/* The window's curation: the actions that edit the dataset (Edit Actor,
 * Merge Into, Split, Edit Event, Edit Quote, Create Quote and Create
 * Event from a source's selection), each made by tautan-dataset-edit.c
 * and handed to the session as one undoable step; and Save Dataset, Save
 * Dataset As and the question on close about unsaved dataset edits. */

static TautanDataset *
current_dataset (TautanWindow *self)
{
  return self->session ? tautan_session_get_dataset (self->session) : NULL;
}

/* The edit made, or what went wrong said. */
static gboolean
apply_edit (TautanWindow  *self,
            TautanDataset *edited,
            const GError  *error,
            const char    *done)
{
  if (edited == NULL)
    {
      _tautan_window_show_error (self, _("Could Not Edit the Dataset"), error);
      return FALSE;
    }
  tautan_session_replace_dataset (self->session, edited);
  g_object_unref (edited);
  _tautan_window_toast (self, done);
  return TRUE;
}

static AdwMessageDialog *
new_dialog (TautanWindow *self,
            const char   *heading,
            const char   *body,
            const char   *apply_label)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

/* A searchable drop-down of the dataset's entities by name, @none first
 * when given; the entity of each row is kept on the widget. */
static GtkDropDown *
entity_dropdown (TautanDataset *ds,
                 const char    *none,
                 guint          skip,
                 guint          selected)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkDropDown *dropdown;
  guint position = 0;

  if (none != NULL)
    {
      guint n = TAUTAN_NONE;

      gtk_string_list_append (names, none);
      g_array_append_val (rows, n);
    }
  for (guint i = 0; i < tautan_dataset_get_n_entities (ds); i++)
    {
      TautanEntity e;
      g_autofree char *shown = NULL;

      if (i == skip)
        continue;
      tautan_dataset_get_entity (ds, i, &e);
      shown = g_strdup_printf ("%s (%s)", e.name, tautan_entity_kind_label (e.kind));
      if (i == selected)
        position = rows->len;
      gtk_string_list_append (names, shown);
      g_array_append_val (rows, i);
    }
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string")));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  gtk_drop_down_set_selected (dropdown, position);
  gtk_widget_set_tooltip_text (GTK_WIDGET (dropdown), _("Type to search the actors"));
  g_object_set_data_full (G_OBJECT (dropdown), "tautan-rows", rows, (GDestroyNotify)g_array_unref);
  return dropdown;
}

static guint
dropdown_entity (GtkDropDown *dropdown)
{
  GArray *rows = g_object_get_data (G_OBJECT (dropdown), "tautan-rows");
  guint position = gtk_drop_down_get_selected (dropdown);

  if (rows == NULL || position >= rows->len)
    return TAUTAN_NONE;
  return g_array_index (rows, guint, position);
}

static const char *
entity_id (TautanDataset *ds,
           guint          entity)
{
  TautanEntity e;

  if (entity == TAUTAN_NONE)
    return NULL;
  tautan_dataset_get_entity (ds, entity, &e);
  return e.id;
}

static GtkWidget *
labelled (const char *label,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

/* Edit Actor */

static guint
selected_entity (TautanWindow *self)
{
  return self->session ? tautan_session_get_selected_entity (self->session) : TAUTAN_NONE;
}

static void
edit_actor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = selected_entity (self);

  if (entity == TAUTAN_NONE)
    return;
  gtk_window_present (GTK_WINDOW (tautan_entity_dialog_new (GTK_WINDOW (self), self->session, entity)));
}

/* Merge Into */

typedef struct
{
  TautanWindow  *window;
  TautanDataset *dataset;
  GtkDropDown   *dropdown;
  guint          entity;
} MergeData;

static void
merge_data_free (gpointer data)
{
  MergeData *m = data;

  g_object_unref (m->dataset);
  g_free (m);
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   MergeData        *m)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  TautanDataset *edited;
  guint into = dropdown_entity (m->dropdown);
  TautanEntity a, b;

  if (!g_str_equal (response, "apply") || into == TAUTAN_NONE || current_dataset (m->window) != m->dataset)
    return;
  tautan_dataset_get_entity (m->dataset, into, &a);
  tautan_dataset_get_entity (m->dataset, m->entity, &b);
  edited = tautan_dataset_merge_entities (m->dataset, a.id, b.id, &error);
  done = g_strdup_printf (_("“%s” merged into “%s”"), b.name, a.name);
  apply_edit (m->window, edited, error, done);
}

static void
merge_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = selected_entity (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  MergeData *m;
  TautanEntity e;

  if (entity == TAUTAN_NONE)
    return;
  m = g_new0 (MergeData, 1);
  m->window = self;
  m->dataset = g_object_ref (current_dataset (self));
  m->entity = entity;
  tautan_dataset_get_entity (m->dataset, entity, &e);
  body = g_strdup_printf (_("Every event, quote and affiliation of “%s” goes to the actor chosen, "
                            "and “%s” becomes one of its aliases."), e.name, e.name);
  dialog = new_dialog (self, _("Merge Into Actor"), body, _("_Merge"));
  m->dropdown = entity_dropdown (m->dataset, NULL, entity, TAUTAN_NONE);
  adw_message_dialog_set_extra_child (dialog, labelled (_("_Into"), GTK_WIDGET (m->dropdown)));
  g_signal_connect_data (dialog, "response", G_CALLBACK (merge_response_cb), m,
                         (GClosureNotify)(void (*) (void))merge_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Split */

typedef struct
{
  TautanWindow  *window;
  TautanDataset *dataset;
  GtkEditable   *name;
  GPtrArray     *checks;      /* GtkCheckButton, "tautan-id" and "tautan-quote" set */
  guint          entity;
} SplitData;

static void
split_data_free (gpointer data)
{
  SplitData *s = data;

  g_object_unref (s->dataset);
  g_ptr_array_unref (s->checks);
  g_free (s);
}

static void
split_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SplitData        *s)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GPtrArray) quotes = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  TautanDataset *edited;
  const char *name;

  if (!g_str_equal (response, "apply") || current_dataset (s->window) != s->dataset)
    return;
  for (guint i = 0; i < s->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (s->checks, i);

      if (gtk_check_button_get_active (check))
        g_ptr_array_add (g_object_get_data (G_OBJECT (check), "tautan-quote") ? quotes : events,
                         g_object_get_data (G_OBJECT (check), "tautan-id"));
    }
  g_ptr_array_add (events, NULL);
  g_ptr_array_add (quotes, NULL);
  name = gtk_editable_get_text (s->name);
  edited = tautan_dataset_split_entity (s->dataset, entity_id (s->dataset, s->entity), name,
                                        (const char * const *)events->pdata,
                                        (const char * const *)quotes->pdata, NULL, &error);
  done = g_strdup_printf (_("“%s” split off"), name);
  apply_edit (s->window, edited, error, done);
}

static void
add_split_check (SplitData  *s,
                 GtkBox     *box,
                 const char *id,
                 const char *text,
                 gboolean    quote)
{
  g_autofree char *shown = g_strdup_printf (quote ? "“%s”" : "%s", text);
  GtkWidget *check = gtk_check_button_new_with_label (shown);
  GtkWidget *label = gtk_widget_get_last_child (check);

  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
    }
  g_object_set_data_full (G_OBJECT (check), "tautan-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (check), "tautan-quote", GINT_TO_POINTER (quote));
  g_ptr_array_add (s->checks, check);
  gtk_box_append (box, check);
}

static void
split_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = selected_entity (self);
  g_autofree char *body = NULL;
  g_autofree char *suggested = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *scrolled, *entry;
  TautanDataset *ds;
  SplitData *s;
  TautanEntity e;

  if (entity == TAUTAN_NONE)
    return;
  ds = current_dataset (self);
  s = g_new0 (SplitData, 1);
  s->window = self;
  s->dataset = g_object_ref (ds);
  s->entity = entity;
  s->checks = g_ptr_array_new ();
  tautan_dataset_get_entity (ds, entity, &e);

  body = g_strdup_printf (_("The events and quotes ticked go to a new actor; the rest stay with “%s”."), e.name);
  dialog = new_dialog (self, _("Split Actor"), body, _("_Split"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  entry = gtk_entry_new ();
  suggested = g_strdup_printf (_("%s (2)"), e.name);
  gtk_editable_set_text (GTK_EDITABLE (entry), suggested);
  s->name = GTK_EDITABLE (entry);
  gtk_box_append (GTK_BOX (box), labelled (_("New actor's _name"), entry));

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
    {
      TautanEvent ev;
      gboolean in = FALSE;

      tautan_dataset_get_event (ds, i, &ev);
      for (guint k = 0; k < ev.n_actors && !in; k++)
        in = ev.actors[k] == entity;
      for (guint k = 0; k < ev.n_targets && !in; k++)
        in = ev.targets[k] == entity;
      if (in)
        add_split_check (s, GTK_BOX (list), ev.id, ev.summary, FALSE);
    }
  for (guint i = 0; i < tautan_dataset_get_n_quotes (ds); i++)
    {
      TautanQuote q;

      tautan_dataset_get_quote (ds, i, &q);
      if (q.speaker == entity)
        add_split_check (s, GTK_BOX (list), q.id, q.text, TRUE);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), labelled (_("Events and quotes to _move"), scrolled));
  adw_message_dialog_set_extra_child (dialog, box);
  g_signal_connect_data (dialog, "response", G_CALLBACK (split_response_cb), s,
                         (GClosureNotify)(void (*) (void))split_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Events: one form for Edit Event and Create Event */

typedef struct
{
  TautanWindow  *window;
  TautanDataset *dataset;
  guint          event;        /* TAUTAN_NONE when creating */
  guint          source;       /* creating: the source and selection */
  guint          start;
  guint          end;
  GtkDropDown   *type;
  GtkEditable   *from;
  GtkEditable   *to;
  GtkDropDown   *precision;
  GtkDropDown   *status;
  GtkDropDown   *actor;
  GtkEditable   *more_actors;
  GtkDropDown   *target;
  GtkEditable   *more_targets;
  GtkDropDown   *responds_to;
  GtkEditable   *notes;
} EventForm;

static void
event_form_free (gpointer data)
{
  EventForm *f = data;

  g_object_unref (f->dataset);
  g_free (f);
}

static GtkDropDown *
strings_dropdown (GPtrArray *strings,
                  guint      selected)
{
  GtkDropDown *dropdown;

  g_ptr_array_add (strings, NULL);
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char * const *)strings->pdata));
  gtk_drop_down_set_selected (dropdown, selected);
  return dropdown;
}

/* Ids (or exact names) separated by commas, each an entity. */
static gboolean
add_more_entities (TautanDataset  *ds,
                   GPtrArray      *ids,
                   const char     *text,
                   GError        **error)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *part = g_strstrip (parts[i]);
      guint entity;

      if (part[0] == '\0')
        continue;
      entity = tautan_dataset_lookup_entity (ds, part);
      for (guint k = 0; entity == TAUTAN_NONE && k < tautan_dataset_get_n_entities (ds); k++)
        {
          TautanEntity e;

          tautan_dataset_get_entity (ds, k, &e);
          if (g_utf8_collate (e.name, part) == 0)
            entity = k;
        }
      if (entity == TAUTAN_NONE)
        {
          g_set_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND,
                       _("“%s”: no actor has this id or name"), part);
          return FALSE;
        }
      g_ptr_array_add (ids, (gpointer)entity_id (ds, entity));
    }
  return TRUE;
}

static void
event_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   EventForm        *f)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *done = NULL;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (f->dataset);
  TautanEventValues values = { 0 };
  TautanDataset *edited = NULL;
  const char *from = gtk_editable_get_text (f->from);
  const char *to = gtk_editable_get_text (f->to);
  guint responds;
  TautanEvent ev;

  if (!g_str_equal (response, "apply") || current_dataset (f->window) != f->dataset)
    return;

  values.type = tautan_taxonomy_get_event_type (taxonomy, gtk_drop_down_get_selected (f->type))->id;
  if (!tautan_day_parse (from, strlen (from), &values.start) || !tautan_day_parse (to, strlen (to), &values.end))
    {
      g_set_error (&error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID,
                   _("“%s” or “%s” is not a date (YYYY-MM-DD)"), from, to);
      _tautan_window_show_error (f->window, _("Could Not Edit the Dataset"), error);
      return;
    }
  values.precision = gtk_drop_down_get_selected (f->precision);
  values.status = gtk_drop_down_get_selected (f->status);
  if (dropdown_entity (f->actor) != TAUTAN_NONE)
    g_ptr_array_add (actors, (gpointer)entity_id (f->dataset, dropdown_entity (f->actor)));
  if (dropdown_entity (f->target) != TAUTAN_NONE)
    g_ptr_array_add (targets, (gpointer)entity_id (f->dataset, dropdown_entity (f->target)));
  if (!add_more_entities (f->dataset, actors, gtk_editable_get_text (f->more_actors), &error) ||
      !add_more_entities (f->dataset, targets, gtk_editable_get_text (f->more_targets), &error))
    {
      _tautan_window_show_error (f->window, _("Could Not Edit the Dataset"), error);
      return;
    }
  g_ptr_array_add (actors, NULL);
  g_ptr_array_add (targets, NULL);
  values.actors = (const char * const *)actors->pdata;
  values.targets = (const char * const *)targets->pdata;
  responds = gtk_drop_down_get_selected (f->responds_to);
  if (responds > 0 && responds != GTK_INVALID_LIST_POSITION)
    {
      tautan_dataset_get_event (f->dataset, responds - 1, &ev);
      values.responds_to = ev.id;
    }
  values.notes = gtk_editable_get_text (f->notes);

  if (f->event != TAUTAN_NONE)
    {
      tautan_dataset_get_event (f->dataset, f->event, &ev);
      edited = tautan_dataset_edit_event (f->dataset, ev.id, &values, &error);
      done = g_strdup_printf (_("Event “%s” edited"), ev.id);
    }
  else
    {
      TautanSource s;

      tautan_dataset_get_source (f->dataset, f->source, &s);
      edited = tautan_dataset_add_event (f->dataset, s.id, f->start, f->end, &values, &new_id, &error);
      done = g_strdup_printf (_("Event “%s” created"), new_id ? new_id : "");
    }
  apply_edit (f->window, edited, error, done);
}

static void
show_event_form (TautanWindow *self,
                 EventForm    *f)
{
  TautanDataset *ds = f->dataset;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  g_autoptr(GPtrArray) types = g_ptr_array_new ();
  g_autoptr(GPtrArray) precisions = g_ptr_array_new ();
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) more_actors = g_string_new (NULL);
  g_autoptr(GString) more_targets = g_string_new (NULL);
  g_autofree char *notes = NULL;
  char from[11], to[11];
  AdwMessageDialog *dialog;
  GtkWidget *grid, *entry;
  TautanEvent ev = { 0 };
  guint type = 0, precision = TAUTAN_PRECISION_DAY, status = TAUTAN_STATUS_REPORTED;
  guint actor = TAUTAN_NONE, target = TAUTAN_NONE, responds = 0;
  gboolean editing = f->event != TAUTAN_NONE;

  if (editing)
    {
      tautan_dataset_get_event (ds, f->event, &ev);
      type = ev.type;
      precision = ev.precision;
      status = ev.status;
      tautan_day_format_buf (ev.start, from);
      tautan_day_format_buf (ev.end, to);
      if (ev.n_actors > 0)
        actor = ev.actors[0];
      if (ev.n_targets > 0)
        target = ev.targets[0];
      for (guint k = 1; k < ev.n_actors; k++)
        g_string_append_printf (more_actors, "%s%s", k > 1 ? ", " : "", entity_id (ds, ev.actors[k]));
      for (guint k = 1; k < ev.n_targets; k++)
        g_string_append_printf (more_targets, "%s%s", k > 1 ? ", " : "", entity_id (ds, ev.targets[k]));
      responds = ev.responds_to == TAUTAN_NONE ? 0 : ev.responds_to + 1;
      notes = tautan_dataset_dup_event_notes (ds, f->event);
    }
  else
    {
      TautanSource s;
      TautanDay day;

      tautan_dataset_get_source (ds, f->source, &s);
      day = s.published != TAUTAN_DAY_NONE ? s.published : tautan_dataset_get_span (ds).to;
      tautan_day_format_buf (day, from);
      tautan_day_format_buf (day, to);
    }

  for (guint t = 0; t < tautan_taxonomy_get_n_types (taxonomy); t++)
    g_ptr_array_add (types, tautan_taxonomy_get_event_type (taxonomy, t)->label);
  for (guint p = 0; p < TAUTAN_N_PRECISIONS; p++)
    g_ptr_array_add (precisions, (gpointer)tautan_precision_to_string (p));
  for (guint s = 0; s < TAUTAN_N_STATUSES; s++)
    g_ptr_array_add (statuses, (gpointer)tautan_status_to_string (s));
  g_ptr_array_add (events, g_strdup (_("None")));
  for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
    {
      TautanEvent other;
      g_autofree char *summary = NULL;

      tautan_dataset_get_event (ds, i, &other);
      summary = g_utf8_substring (other.summary, 0, MIN (g_utf8_strlen (other.summary, -1), 60));
      g_ptr_array_add (events, g_strdup_printf ("%s: %s", other.id, summary));
    }

  if (editing)
    {
      g_autofree char *body = g_strdup_printf (_("Event “%s”: %s"), ev.id, ev.summary);
      dialog = new_dialog (self, _("Edit Event"), body, _("_Save"));
    }
  else
    dialog = new_dialog (self, _("Create Event"), _("An event reported by the selected words of the source."),
                         _("C_reate"));

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 10);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  f->type = strings_dropdown (types, type);
  gtk_drop_down_set_enable_search (f->type, TRUE);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("_Type"), GTK_WIDGET (f->type)), 0, 0, 1, 1);
  f->status = strings_dropdown (statuses, status);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("_Status"), GTK_WIDGET (f->status)), 1, 0, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), from);
  gtk_widget_set_tooltip_text (entry, _("First day, YYYY-MM-DD"));
  f->from = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("_From"), entry), 0, 1, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), to);
  gtk_widget_set_tooltip_text (entry, _("Last day, YYYY-MM-DD (the same day for day precision)"));
  f->to = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("T_o"), entry), 1, 1, 1, 1);
  f->precision = strings_dropdown (precisions, precision);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("_Precision"), GTK_WIDGET (f->precision)), 0, 2, 1, 1);
  f->responds_to = strings_dropdown (events, responds);
  gtk_drop_down_set_enable_search (f->responds_to, TRUE);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("_Responds to"), GTK_WIDGET (f->responds_to)), 1, 2, 1, 1);
  f->actor = entity_dropdown (ds, NULL, TAUTAN_NONE, actor);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("_Actor"), GTK_WIDGET (f->actor)), 0, 3, 1, 1);
  f->target = entity_dropdown (ds, _("None"), TAUTAN_NONE, target);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("Tar_get"), GTK_WIDGET (f->target)), 1, 3, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), more_actors->str);
  gtk_widget_set_tooltip_text (entry, _("Further actors: ids or names, separated by commas"));
  f->more_actors = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("More a_ctors"), entry), 0, 4, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), more_targets->str);
  gtk_widget_set_tooltip_text (entry, _("Further targets: ids or names, separated by commas"));
  f->more_targets = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("More tar_gets"), entry), 1, 4, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), notes ? notes : "");
  gtk_widget_set_tooltip_text (entry, _("The analyst's notes, saved with the dataset"));
  f->notes = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), labelled (_("_Notes"), entry), 0, 5, 2, 1);

  adw_message_dialog_set_extra_child (dialog, grid);
  g_signal_connect_data (dialog, "response", G_CALLBACK (event_response_cb), f,
                         (GClosureNotify)(void (*) (void))event_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint event = g_variant_get_uint32 (param);
  EventForm *f;

  if (self->session == NULL || event >= tautan_dataset_get_n_events (current_dataset (self)))
    return;
  f = g_new0 (EventForm, 1);
  f->window = self;
  f->dataset = g_object_ref (current_dataset (self));
  f->event = event;
  show_event_form (self, f);
}

static void
create_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  EventForm *f;
  guint source, start, end;

  g_variant_get (param, "(uuu)", &source, &start, &end);
  if (self->session == NULL || source >= tautan_dataset_get_n_sources (current_dataset (self)) || start >= end)
    return;
  f = g_new0 (EventForm, 1);
  f->window = self;
  f->dataset = g_object_ref (current_dataset (self));
  f->event = TAUTAN_NONE;
  f->source = source;
  f->start = start;
  f->end = end;
  show_event_form (self, f);
}

/* Quotes: Edit Quote and Create Quote */

typedef struct
{
  TautanWindow  *window;
  TautanDataset *dataset;
  guint          quote;        /* TAUTAN_NONE when creating */
  guint          source;
  guint          start;
  guint          end;
  GtkDropDown   *speaker;
  GtkEditable   *speaker_text;
  GtkCheckButton *certain;
  GtkDropDown   *event;
} QuoteForm;

static void
quote_form_free (gpointer data)
{
  QuoteForm *f = data;

  g_object_unref (f->dataset);
  g_free (f);
}

static void
quote_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   QuoteForm        *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *done = NULL;
  TautanDataset *edited;
  const char *speaker, *text;
  gboolean certain;

  if (!g_str_equal (response, "apply") || current_dataset (f->window) != f->dataset)
    return;
  speaker = entity_id (f->dataset, dropdown_entity (f->speaker));
  text = gtk_editable_get_text (f->speaker_text);
  certain = gtk_check_button_get_active (f->certain);
  if (f->quote != TAUTAN_NONE)
    {
      TautanQuote q;

      tautan_dataset_get_quote (f->dataset, f->quote, &q);
      edited = tautan_dataset_edit_quote (f->dataset, q.id, speaker, text, certain, &error);
      done = g_strdup_printf (_("Quote “%s” edited"), q.id);
    }
  else
    {
      guint event = gtk_drop_down_get_selected (f->event);
      const char *event_id = NULL;
      TautanSource s;

      if (event > 0 && event != GTK_INVALID_LIST_POSITION)
        {
          TautanEvent ev;

          tautan_dataset_get_event (f->dataset, event - 1, &ev);
          event_id = ev.id;
        }
      tautan_dataset_get_source (f->dataset, f->source, &s);
      edited = tautan_dataset_add_quote (f->dataset, s.id, f->start, f->end, speaker, text, certain,
                                         event_id, &new_id, &error);
      done = g_strdup_printf (_("Quote “%s” created"), new_id ? new_id : "");
    }
  apply_edit (f->window, edited, error, done);
}

static void
show_quote_form (TautanWindow *self,
                 QuoteForm    *f)
{
  TautanDataset *ds = f->dataset;
  AdwMessageDialog *dialog;
  GtkWidget *box, *entry;
  guint speaker = TAUTAN_NONE;
  gboolean certain = TRUE;
  g_autofree char *body = NULL;

  if (f->quote != TAUTAN_NONE)
    {
      TautanQuote q;

      tautan_dataset_get_quote (ds, f->quote, &q);
      speaker = q.speaker;
      certain = q.attribution_certain;
      body = g_strdup_printf ("“%s”", q.text);
      dialog = new_dialog (self, _("Edit Quote"), body, _("_Save"));
    }
  else
    {
      TautanSource s;
      const char *start;

      tautan_dataset_get_source (ds, f->source, &s);
      start = g_utf8_offset_to_pointer (s.text, f->start);
      body = g_strdup_printf ("“%.*s”", (int)(g_utf8_offset_to_pointer (start, f->end - f->start) - start), start);
      dialog = new_dialog (self, _("Create Quote"), body, _("C_reate"));
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  f->speaker = entity_dropdown (ds, _("Not an actor (describe below)"), TAUTAN_NONE, speaker);
  if (speaker == TAUTAN_NONE)
    gtk_drop_down_set_selected (f->speaker, 0);
  gtk_box_append (GTK_BOX (box), labelled (_("_Speaker"), GTK_WIDGET (f->speaker)));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("e.g. a South Korean ministry official"));
  f->speaker_text = GTK_EDITABLE (entry);
  if (f->quote != TAUTAN_NONE)
    {
      TautanQuote q;

      tautan_dataset_get_quote (ds, f->quote, &q);
      gtk_editable_set_text (f->speaker_text, q.speaker_text ? q.speaker_text : "");
    }
  gtk_box_append (GTK_BOX (box), labelled (_("Speaker _described"), entry));
  f->certain = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Attribution is _certain")));
  gtk_check_button_set_active (f->certain, certain);
  gtk_widget_set_tooltip_text (GTK_WIDGET (f->certain),
                               _("Untick when the source does not say plainly who spoke"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->certain));
  if (f->quote == TAUTAN_NONE)
    {
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (events, g_strdup (_("None")));
      for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
        {
          TautanEvent ev;
          g_autofree char *summary = NULL;

          tautan_dataset_get_event (ds, i, &ev);
          summary = g_utf8_substring (ev.summary, 0, MIN (g_utf8_strlen (ev.summary, -1), 60));
          g_ptr_array_add (events, g_strdup_printf ("%s: %s", ev.id, summary));
        }
      f->event = strings_dropdown (events, 0);
      gtk_drop_down_set_enable_search (f->event, TRUE);
      gtk_box_append (GTK_BOX (box), labelled (_("Supports _event"), GTK_WIDGET (f->event)));
    }
  adw_message_dialog_set_extra_child (dialog, box);
  g_signal_connect_data (dialog, "response", G_CALLBACK (quote_response_cb), f,
                         (GClosureNotify)(void (*) (void))quote_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_quote_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint quote = g_variant_get_uint32 (param);
  QuoteForm *f;

  if (self->session == NULL || quote >= tautan_dataset_get_n_quotes (current_dataset (self)))
    return;
  f = g_new0 (QuoteForm, 1);
  f->window = self;
  f->dataset = g_object_ref (current_dataset (self));
  f->quote = quote;
  show_quote_form (self, f);
}

static void
create_quote_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint source, start, end;
  QuoteForm *f;

  g_variant_get (param, "(uuu)", &source, &start, &end);
  if (self->session == NULL || source >= tautan_dataset_get_n_sources (current_dataset (self)) || start >= end)
    return;
  f = g_new0 (QuoteForm, 1);
  f->window = self;
  f->dataset = g_object_ref (current_dataset (self));
  f->quote = TAUTAN_NONE;
  f->source = source;
  f->start = start;
  f->end = end;
  show_quote_form (self, f);
}

/* Saving the dataset */

/**
 * _tautan_window_save_dataset:
 * @file: where to write it
 *
 * Returns: whether the dataset was saved; a failure is said in a dialog
 */
gboolean
_tautan_window_save_dataset (TautanWindow *self,
                             GFile        *file)
{
  g_autoptr(GError) error = NULL;

  if (!tautan_session_save_dataset (self->session, file, &error))
    {
      _tautan_window_show_error (self, _("Could Not Save the Dataset"), error);
      return FALSE;
    }
  _tautan_window_toast (self, _("Dataset saved"));
  return TRUE;
}

static void
dataset_chooser_response_cb (TautanWindow         *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  gboolean close_after = self->close_after_dataset_save;

  self->close_after_dataset_save = FALSE;
  if (response == GTK_RESPONSE_ACCEPT && self->session != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL && _tautan_window_save_dataset (self, file) && close_after)
        gtk_window_close (GTK_WINDOW (self));
    }
  g_clear_object (&self->dataset_chooser);
}

void
_tautan_window_save_dataset_as (TautanWindow *self,
                                gboolean      close_after)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  TautanDataset *ds = current_dataset (self);
  GFile *file;

  if (ds == NULL || self->dataset_chooser != NULL)
    return;

  self->close_after_dataset_save = close_after;
  gtk_file_filter_set_name (filter, _("Tautan datasets"));
  gtk_file_filter_add_pattern (filter, "*.json");
  self->dataset_chooser = gtk_file_chooser_native_new (_("Save Dataset"), GTK_WINDOW (self),
                                                       GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->dataset_chooser), filter);
  file = tautan_dataset_get_file (ds);
  if (file != NULL && g_file_is_native (file) && !tautan_dataset_get_read_only (ds))
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->dataset_chooser), file, NULL);
  else
    {
      g_autofree char *name = file ? g_file_get_basename (file) : g_strdup ("dataset.json");
      g_autofree char *curated = g_str_has_suffix (name, ".json")
                                 ? g_strdup_printf ("%.*s-curated.json", (int)strlen (name) - 5, name)
                                 : g_strdup_printf ("%s.json", name);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->dataset_chooser), curated);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->dataset_chooser), TRUE);
  g_signal_connect_object (self->dataset_chooser, "response", G_CALLBACK (dataset_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->dataset_chooser));
}

/* Save where the dataset came from, unless that is read-only (the bundled
 * dataset) or not a file: then Save As. */
static void
save_dataset (TautanWindow *self,
              gboolean      close_after)
{
  TautanDataset *ds = current_dataset (self);
  GFile *file;

  if (ds == NULL)
    return;
  file = tautan_dataset_get_file (ds);
  if (file == NULL || tautan_dataset_get_read_only (ds) || !g_file_is_native (file))
    _tautan_window_save_dataset_as (self, close_after);
  else if (_tautan_window_save_dataset (self, file) && close_after)
    gtk_window_close (GTK_WINDOW (self));
}

static void
save_dataset_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  save_dataset (TAUTAN_WINDOW (widget), FALSE);
}

static void
save_dataset_as_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  _tautan_window_save_dataset_as (TAUTAN_WINDOW (widget), FALSE);
}

static void
dataset_unsaved_response_cb (TautanWindow     *self,
                             const char       *response,
                             AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      self->dataset_discarded = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    save_dataset (self, TRUE);
}

/**
 * _tautan_window_ask_dataset_changes:
 *
 * On close: unsaved dataset edits are asked about (Save, Discard,
 * Cancel), before the workspace's.
 *
 * Returns: %TRUE when the question is asked and the close must wait
 */
gboolean
_tautan_window_ask_dataset_changes (TautanWindow *self)
{
  AdwMessageDialog *dialog;
  TautanDataset *ds = current_dataset (self);
  const char *body;

  if (ds == NULL || self->dataset_discarded || !tautan_session_get_dataset_modified (self->session))
    return FALSE;

  body = tautan_dataset_get_read_only (ds)
         ? _("The dataset has edits (actors, events, quotes) that are not saved. The bundled dataset is "
             "read-only: Save writes a copy. Unsaved edits are lost when the window closes.")
         : _("The dataset has edits (actors, events, quotes) that are not saved. Unsaved edits are lost "
             "when the window closes.");
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Dataset Changes?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save Dataset"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (dataset_unsaved_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

void
_tautan_window_update_curation_actions (TautanWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_session = self->session != NULL;
  gboolean entity = selected_entity (self) != TAUTAN_NONE;

  gtk_widget_action_set_enabled (widget, "win.save-dataset", has_session);
  gtk_widget_action_set_enabled (widget, "win.save-dataset-as", has_session);
  gtk_widget_action_set_enabled (widget, "curate.edit-actor", entity);
  gtk_widget_action_set_enabled (widget, "curate.merge-actor", entity);
  gtk_widget_action_set_enabled (widget, "curate.split-actor", entity);
  gtk_widget_action_set_enabled (widget, "curate.edit-event", has_session);
  gtk_widget_action_set_enabled (widget, "curate.edit-quote", has_session);
  gtk_widget_action_set_enabled (widget, "curate.create-quote", has_session);
  gtk_widget_action_set_enabled (widget, "curate.create-event", has_session);
}

void
_tautan_window_class_curation_init (TautanWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Ctrl+S saves the workspace, as before; the dataset adds Alt. */
  gtk_widget_class_install_action (widget_class, "win.save-dataset", NULL, save_dataset_action);
  gtk_widget_class_install_action (widget_class, "win.save-dataset-as", NULL, save_dataset_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.save-dataset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK,
                                       "win.save-dataset-as", NULL);

  gtk_widget_class_install_action (widget_class, "curate.edit-actor", NULL, edit_actor_action);
  gtk_widget_class_install_action (widget_class, "curate.merge-actor", NULL, merge_actor_action);
  gtk_widget_class_install_action (widget_class, "curate.split-actor", NULL, split_actor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "curate.edit-actor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "curate.merge-actor", NULL);
  gtk_widget_class_install_action (widget_class, "curate.edit-event", "u", edit_event_action);
  gtk_widget_class_install_action (widget_class, "curate.edit-quote", "u", edit_quote_action);
  gtk_widget_class_install_action (widget_class, "curate.create-quote", "(uuu)", create_quote_action);
  gtk_widget_class_install_action (widget_class, "curate.create-event", "(uuu)", create_event_action);
}
