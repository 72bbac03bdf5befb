/* tautan-dataset-edit.c: what every curation edit checks, and its errors
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset-edit"

#include "config.h"

#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset-edit.h"

#include "tautan-dataset-edit-private.h"
#include "tautan-dataset-private.h"

/* A dataset is immutable once loaded (its columns may be a mapped cache),
 * so an edit makes a new dataset and the old one stays whole for undo.
 * The edits are made on the columns (tautan-dataset-edit-columns.c,
 * milliseconds at 100k events); here are the checks they make first and
 * the words of their errors. What the loader would refuse of an edited
 * dataset is refused here with the loader's words, so an edit never
 * builds a dataset that would not load again.
 *
 * test-dataset-edit checks every edit against an oracle that makes it on
 * the JSON tree the dataset saves and loads the result
 * (tests/tautan-edit-oracle.c): the same dataset written byte for byte,
 * the same errors. The window makes every edit on a worker thread
 * (tautan-window-curation.c). */

G_DEFINE_QUARK (tautan-dataset-edit-error-quark, tautan_dataset_edit_error)

gboolean
_tautan_dataset_edit_not_found (GError     **error,
                                const char  *noun,
                                const char  *id)
{
  g_set_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND,
               "%s “%s”: no such %s in the dataset", noun, id ? id : "", noun);
  return FALSE;
}

gboolean
_tautan_dataset_edit_invalid (GError    **error,
                              const char *format,
                              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID, message);
  return FALSE;
}

/* The checks of an entity edit: the entity and its new affiliation
 * (TAUTAN_NONE: none) by index. */
gboolean
_tautan_dataset_edit_check_entity (TautanDataset             *self,
                                   const char                *id,
                                   const TautanEntityValues  *values,
                                   guint                     *entity_out,
                                   guint                     *affiliation_out,
                                   GError                   **error)
{
  guint entity = id != NULL ? tautan_dataset_lookup_entity (self, id) : TAUTAN_NONE;
  guint affiliation = TAUTAN_NONE;

  if (entity == TAUTAN_NONE)
    return _tautan_dataset_edit_not_found (error, "entity", id);
  if (values->name == NULL || values->name[0] == '\0')
    return _tautan_dataset_edit_invalid (error, "entity “%s”: the name is empty", id);
  if (values->affiliation != NULL && values->affiliation[0] != '\0')
    {
      if (g_str_equal (values->affiliation, id))
        return _tautan_dataset_edit_invalid (error, "entity “%s”: cannot be its own affiliation", id);
      if ((affiliation = tautan_dataset_lookup_entity (self, values->affiliation)) == TAUTAN_NONE)
        return _tautan_dataset_edit_not_found (error, "entity", values->affiliation);
    }
  if (entity_out != NULL)
    *entity_out = entity;
  if (affiliation_out != NULL)
    *affiliation_out = affiliation;
  return TRUE;
}

/* The checks of an event edit or creation, the loader's own among them
 * (a precision the dates do not fit), so an edit never makes a dataset
 * the loader would refuse: @type by index. */
