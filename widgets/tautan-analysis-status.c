/* tautan-analysis-status.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-analysis-status"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-analysis-status.h"

#include "render/tautan-render-filter-private.h"

/* A comparison recolours every edge and a filter hides events, but both
 * are set in a popover: once it closes, nothing said the canvas was not
 * the plain picture. This strip over the canvas says it, in the words
 * the exports use, with the way back one click away. */

struct _TautanAnalysisStatus
{
  GtkWidget      parent_instance;

  GtkWidget     *comparison_box;
  GtkLabel      *comparison_label;
  GtkWidget     *filter_box;
  GtkLabel      *filter_label;

  TautanSession *session;
  GSignalGroup  *session_signals;
};

G_DEFINE_FINAL_TYPE (TautanAnalysisStatus, tautan_analysis_status, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_status (TautanAnalysisStatus *self)
{
  TautanDataset *dataset = self->session != NULL ? tautan_session_get_dataset (self->session) : NULL;
  TautanTimeSpan before, after;
  gboolean comparing = FALSE;
  g_autofree char *filtered = NULL;

  if (dataset != NULL && tautan_session_get_comparison (self->session, &before, &after))
    {
      g_autofree char *from = tautan_time_span_format_human (&before);
      g_autofree char *to = tautan_time_span_format_human (&after);
      /* TRANSLATORS: over the canvas while two periods are compared */
      g_autofree char *text = g_strdup_printf (_("Comparing %s with %s"), from, to);

      gtk_label_set_text (self->comparison_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->comparison_label), text);
      comparing = TRUE;
    }

  if (dataset != NULL)
    {
      TautanTypeMask hidden_types;

      tautan_session_get_hidden_type_mask (self->session, &hidden_types);
      filtered = _tautan_render_filter_describe (dataset, tautan_session_get_filter (self->session),
                                                 tautan_session_get_hidden_kinds (self->session),
                                                 &hidden_types, TRUE);
    }
  if (filtered != NULL)
    {
      gtk_label_set_text (self->filter_label, filtered);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->filter_label), filtered);
    }

  gtk_widget_set_visible (self->comparison_box, comparing);
  gtk_widget_set_visible (self->filter_box, filtered != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), comparing || filtered != NULL);
}

static void
stop_comparing_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TautanAnalysisStatus *self = TAUTAN_ANALYSIS_STATUS (widget);

  if (self->session != NULL)
    tautan_session_clear_comparison (self->session);
}

/* Every event shows again: the criteria, and the kinds and types the
 * legend left out. */
static void
show_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TautanAnalysisStatus *self = TAUTAN_ANALYSIS_STATUS (widget);
  g_autoptr(TautanFilter) empty = tautan_filter_new ();

  g_auto(GStrv) types = NULL;
  static const char * const none[] = { NULL };

  if (self->session == NULL)
    return;
  /* Each is an undo step of its own: only the ones that change. */
  if (!tautan_filter_is_empty (tautan_session_get_filter (self->session)))
    tautan_session_set_filter (self->session, empty);
  if (tautan_session_get_hidden_kinds (self->session) != 0)
    tautan_session_set_hidden_kinds (self->session, 0);
  types = tautan_session_dup_hidden_types (self->session);
  if (types != NULL && types[0] != NULL)
    tautan_session_set_hidden_types (self->session, none);
}

static void
tautan_analysis_status_dispose (GObject *object)
{
  TautanAnalysisStatus *self = TAUTAN_ANALYSIS_STATUS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_ANALYSIS_STATUS);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tautan_analysis_status_parent_class)->dispose (object);
}

static void
tautan_analysis_status_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TautanAnalysisStatus *self = TAUTAN_ANALYSIS_STATUS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_analysis_status_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TautanAnalysisStatus *self = TAUTAN_ANALYSIS_STATUS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tautan_analysis_status_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_analysis_status_class_init (TautanAnalysisStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_analysis_status_dispose;
  object_class->get_property = tautan_analysis_status_get_property;
  object_class->set_property = tautan_analysis_status_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tautan/Tautan/ui/tautan-analysis-status.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisStatus, comparison_box);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisStatus, comparison_label);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisStatus, filter_box);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisStatus, filter_label);
  gtk_widget_class_install_action (widget_class, "analysis-status.stop-comparing", NULL, stop_comparing_action);
  gtk_widget_class_install_action (widget_class, "analysis-status.show-all", NULL, show_all_action);
  gtk_widget_class_set_css_name (widget_class, "analysis-status");
}

static void
tautan_analysis_status_init (TautanAnalysisStatus *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->session_signals = g_signal_group_new (TAUTAN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset", G_CALLBACK (sync_status), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::comparison", G_CALLBACK (sync_status), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::filter", G_CALLBACK (sync_status), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-kinds", G_CALLBACK (sync_status), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-types", G_CALLBACK (sync_status), self);
}

GtkWidget *
tautan_analysis_status_new (void)
{
  return g_object_new (TAUTAN_TYPE_ANALYSIS_STATUS, NULL);
}

TautanSession *
tautan_analysis_status_get_session (TautanAnalysisStatus *self)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_STATUS (self), NULL);
  return self->session;
}

void
tautan_analysis_status_set_session (TautanAnalysisStatus *self,
                                    TautanSession        *session)
{
  g_return_if_fail (TAUTAN_IS_ANALYSIS_STATUS (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  sync_status (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
tautan_analysis_status_get_comparison_text (TautanAnalysisStatus *self)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_STATUS (self), NULL);
  return gtk_widget_get_visible (self->comparison_box) ? gtk_label_get_text (self->comparison_label) : NULL;
}

const char *
tautan_analysis_status_get_filter_text (TautanAnalysisStatus *self)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_STATUS (self), NULL);
  return gtk_widget_get_visible (self->filter_box) ? gtk_label_get_text (self->filter_label) : NULL;
}
