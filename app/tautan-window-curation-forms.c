/* tautan-window-curation-forms.c
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

/* The curation forms of events and quotes: Edit Event and Create Event
 * share one form, Edit Quote and Create Quote another; a form keeps the
 * dataset it was opened on and does nothing if an undo replaced it. */

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
  TautanEntityChooser *actor;
  GtkEditable   *more_actors;
  TautanEntityChooser *target;
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
      g_ptr_array_add (ids, (gpointer)_tautan_window_curation_entity_id (ds, entity));
    }
  return TRUE;
}

/* An event edit as the worker thread makes it: copies of the form's values. */
typedef struct
{
  TautanCurationCopies  copies;
  const char           *event;    /* NULL: created in source, at start..end */
  const char           *source;
  guint                 start;
  guint                 end;
  TautanEventValues     values;
} EventEdit;

static TautanDataset *
event_edit (TautanDataset  *dataset,
            gpointer        data,
            char          **done,
            GError        **error)
{
  EventEdit *e = data;
  g_autofree char *new_id = NULL;
  TautanDataset *edited;

  if (e->event != NULL)
    {
      edited = tautan_dataset_edit_event (dataset, e->event, &e->values, error);
      *done = g_strdup_printf (_("Event “%s” edited"), e->event);
      return edited;
    }
  edited = tautan_dataset_add_event (dataset, e->source, e->start, e->end, &e->values, &new_id, error);
  *done = g_strdup_printf (_("Event “%s” created"), new_id ? new_id : "");
  return edited;
}

static void
event_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   EventForm        *f)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *doing = NULL;
  EventEdit *edit;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (f->dataset);
  TautanEventValues values = { 0 };
  const char *from = gtk_editable_get_text (f->from);
  const char *to = gtk_editable_get_text (f->to);
  guint responds;
  TautanEvent ev;

  if (!g_str_equal (response, "apply") || _tautan_window_curation_dataset (f->window) != f->dataset)
    return;

  values.type = tautan_taxonomy_get_event_type (taxonomy, gtk_drop_down_get_selected (f->type))->id;
  if (!tautan_day_parse (from, strlen (from), &values.start) || !tautan_day_parse (to, strlen (to), &values.end))
    {
      g_set_error (&error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID,
                   _("“%s” or “%s” is not a date (YYYY-MM-DD)"), from, to);
      _tautan_window_curation_failed (f->window, error);
      return;
    }
  values.precision = gtk_drop_down_get_selected (f->precision);
  values.status = gtk_drop_down_get_selected (f->status);
  if (tautan_entity_chooser_get_entity (f->actor) != TAUTAN_NONE)
    g_ptr_array_add (actors, (gpointer)_tautan_window_curation_entity_id (f->dataset, tautan_entity_chooser_get_entity (f->actor)));
  if (tautan_entity_chooser_get_entity (f->target) != TAUTAN_NONE)
    g_ptr_array_add (targets, (gpointer)_tautan_window_curation_entity_id (f->dataset, tautan_entity_chooser_get_entity (f->target)));
  if (!add_more_entities (f->dataset, actors, gtk_editable_get_text (f->more_actors), &error) ||
      !add_more_entities (f->dataset, targets, gtk_editable_get_text (f->more_targets), &error))
    {
      _tautan_window_curation_failed (f->window, error);
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

  edit = _tautan_curation_copies_new (EventEdit);
  edit->values = values;
  edit->values.type = _tautan_curation_copy (edit, values.type);
  edit->values.actors = _tautan_curation_copy_strv (edit, values.actors);
  edit->values.targets = _tautan_curation_copy_strv (edit, values.targets);
  edit->values.responds_to = _tautan_curation_copy (edit, values.responds_to);
  edit->values.notes = _tautan_curation_copy (edit, values.notes);
  if (f->event != TAUTAN_NONE)
    {
      tautan_dataset_get_event (f->dataset, f->event, &ev);
      edit->event = _tautan_curation_copy (edit, ev.id);
      /* TRANSLATORS: an event id */
      doing = g_strdup_printf (_("Editing event “%s”…"), ev.id);
    }
  else
    {
      TautanSource s;

      tautan_dataset_get_source (f->dataset, f->source, &s);
      edit->source = _tautan_curation_copy (edit, s.id);
      edit->start = f->start;
      edit->end = f->end;
      doing = g_strdup (_("Creating the event…"));
    }
  _tautan_window_curation_run (f->window, event_edit, edit, _tautan_curation_copies_free, doing);
}