gboolean
_tautan_dataset_edit_check_event (TautanDataset            *self,
                                  const char               *id,
                                  const TautanEventValues  *values,
                                  int                      *type_out,
                                  GError                  **error)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self);
  int type = values->type != NULL ? tautan_taxonomy_lookup (taxonomy, values->type) : -1;
  g_autofree char *reason = NULL;

  if (type < 0)
    return _tautan_dataset_edit_invalid (error, "event “%s”: unknown event type “%s”", id, values->type ? values->type : "");
  if (values->start == TAUTAN_DAY_NONE || values->end == TAUTAN_DAY_NONE)
    return _tautan_dataset_edit_invalid (error, "event “%s”: the date needs a start and an end", id);
  if (values->end < values->start)
    {
      char start[11], end[11];

      tautan_day_format_buf (values->start, start);
      tautan_day_format_buf (values->end, end);
      return _tautan_dataset_edit_invalid (error, "event “%s”: the end %s is before the start %s", id, end, start);
    }
  if (values->precision >= TAUTAN_N_PRECISIONS || values->status >= TAUTAN_N_STATUSES)
    return _tautan_dataset_edit_invalid (error, "event “%s”: unknown precision or status", id);
  if ((reason = _tautan_precision_problem (values->precision, values->start, values->end)) != NULL)
    return _tautan_dataset_edit_invalid (error, "event “%s”: %s", id, reason);
  if (values->actors == NULL || values->actors[0] == NULL)
    return _tautan_dataset_edit_invalid (error, "event “%s”: an event needs at least one actor", id);
  for (guint list = 0; list < 2; list++)
    {
      const char * const *ids = list == 0 ? values->actors : values->targets;

      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        if (tautan_dataset_lookup_entity (self, ids[i]) == TAUTAN_NONE)
          return _tautan_dataset_edit_not_found (error, "entity", ids[i]);
    }
  if (values->responds_to != NULL && values->responds_to[0] != '\0')
    {
      if (g_strcmp0 (values->responds_to, id) == 0)
        return _tautan_dataset_edit_invalid (error, "event “%s”: cannot respond to itself", id);
      if (tautan_dataset_lookup_event (self, values->responds_to) == TAUTAN_NONE)
        return _tautan_dataset_edit_not_found (error, "event", values->responds_to);
    }
  if (type_out != NULL)
    *type_out = type;
  return TRUE;
}

/* The checks of a quote's speaker: an entity (by index, else
 * TAUTAN_NONE) or words. */
gboolean
_tautan_dataset_edit_check_speaker (TautanDataset  *self,
                                    const char     *id,
                                    const char     *speaker,
                                    const char     *speaker_text,
                                    guint          *entity_out,
                                    GError        **error)
{
  guint entity = TAUTAN_NONE;

  if (speaker != NULL && speaker[0] != '\0')
    {
      if ((entity = tautan_dataset_lookup_entity (self, speaker)) == TAUTAN_NONE)
        return _tautan_dataset_edit_not_found (error, "entity", speaker);
    }
  else if (speaker_text == NULL || speaker_text[0] == '\0')
    return _tautan_dataset_edit_invalid (error, "quote “%s”: the speaker is neither an entity nor a description", id);
  if (entity_out != NULL)
    *entity_out = entity;
  return TRUE;
}

/* The words of a source between two code-point offsets, and the
 * source's index. */
char *
_tautan_dataset_edit_selection (TautanDataset  *self,
                                const char     *source,
                                guint           start,
                                guint           end,
                                guint          *source_out,
                                GError        **error)
{
  TautanSource s;
  guint index = source != NULL ? tautan_dataset_lookup_source (self, source) : TAUTAN_NONE;
  glong length;
  const char *from;

  if (index == TAUTAN_NONE)
    {
      _tautan_dataset_edit_not_found (error, "source", source);
      return NULL;
    }
  tautan_dataset_get_source (self, index, &s);
  length = s.text ? g_utf8_strlen (s.text, -1) : 0;
  if (start >= end || end > (gulong)length)
    {
      _tautan_dataset_edit_invalid (error, "source “%s”: the selection %u–%u is not inside its text of %ld characters",
               source, start, end, length);
      return NULL;
    }
  if (source_out != NULL)
    *source_out = index;
  from = g_utf8_offset_to_pointer (s.text, start);
  return g_strndup (from, g_utf8_offset_to_pointer (from, end - start) - from);
}

/**
 * tautan_dataset_dup_event_notes:
 * @event: an event index
 *
 * Events have no notes in the format; the analyst's notes are kept as
 * the member "notes", which the loader keeps with the unknown members.
 *
 * Returns: (transfer full) (nullable): the event's notes
 */
char *
tautan_dataset_dup_event_notes (TautanDataset *self,
                                guint          event)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *extras;
  JsonObject *root, *bucket;

  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  g_return_val_if_fail (event < tautan_dataset_get_n_events (self), NULL);

  extras = tautan_dataset_get_string (self, COL_U32 (self, COL_EV_EXTRAS)[event]);
  if (extras == NULL || !json_parser_load_from_data (parser, extras, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  root = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (root, "$") || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "$")))
    return NULL;
  bucket = json_object_get_object_member (root, "$");
  return g_strdup (json_object_get_string_member_with_default (bucket, "notes", NULL));
}
