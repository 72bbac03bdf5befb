/* tautan-render-filter.c: the active filters in words, for exports and briefings
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An export or a briefing says what it leaves out, in the words of the
 * window's filter chips: the criterion's name, then its values as people
 * read them (“Event type: Support, Meeting”), never the ids the
 * workspace stores. */

#define G_LOG_DOMAIN "tautan-render"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tautan/tautan-count.h"

#include "tautan-render-filter-private.h"

/* More values than this in one criterion: the first ones and a count. */
#define MAX_VALUES 6

static const char *kind_plurals[TAUTAN_N_ENTITY_KINDS] = {
  N_("Persons"), N_("States"), N_("Organisations"), N_("Armed groups"), N_("Media"), N_("Places"),
  N_("Unnamed groups"),
};

/* The languages news in the datasets comes in, by ISO 639-1 code. */
static const struct
{
  const char *code;
  const char *name;
} languages[] = {
  { "ar", N_("Arabic") }, { "de", N_("German") }, { "en", N_("English") }, { "es", N_("Spanish") },
  { "fr", N_("French") }, { "id", N_("Indonesian") }, { "ja", N_("Japanese") }, { "ko", N_("Korean") },
  { "ms", N_("Malay") }, { "ru", N_("Russian") }, { "uk", N_("Ukrainian") }, { "zh", N_("Chinese") },
};

static const char *
field_title (TautanFilterField field)
{
  switch (field)
    {
    case TAUTAN_FILTER_OUTLET: return _("Outlet");
    case TAUTAN_FILTER_LANGUAGE: return _("Language");
    case TAUTAN_FILTER_AGENCY: return _("Relaying agency");
    case TAUTAN_FILTER_STATUS: return _("Status");
    case TAUTAN_FILTER_ATTRIBUTION: return _("Attribution");
    case TAUTAN_FILTER_EVENT_TYPE: return _("Event type");
    case TAUTAN_FILTER_ENTITY_KIND: return _("Actor kind");
    case TAUTAN_N_FILTER_FIELDS:
    default: return "";
    }
}

const char *
_tautan_render_filter_value_label (TautanDataset     *dataset,
                                   TautanFilterField  field,
                                   const char        *value)
{
  switch ((int)field)
    {
    case TAUTAN_FILTER_STATUS:
      if (g_str_equal (value, "reported")) return _("Reported");
      if (g_str_equal (value, "claimed")) return _("Claimed");
      if (g_str_equal (value, "denied")) return _("Denied");
      if (g_str_equal (value, "confirmed")) return _("Confirmed");
      break;
    case TAUTAN_FILTER_ATTRIBUTION:
      if (g_str_equal (value, "certain")) return _("Certain");
      if (g_str_equal (value, "uncertain")) return _("Uncertain");
      break;
    case TAUTAN_FILTER_ENTITY_KIND:
      for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
        if (g_str_equal (value, tautan_entity_kind_to_string (k)))
          return tautan_entity_kind_label (k);
      break;
    case TAUTAN_FILTER_EVENT_TYPE:
      if (dataset != NULL)
        {
          TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
          int type = tautan_taxonomy_lookup (taxonomy, value);

          if (type >= 0)
            return tautan_taxonomy_get_event_type (taxonomy, type)->label;
        }
      break;
    case TAUTAN_FILTER_LANGUAGE:
      for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
        if (g_ascii_strcasecmp (value, languages[i].code) == 0)
          return _(languages[i].name);
      break;
    default:
      break;
    }
  return value;
}

static void
append_criteria (GString            *out,
                 TautanDataset      *dataset,
                 const TautanFilter *filter)
{
  TautanStateMedia state_media = tautan_filter_get_state_media (filter);
  guint min_weight = tautan_filter_get_min_weight (filter);

  for (guint f = 0; f < TAUTAN_N_FILTER_FIELDS; f++)
    {
      const char * const *values = tautan_filter_get_values (filter, f);
      guint n = values != NULL ? g_strv_length ((char **)values) : 0;

      if (n == 0)
        continue;
      if (out->len > 0)
        /* TRANSLATORS: between two filter criteria: “Status: Confirmed; Event type: Meeting” */
        g_string_append (out, _("; "));
      /* TRANSLATORS: a filter criterion and its values: “Event type: Support, Meeting” */
      g_string_append_printf (out, _("%s: "), field_title (f));
      for (guint i = 0; i < MIN (n, MAX_VALUES); i++)
        {
          if (i > 0)
            /* TRANSLATORS: between the values of one filter criterion */
            g_string_append (out, _(", "));
          g_string_append (out, _tautan_render_filter_value_label (dataset, f, values[i]));
        }
      if (n > MAX_VALUES)
        /* TRANSLATORS: after the first values of a filter criterion */
        g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %s more", " and %s more",
                                                  n - MAX_VALUES),
                                tautan_count_format (n - MAX_VALUES));
    }
  if (state_media != TAUTAN_STATE_MEDIA_ANY)
    {
      if (out->len > 0)
        g_string_append (out, _("; "));
      g_string_append (out, state_media == TAUTAN_STATE_MEDIA_ONLY ? _("State media only")
                                                                   : _("Not only state media"));
    }
  if (min_weight > 0)
    {
      if (out->len > 0)
        g_string_append (out, _("; "));
      g_string_append_printf (out, _("Weight ≥ %u"), min_weight);
    }
}

char *
_tautan_render_filter_describe (TautanDataset        *dataset,
                                const TautanFilter   *filter,
                                guint32               hidden_kinds,
                                const TautanTypeMask *hidden_types,
                                gboolean              lead)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
  g_autoptr(GString) criteria = g_string_new (NULL);
  g_autoptr(GString) hidden = g_string_new (NULL);
  gboolean any_kind = FALSE;
  GString *out;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  if (filter != NULL && !tautan_filter_is_empty (filter))
    append_criteria (criteria, dataset, filter);

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    if (hidden_kinds & (1u << k))
      {
        g_string_append_printf (hidden, "%s%s", any_kind ? _(", ") : "", _(kind_plurals[k]));
        any_kind = TRUE;
      }
  if (hidden_types != NULL)
    {
      gboolean any_type = FALSE;

      for (guint t = 0; t < MIN (tautan_taxonomy_get_n_types (taxonomy), 64); t++)
        if (tautan_type_mask_has (hidden_types, t))
          {
            g_string_append_printf (hidden, "%s%s", any_type ? _(", ") : any_kind ? _("; ") : "",
                                    tautan_taxonomy_get_event_type (taxonomy, t)->label);
            any_type = TRUE;
          }
    }

  if (criteria->len == 0 && hidden->len == 0)
    return NULL;
  out = g_string_new (NULL);
  if (criteria->len > 0 && lead)
    /* TRANSLATORS: the line of active filters, in the criteria's own words */
    g_string_append_printf (out, _("Filters: %s"), criteria->str);
  else if (criteria->len > 0)
    g_string_append (out, criteria->str);
  if (criteria->len > 0 && hidden->len > 0)
    g_string_append (out, " · ");
  if (hidden->len > 0)
    /* TRANSLATORS: the actor kinds and event types left out of a picture */
    g_string_append_printf (out, _("Hidden: %s"), hidden->str);
  return g_string_free (out, FALSE);
}