/* In TautanPrecision and TautanStatus order. */
static const char *precision_labels[] = {
  N_("Day"), N_("Week"), N_("Month"), N_("Year"), N_("Range (any start and end)"),
};
static const char *status_labels[] = {
  N_("Reported"), N_("Claimed"), N_("Denied"), N_("Confirmed"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (precision_labels) == TAUTAN_N_PRECISIONS);
G_STATIC_ASSERT (G_N_ELEMENTS (status_labels) == TAUTAN_N_STATUSES);

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
        g_string_append_printf (more_actors, "%s%s", k > 1 ? ", " : "", _tautan_window_curation_entity_id (ds, ev.actors[k]));
      for (guint k = 1; k < ev.n_targets; k++)
        g_string_append_printf (more_targets, "%s%s", k > 1 ? ", " : "", _tautan_window_curation_entity_id (ds, ev.targets[k]));
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
    g_ptr_array_add (precisions, (gpointer)_(precision_labels[p]));
  for (guint s = 0; s < TAUTAN_N_STATUSES; s++)
    g_ptr_array_add (statuses, (gpointer)_(status_labels[s]));
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
      dialog = _tautan_window_curation_dialog (self, _("Edit Event"), body, _("_Save"));
    }
  else
    dialog = _tautan_window_curation_dialog (self, _("Create Event"), _("An event reported by the selected words of the source."),
                         _("C_reate"));

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 10);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  f->type = strings_dropdown (types, type);
  gtk_drop_down_set_enable_search (f->type, TRUE);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("_Type"), GTK_WIDGET (f->type)), 0, 0, 1, 1);
  f->status = strings_dropdown (statuses, status);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("_Status"), GTK_WIDGET (f->status)), 1, 0, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), from);
  gtk_widget_set_tooltip_text (entry, _("First day, YYYY-MM-DD"));
  f->from = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("_From"), entry), 0, 1, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), to);
  gtk_widget_set_tooltip_text (entry, _("Last day, YYYY-MM-DD (the same day for day precision)"));
  f->to = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("T_o"), entry), 1, 1, 1, 1);
  f->precision = strings_dropdown (precisions, precision);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("_Precision"), GTK_WIDGET (f->precision)), 0, 2, 1, 1);
  f->responds_to = strings_dropdown (events, responds);
  gtk_drop_down_set_enable_search (f->responds_to, TRUE);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("_Responds to"), GTK_WIDGET (f->responds_to)), 1, 2, 1, 1);
  f->actor = _tautan_window_curation_entity_chooser (ds, _("Choose an actor"), FALSE, TAUTAN_NONE, actor);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("_Actor"), GTK_WIDGET (f->actor)), 0, 3, 1, 1);
  f->target = _tautan_window_curation_entity_chooser (ds, _("None"), TRUE, TAUTAN_NONE, target);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("Tar_get"), GTK_WIDGET (f->target)), 1, 3, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), more_actors->str);
  gtk_widget_set_tooltip_text (entry, _("Further actors: ids or names, separated by commas"));
  f->more_actors = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("More a_ctors"), entry), 0, 4, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), more_targets->str);
  gtk_widget_set_tooltip_text (entry, _("Further targets: ids or names, separated by commas"));
  f->more_targets = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("More tar_gets"), entry), 1, 4, 1, 1);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), notes ? notes : "");
  gtk_widget_set_tooltip_text (entry, _("The analyst's notes, saved with the dataset"));
  f->notes = GTK_EDITABLE (entry);
  gtk_grid_attach (GTK_GRID (grid), _tautan_window_curation_labelled (_("_Notes"), entry), 0, 5, 2, 1);

  adw_message_dialog_set_extra_child (dialog, grid);
  g_signal_connect_data (dialog, "response", G_CALLBACK (event_response_cb), f,
                         (GClosureNotify)(void (*) (void))event_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_tautan_window_edit_event_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint event = g_variant_get_uint32 (param);
  EventForm *f;

  if (self->session == NULL || event >= tautan_dataset_get_n_events (_tautan_window_curation_dataset (self)))
    return;
  f = g_new0 (EventForm, 1);
  f->window = self;
  f->dataset = g_object_ref (_tautan_window_curation_dataset (self));
  f->event = event;
  show_event_form (self, f);
}

void
_tautan_window_create_event_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  EventForm *f;
  guint source, start, end;

  g_variant_get (param, "(uuu)", &source, &start, &end);
  if (self->session == NULL || source >= tautan_dataset_get_n_sources (_tautan_window_curation_dataset (self)) || start >= end)
    return;
  f = g_new0 (EventForm, 1);
  f->window = self;
  f->dataset = g_object_ref (_tautan_window_curation_dataset (self));
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
  TautanEntityChooser *speaker;
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

typedef struct
{
  TautanCurationCopies  copies;
  const char           *quote;     /* NULL: created in source, at start..end */
  const char           *source;
  guint                 start;
  guint                 end;
  const char           *event;     /* creating: the event it backs, or NULL */
  const char           *speaker;
  const char           *text;
  gboolean              certain;
} QuoteEdit;

static TautanDataset *
quote_edit (TautanDataset  *dataset,
            gpointer        data,
            char          **done,
            GError        **error)
{
  QuoteEdit *q = data;
  g_autofree char *new_id = NULL;
  TautanDataset *edited;

  if (q->quote != NULL)
    {
      edited = tautan_dataset_edit_quote (dataset, q->quote, q->speaker, q->text, q->certain, error);
      *done = g_strdup_printf (_("Quote “%s” edited"), q->quote);
      return edited;
    }
  edited = tautan_dataset_add_quote (dataset, q->source, q->start, q->end, q->speaker, q->text, q->certain,
                                     q->event, &new_id, error);
  *done = g_strdup_printf (_("Quote “%s” created"), new_id ? new_id : "");
  return edited;
}

static void
quote_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   QuoteForm        *f)
{
  g_autofree char *doing = NULL;
  const char *speaker, *text;
  gboolean certain;
  QuoteEdit *edit;

  if (!g_str_equal (response, "apply") || _tautan_window_curation_dataset (f->window) != f->dataset)
    return;
  speaker = _tautan_window_curation_entity_id (f->dataset, tautan_entity_chooser_get_entity (f->speaker));
  text = gtk_editable_get_text (f->speaker_text);
  certain = gtk_check_button_get_active (f->certain);
  edit = _tautan_curation_copies_new (QuoteEdit);
  edit->speaker = _tautan_curation_copy (edit, speaker);
  edit->text = _tautan_curation_copy (edit, text);
  edit->certain = certain;
  if (f->quote != TAUTAN_NONE)
    {
      TautanQuote q;

      tautan_dataset_get_quote (f->dataset, f->quote, &q);
      edit->quote = _tautan_curation_copy (edit, q.id);
      /* TRANSLATORS: a quote id */
      doing = g_strdup_printf (_("Editing quote “%s”…"), q.id);
    }
  else
    {
      guint event = gtk_drop_down_get_selected (f->event);
      TautanSource s;

      if (event > 0 && event != GTK_INVALID_LIST_POSITION)
        {
          TautanEvent ev;

          tautan_dataset_get_event (f->dataset, event - 1, &ev);
          edit->event = _tautan_curation_copy (edit, ev.id);
        }
      tautan_dataset_get_source (f->dataset, f->source, &s);
      edit->source = _tautan_curation_copy (edit, s.id);
      edit->start = f->start;
      edit->end = f->end;
      doing = g_strdup (_("Creating the quote…"));
    }
  _tautan_window_curation_run (f->window, quote_edit, edit, _tautan_curation_copies_free, doing);
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
      dialog = _tautan_window_curation_dialog (self, _("Edit Quote"), body, _("_Save"));
    }
  else
    {
      TautanSource s;
      const char *start;

      tautan_dataset_get_source (ds, f->source, &s);
      start = g_utf8_offset_to_pointer (s.text, f->start);
      body = g_strdup_printf ("“%.*s”", (int)(g_utf8_offset_to_pointer (start, f->end - f->start) - start), start);
      dialog = _tautan_window_curation_dialog (self, _("Create Quote"), body, _("C_reate"));
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  f->speaker = _tautan_window_curation_entity_chooser (ds, _("Not an actor (describe below)"), TRUE, TAUTAN_NONE,
                                                       speaker);
  gtk_box_append (GTK_BOX (box), _tautan_window_curation_labelled (_("_Speaker"), GTK_WIDGET (f->speaker)));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("e.g. a South Korean ministry official"));
  f->speaker_text = GTK_EDITABLE (entry);
  if (f->quote != TAUTAN_NONE)
    {
      TautanQuote q;

      tautan_dataset_get_quote (ds, f->quote, &q);
      gtk_editable_set_text (f->speaker_text, q.speaker_text ? q.speaker_text : "");
    }
  gtk_box_append (GTK_BOX (box), _tautan_window_curation_labelled (_("Speaker _described"), entry));
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
      gtk_box_append (GTK_BOX (box), _tautan_window_curation_labelled (_("Supports _event"), GTK_WIDGET (f->event)));
    }
  adw_message_dialog_set_extra_child (dialog, box);
  g_signal_connect_data (dialog, "response", G_CALLBACK (quote_response_cb), f,
                         (GClosureNotify)(void (*) (void))quote_form_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_tautan_window_edit_quote_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint quote = g_variant_get_uint32 (param);
  QuoteForm *f;

  if (self->session == NULL || quote >= tautan_dataset_get_n_quotes (_tautan_window_curation_dataset (self)))
    return;
  f = g_new0 (QuoteForm, 1);
  f->window = self;
  f->dataset = g_object_ref (_tautan_window_curation_dataset (self));
  f->quote = quote;
  show_quote_form (self, f);
}

void
_tautan_window_create_quote_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint source, start, end;
  QuoteForm *f;

  g_variant_get (param, "(uuu)", &source, &start, &end);
  if (self->session == NULL || source >= tautan_dataset_get_n_sources (_tautan_window_curation_dataset (self)) || start >= end)
    return;
  f = g_new0 (QuoteForm, 1);
  f->window = self;
  f->dataset = g_object_ref (_tautan_window_curation_dataset (self));
  f->quote = TAUTAN_NONE;
  f->source = source;
  f->start = start;
  f->end = end;
  show_quote_form (self, f);
}
