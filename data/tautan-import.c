/* tautan-import.c: reading event-database files into a Tautan dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "tautan/tautan-cameo.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-import.h"
#include "tautan/tautan-taxonomy.h"

#include "tautan-dataset-private.h"
#include "tautan-enums.h"
#include "tautan-import-private.h"

/* Diagnostics kept for the user; past this only the count grows, so a
 * file of garbage cannot fill memory with messages. */
#define MAX_DIAGNOSTICS  1000
/* A line longer than this is no database row: skipped, not buffered. */
#define MAX_LINE         (1u << 20)
#define READ_BLOCK       (1u << 20)
/* Kept names per entity, besides its own. */
#define MAX_ALIASES      12

G_DEFINE_FINAL_TYPE (TautanImporter, tautan_importer, G_TYPE_OBJECT)

G_DEFINE_QUARK (tautan-import-error-quark, tautan_import_error)


static const char * const source_names[N_IMPORT_SOURCES] = { "GDELT 1.0", "GDELT 2.0", "ICEWS" };

const char *
_tautan_import_source_name (ImportSource source)
{
  return source_names[MIN ((guint)source, N_IMPORT_SOURCES - 1)];
}

static void
import_entity_free (gpointer data)
{
  ImportEntity *e = data;

  g_free (e->name);
  g_free (e->id);
  g_clear_pointer (&e->aliases, g_ptr_array_unref);
  g_free (e);
}

/**
 * tautan_import_options_init:
 * @options: (out caller-allocates): the options to reset
 *
 * Sets @options to import every GDELT row.
 */
void
tautan_import_options_init (TautanImportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->database = TAUTAN_IMPORT_GDELT;
  options->since = TAUTAN_DAY_NONE;
  options->until = TAUTAN_DAY_NONE;
}

const char *
tautan_import_database_to_string (TautanImportDatabase database)
{
  g_return_val_if_fail (database <= TAUTAN_IMPORT_ICEWS, NULL);

  return _tautan_enum_to_nick (TAUTAN_TYPE_IMPORT_DATABASE, database);
}

gboolean
tautan_import_database_from_string (const char           *name,
                                    TautanImportDatabase *database)
{
  int value;

  g_return_val_if_fail (name != NULL, FALSE);

  if (!_tautan_enum_from_nick (TAUTAN_TYPE_IMPORT_DATABASE, name, -1, TRUE, &value))
    return FALSE;
  if (database != NULL)
    *database = value;
  return TRUE;
}

/* The tab-separated fields of the first line of @head. */
static guint
count_first_fields (const char *head,
                    gsize       length,
                    const char **last,
                    gsize       *last_length)
{
  const char *end = memchr (head, '\n', length);
  const char *field = head;
  guint n = 1;

  if (end == NULL)
    end = head + length;
  if (end > head && end[-1] == '\r')
    end--;
  for (const char *p = head; p < end; p++)
    if (*p == '\t')
      {
        n++;
        field = p + 1;
      }
  *last = field;
  *last_length = end - field;
  return n;
}

/**
 * tautan_import_sniff:
 * @head: (array length=length): the first bytes of a file (4 KiB is plenty)
 * @length: how many
 * @database: (out) (optional): which database's files it looks like
 *
 * Whether a file is a GDELT or ICEWS event file, by its start alone, so
 * that opening or dropping one can offer the import instead of reading it
 * as a dataset: a zip or gzip archive (GDELT publishes its exports zipped;
 * the zip's first member's name tells an ICEWS .tab apart, and a zip of
 * anything else, a .docx say, is none), ICEWS's
 * header or its 20 or 4 columns, or GDELT's 57, 58 or 61 columns after a
 * numeric event id. A dataset, a workspace or an article is none of
 * these: JSON starts with a brace, and prose has no tabs in its first line.
 *
 * Returns: %TRUE if it looks like an event file
 */
gboolean
tautan_import_sniff (const guint8         *head,
                     gsize                 length,
                     TautanImportDatabase *database)
{
  TautanImportDatabase found = TAUTAN_IMPORT_GDELT;
  const char *text = (const char *)head;
  const char *last;
  gsize last_length;
  guint n;

  g_return_val_if_fail (head != NULL || length == 0, FALSE);

  if (length >= 30 && memcmp (head, "PK\x03\x04", 4) == 0)
    {
      gsize name_length = MIN ((gsize)(head[26] | head[27] << 8), length - 30);
      g_autofree char *name = g_ascii_strdown (text + 30, name_length);

      if (g_str_has_suffix (name, ".tab") || strstr (name, "icews") != NULL)
        found = TAUTAN_IMPORT_ICEWS;
      /* any other zip (a .docx, an .xlsx) is no event file */
      else if (!g_str_has_suffix (name, ".csv") && !g_str_has_suffix (name, ".txt") && strstr (name, "export") == NULL)
        return FALSE;
    }
  else if (length >= 2 && head[0] == 0x1f && head[1] == 0x8b)
    ;
  else if (length >= 9 && memcmp (text, "Event ID\t", 9) == 0)
    found = TAUTAN_IMPORT_ICEWS;
  else if ((n = count_first_fields (text, length, &last, &last_length)) == 20)
    found = TAUTAN_IMPORT_ICEWS;
  else if (n == 4)
    {
      /* subject, relation, object, date: the date ends the line */
      if (last_length < 10 || !g_ascii_isdigit (last[0]) || last[4] != '-' || last[7] != '-')
        return FALSE;
      found = TAUTAN_IMPORT_ICEWS;
    }
  else if (n == 57 || n == 58 || n == 61)
    {
      if (!g_ascii_isdigit (text[0]))
        return FALSE;
    }
  else
    return FALSE;

  if (database != NULL)
    *database = found;
  return TRUE;
}

char *
_tautan_import_fold (const char *text)
{
  g_autofree char *norm = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (norm ? norm : text, -1);
}

static void
tautan_importer_finalize (GObject *object)
{
  TautanImporter *self = (TautanImporter *)object;

  g_strfreev (self->actors);
  g_strfreev (self->countries);
  g_strfreev (self->roots);
  g_free (self->title);
  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->actor_index, g_hash_table_unref);
  g_clear_pointer (&self->actor_list, g_ptr_array_unref);
  g_clear_pointer (&self->source_index, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_array_unref);
  g_clear_pointer (&self->seen_ids, g_hash_table_unref);
  g_clear_pointer (&self->records, g_array_unref);
  g_clear_pointer (&self->entity_index, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&self->file_names, g_ptr_array_unref);
  if (self->key != NULL)
    g_string_free (g_steal_pointer (&self->key), TRUE);
  g_clear_pointer (&self->json, g_bytes_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (tautan_importer_parent_class)->finalize (object);
}

static void
tautan_importer_class_init (TautanImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_importer_finalize;
}

static void
tautan_importer_init (TautanImporter *self)
{
  self->strings = g_string_chunk_new (1 << 16);
  self->actor_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->actor_list = g_ptr_array_new_with_free_func (g_free);
  self->source_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->sources = g_array_new (FALSE, TRUE, sizeof (ImportSrc));
  self->seen_ids = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->records = g_array_new (FALSE, FALSE, sizeof (ImportRecord));
  self->entity_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->entities = g_ptr_array_new_with_free_func (import_entity_free);
  self->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  self->file_names = g_ptr_array_new_with_free_func (g_free);
  self->key = g_string_new (NULL);
}

static char **
copy_list (const char * const *list,
           char             *(*convert) (const char *item, GError **error),
           GError           **error)
{
  g_autoptr(GPtrArray) out = NULL;

  if (list == NULL || list[0] == NULL)
    return NULL;

  out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (list[i]));
      char *converted;

      if (*item == 0)
        continue;
      if (!(converted = convert (item, error)))
        return NULL;
      g_ptr_array_add (out, converted);
    }
  if (out->len == 0)
    return NULL;
  g_ptr_array_add (out, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

static char *
convert_actor (const char  *item,
               GError     **error)
{
  return _tautan_import_fold (item);
}

static char *
convert_country (const char  *item,
                 GError     **error)
{
  g_autofree char *upper = g_ascii_strup (item, -1);
  const char *code;

  if (tautan_cameo_country_label (upper) != NULL)
    return g_steal_pointer (&upper);
  if ((code = tautan_cameo_country_code_for_name (item)) != NULL)
    return g_strdup (code);
  /* A state CAMEO has no code for (South Sudan, Kosovo): its name. */
  return _tautan_import_fold (item);
}

static char *
convert_root (const char  *item,
              GError     **error)
{
  char *end = NULL;
  guint64 root;

  if (g_ascii_isdigit (item[0]))
    root = g_ascii_strtoull (item, &end, 10);
  if (end == NULL || *end != 0 || strlen (item) > 2 || root < 1 || root > 20)
    {
      g_set_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_INVALID,
                   "“%s” is not a CAMEO root code: use 01 to 20", item);
      return NULL;
    }
  return g_strdup_printf ("%02u", (guint)root);
}

/**
 * tautan_importer_new:
 * @options: what to import
 * @error: where to say what is wrong with @options
 *
 * Returns: (transfer full) (nullable): an importer with no file read yet
 */
TautanImporter *
tautan_importer_new (const TautanImportOptions  *options,
                     GError                    **error)
{
  g_autoptr(TautanImporter) self = NULL;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (options->database <= TAUTAN_IMPORT_ICEWS, NULL);

  self = g_object_new (TAUTAN_TYPE_IMPORTER, NULL);
  self->database = options->database;
  self->quad_classes = options->quad_classes & ((1u << TAUTAN_N_QUAD_CLASSES) - 1);
  self->min_mentions = options->min_mentions;
  self->since = options->since;
  self->until = options->until;
  self->named_only = options->named_only;
  self->title = g_strdup (options->title);
  self->taxonomy = g_object_ref (tautan_taxonomy_get_default ());

  if (self->since != TAUTAN_DAY_NONE && self->until != TAUTAN_DAY_NONE && self->since > self->until)
    {
      g_autofree char *a = tautan_day_format (self->since);
      g_autofree char *b = tautan_day_format (self->until);

      g_set_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_INVALID,
                   "the date range starts (%s) after it ends (%s)", a, b);
      return NULL;
    }

  self->actors = copy_list (options->actors, convert_actor, error);
  self->countries = copy_list (options->countries, convert_country, error);
  if (error != NULL && *error != NULL)
    return NULL;
  self->roots = copy_list (options->roots, convert_root, error);
  if (options->roots != NULL && options->roots[0] != NULL && self->roots == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

/* Private API, for the readers */

const char *
_tautan_importer_intern (TautanImporter *self,
                         const char     *text,
                         gsize           length)
{
  if (text == NULL)
    return NULL;
  return g_string_chunk_insert_len (self->strings, text, (gssize)length);
}

TautanImportStats *
_tautan_importer_stats (TautanImporter *self)
{
  return &self->stats;
}

/**
 * _tautan_importer_problem:
 * @file: the file being read
 * @line: the start of the current line
 * @at: (nullable): where in it the problem is, for the column
 *
 * Records a bad row: it is skipped, the reading goes on.
 */
void
_tautan_importer_problem (ImportFile *file,
                          const char *line,
                          const char *at,
                          const char *format,
                          ...)
{
  TautanImporter *self = file->importer;
  g_autofree char *message = NULL;
  guint column = 0;
  va_list args;

  self->n_problems++;
  self->stats.n_bad++;
  if (self->diagnostics->len >= MAX_DIAGNOSTICS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Columns count characters; the line is valid UTF-8 up to @at or the
   * message says it is not. */
  if (line != NULL && at != NULL && at >= line)
    {
      const char *p = line;

      column = 1;
      while (p < at)
        {
          p = ((guchar)*p < 0x80) ? p + 1 : g_utf8_next_char (p);
          column++;
        }
    }
  g_ptr_array_add (self->diagnostics, tautan_diagnostic_new (file->name, (guint)MIN (file->line, G_MAXUINT),
                                                             column, NULL, message));
}

ImportActor *
_tautan_importer_actor (TautanImporter *self,
                        const char     *key,
                        gsize           key_length,
                        guint32        *index,
                        gboolean       *is_new)
{
  gpointer found;
  ImportActor *actor;
  const char *stored;

  g_string_truncate (self->key, 0);
  g_string_append_len (self->key, key, (gssize)key_length);
  found = g_hash_table_lookup (self->actor_index, self->key->str);
  if (found != NULL)
    {
      *index = GPOINTER_TO_UINT (found) - 1;
      *is_new = FALSE;
      actor = g_ptr_array_index (self->actor_list, *index);
      actor->n_rows++;
      return actor;
    }

  actor = g_new0 (ImportActor, 1);
  actor->n_rows = 1;
  actor->entity = TAUTAN_NONE;
  *index = self->actor_list->len;
  *is_new = TRUE;
  stored = g_string_chunk_insert_len (self->strings, self->key->str, (gssize)self->key->len);
  g_ptr_array_add (self->actor_list, actor);
  g_hash_table_insert (self->actor_index, (char *)stored, GUINT_TO_POINTER (*index + 1));
  return actor;
}

/* Works out once per actor whether it passes the actor and country
 * filters, so rows only test two bits. */
void
_tautan_importer_actor_filters (TautanImporter *self,
                                ImportActor    *actor,
                                const char     *country_code)
{
  actor->passes = 0;

  if (self->actors == NULL)
    actor->passes |= PASSES_ACTOR;
  else if (actor->code != NULL)
    {
      for (guint i = 0; self->actors[i] != NULL; i++)
        if (g_ascii_strncasecmp (actor->code, self->actors[i], strlen (self->actors[i])) == 0)
          actor->passes |= PASSES_ACTOR;
    }
  else if (actor->name != NULL)
    {
      g_autofree char *name = _tautan_import_fold (actor->name);

      for (guint i = 0; self->actors[i] != NULL; i++)
        if (strcmp (name, self->actors[i]) == 0)
          actor->passes |= PASSES_ACTOR;
    }

  if (self->countries == NULL)
    actor->passes |= PASSES_COUNTRY;
  else
    {
      g_autofree char *name = actor->country ? _tautan_import_fold (actor->country) : NULL;

      for (guint i = 0; self->countries[i] != NULL; i++)
        if ((country_code != NULL && strcmp (country_code, self->countries[i]) == 0) ||
            (name != NULL && strcmp (name, self->countries[i]) == 0))
          actor->passes |= PASSES_COUNTRY;
    }
}

guint32
_tautan_importer_source (TautanImporter *self,
                         const char     *key,
                         gsize           key_length,
                         const char     *outlet,
                         const char     *title,
                         const char     *url,
                         const char     *note,
                         ImportSource    kind)
{
  ImportSrc src = { 0 };
  gpointer found;

  g_string_truncate (self->key, 0);
  g_string_append_len (self->key, key, (gssize)key_length);
  if ((found = g_hash_table_lookup (self->source_index, self->key->str)))
    return GPOINTER_TO_UINT (found) - 1;

  src.key = g_string_chunk_insert_len (self->strings, self->key->str, (gssize)self->key->len);
  src.outlet = g_string_chunk_insert_const (self->strings, outlet);
  src.title = g_string_chunk_insert_const (self->strings, title);
  src.url = url ? g_string_chunk_insert_const (self->strings, url) : NULL;
  src.note = g_string_chunk_insert_const (self->strings, note);
  src.kind = kind;
  g_array_append_val (self->sources, src);
  g_hash_table_insert (self->source_index, (char *)src.key, GUINT_TO_POINTER (self->sources->len));
  return self->sources->len - 1;
}

/* Whether this event id was read before (the same file twice, or files
 * that overlap): such a row is the same record, not another report. */
gboolean
_tautan_importer_seen_id (TautanImporter *self,
                          ImportSource    kind,
                          gint64          id)
{
  gint64 key = (gint64)((guint64)kind << 56 | ((guint64)id & G_GUINT64_CONSTANT (0x00FFFFFFFFFFFFFF)));
  gint64 *stored;

  if (id < 0)
    return FALSE;
  if (g_hash_table_contains (self->seen_ids, &key))
    {
      self->stats.n_duplicates++;
      return TRUE;
    }
  stored = (gint64 *)(gpointer)g_string_chunk_insert_len (self->strings, (const char *)&key, sizeof key);
  g_hash_table_add (self->seen_ids, stored);
  return FALSE;
}

gboolean
_tautan_importer_wants (TautanImporter     *self,
                        const ImportRecord *record)
{
  const ImportActor *actor = g_ptr_array_index (self->actor_list, record->actor);
  const ImportActor *target = record->target != TAUTAN_NONE ? g_ptr_array_index (self->actor_list, record->target) : NULL;
  guint passes = actor->passes | (target ? target->passes : 0);
  gboolean wants = TRUE;

  if ((self->since != TAUTAN_DAY_NONE && record->day < self->since) ||
      (self->until != TAUTAN_DAY_NONE && record->day > self->until))
    wants = FALSE;
  else if (self->quad_classes != 0 && (self->quad_classes & (1u << record->quad)) == 0)
    wants = FALSE;
  else if ((passes & PASSES_ACTOR) == 0 || (passes & PASSES_COUNTRY) == 0)
    wants = FALSE;
  else if (self->named_only && target == NULL)
    wants = FALSE;
  else if (self->roots != NULL)
    {
      wants = FALSE;
      for (guint i = 0; self->roots[i] != NULL; i++)
        if (strncmp (record->code, self->roots[i], 2) == 0)
          wants = TRUE;
    }

  if (!wants)
    self->stats.n_filtered++;
  return wants;
}

void
_tautan_importer_add_record (TautanImporter     *self,
                             const ImportRecord *record)
{
  g_array_append_val (self->records, *record);
  self->seen[record->kind] = TRUE;
}

GPtrArray *
_tautan_importer_actors (TautanImporter *self)
{
  return self->actor_list;
}

/* Entities */

guint32
_tautan_importer_entity (TautanImporter   *self,
                         const char       *key,
                         const char       *name,
                         TautanEntityKind  kind,
                         gboolean          generic)
{
  gpointer found = g_hash_table_lookup (self->entity_index, key);
  ImportEntity *e;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  e = g_new0 (ImportEntity, 1);
  e->key = g_string_chunk_insert_const (self->strings, key);
  e->name = g_strdup (name);
  e->kind = kind;
  e->generic = generic;
  e->affiliation = TAUTAN_NONE;
  g_ptr_array_add (self->entities, e);
  g_hash_table_insert (self->entity_index, (char *)e->key, GUINT_TO_POINTER (self->entities->len));
  return self->entities->len - 1;
}

void
_tautan_importer_entity_set (TautanImporter *self,
                             guint32         entity,
                             guint32         affiliation,
                             const char     *role,
                             const char     *code,
                             const char     *sectors)
{
  ImportEntity *e = g_ptr_array_index (self->entities, entity);

  if (affiliation != entity)
    e->affiliation = affiliation;
  if (role != NULL && *role != 0)
    e->role = g_string_chunk_insert_const (self->strings, role);
  if (code != NULL && *code != 0)
    e->code = g_string_chunk_insert_const (self->strings, code);
  if (sectors != NULL && *sectors != 0)
    e->sectors = g_string_chunk_insert_const (self->strings, sectors);
}

void
_tautan_importer_entity_alias (TautanImporter *self,
                               guint32         entity,
                               const char     *alias)
{
  ImportEntity *e = g_ptr_array_index (self->entities, entity);

  if (alias == NULL || *alias == 0 || g_utf8_collate (alias, e->name) == 0 ||
      g_ascii_strcasecmp (alias, e->name) == 0)
    return;
  if (e->aliases == NULL)
    e->aliases = g_ptr_array_new ();
  if (e->aliases->len >= MAX_ALIASES)
    return;
  for (guint i = 0; i < e->aliases->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (e->aliases, i), alias) == 0)
      return;
  g_ptr_array_add (e->aliases, (char *)g_string_chunk_insert_const (self->strings, alias));
}

const char *
_tautan_importer_entity_name (TautanImporter *self,
                              guint32         entity)
{
  return ((ImportEntity *)g_ptr_array_index (self->entities, entity))->name;
}

/**
 * _tautan_importer_country:
 * @code: (nullable): a CAMEO country or region code
 * @name: (nullable): else a country's name
 *
 * Returns: the state (or place, for regions) entity, one per country
 * however it is written
 */
guint32
_tautan_importer_country (TautanImporter *self,
                          const char     *code,
                          const char     *name)
{
  g_autofree char *key = NULL;
  const char *label;
  guint32 entity;

  if (code == NULL && name != NULL)
    code = tautan_cameo_country_code_for_name (name);
  if (code != NULL && (label = tautan_cameo_country_label (code)) != NULL)
    {
      TautanEntityKind kind = tautan_cameo_country_is_region (code) ? TAUTAN_ENTITY_PLACE : TAUTAN_ENTITY_STATE;

      key = g_strconcat ("c:", code, NULL);
      entity = _tautan_importer_entity (self, key, label, kind, FALSE);
      _tautan_importer_entity_set (self, entity, TAUTAN_NONE, NULL, code, NULL);
      if (name != NULL)
        _tautan_importer_entity_alias (self, entity, name);
      return entity;
    }

  g_return_val_if_fail (name != NULL, TAUTAN_NONE);
  {
    g_autofree char *folded = _tautan_import_fold (name);

    key = g_strconcat ("c:", folded, NULL);
    return _tautan_importer_entity (self, key, name, TAUTAN_ENTITY_STATE, FALSE);
  }
}

/* Text helpers */

/**
 * _tautan_import_title_case:
 * @upper: a name GDELT wrote in capitals, e.g. "DISTRICT OF COLUMBIA"
 *
 * Returns: (transfer full): "District of Columbia"
 */
char *
_tautan_import_title_case (const char *upper)
{
  static const char * const small[] = { "of", "the", "and", "for", "in", "on", "de", "la", "al", NULL };
  g_autofree char *lower = g_utf8_strdown (upper, -1);
  GString *out = g_string_sized_new (strlen (lower));
  gboolean start = TRUE;
  guint word = 0;

  for (const char *p = lower; *p;)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (start && g_unichar_isalnum (c))
        {
          gsize len = 0;
          gboolean is_small = FALSE;

          while (p[len] != 0 && g_unichar_isalnum (g_utf8_get_char (p + len)))
            len = (gsize)(g_utf8_next_char (p + len) - p);
          for (guint i = 0; small[i] != NULL && word > 0; i++)
            if (strlen (small[i]) == len && strncmp (p, small[i], len) == 0)
              is_small = TRUE;
          if (!is_small)
            g_string_append_unichar (out, g_unichar_totitle (c));
          else
            g_string_append_len (out, p, next - p);
          start = FALSE;
          word++;
        }
      else
        {
          g_string_append_len (out, p, next - p);
          /* "O'Brien", "Al-Assad": a letter after these starts a word. */
          start = !g_unichar_isalnum (c) && c != '\'';
        }
      p = next;
    }

  return g_string_free (out, FALSE);
}

/**
 * _tautan_import_find_noncharacter:
 * @text: valid UTF-8
 * @length: its length
 *
 * Unicode's noncharacters (U+FDD0 to U+FDEF, and the last two code points
 * of every plane) are valid UTF-8 that datasets refuse.
 *
 * Returns: (nullable): the first one in @text
 */
const char *
_tautan_import_find_noncharacter (const char *text,
                                  gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end;)
    {
      gunichar c;

      if ((guchar)*p < 0xEF)
        {
          /* ASCII and the two-byte forms hold none: skip them fast. */
          p += (guchar)*p < 0x80 ? 1 : g_utf8_skip[(guchar)*p];
          continue;
        }
      c = g_utf8_get_char (p);
      if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE)
        return p;
      p = g_utf8_next_char (p);
    }
  return NULL;
}

/* Whether @name holds one of @words as a whole word, in any case. */
gboolean
_tautan_import_has_word (const char         *name,
                         const char * const *words)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);

      for (const char *p = strstr (lower, words[i]); p != NULL; p = strstr (p + 1, words[i]))
        {
          gboolean start = p == lower || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
          gboolean end = p[len] == 0 || !g_unichar_isalnum (g_utf8_get_char (p + len));

          if (start && end)
            return TRUE;
        }
    }
  return FALSE;
}

/* Reading */

typedef struct
{
  ImportFile  file;
  GByteArray *carry;           /* a line split across blocks */
  gboolean    overlong;        /* the current line passed MAX_LINE */
} LineReader;

static void
dispatch_line (LineReader *r,
               const char *line,
               gsize       length)
{
  r->file.line++;
  if (length > 0 && line[length - 1] == '\r')
    length--;
  if (r->file.importer->database == TAUTAN_IMPORT_GDELT)
    _tautan_import_gdelt_line (&r->file, line, length);
  else
    _tautan_import_icews_line (&r->file, line, length);
}

static void
feed (LineReader *r,
      const char *data,
      gsize       length)
{
  const char *end = data + length;

  while (data < end)
    {
      const char *nl = memchr (data, '\n', (gsize)(end - data));

      if (nl == NULL)
        {
          if (r->overlong || r->carry->len + (gsize)(end - data) > MAX_LINE)
            {
              r->overlong = TRUE;
              g_byte_array_set_size (r->carry, 0);
            }
          else
            g_byte_array_append (r->carry, (const guint8 *)data, (guint)(end - data));
          return;
        }

      if (r->overlong)
        {
          r->file.line++;
          _tautan_importer_problem (&r->file, NULL, NULL, "the line is longer than %u bytes: not a row; skipped",
                                    MAX_LINE);
          r->overlong = FALSE;
        }
      else if (r->carry->len > 0)
        {
          g_byte_array_append (r->carry, (const guint8 *)data, (guint)(nl - data));
          dispatch_line (r, (const char *)r->carry->data, r->carry->len);
          g_byte_array_set_size (r->carry, 0);
        }
      else
        dispatch_line (r, data, (gsize)(nl - data));
      data = nl + 1;
    }
}

static void
feed_end (LineReader *r)
{
  if (r->overlong)
    {
      r->file.line++;
      _tautan_importer_problem (&r->file, NULL, NULL, "the line is longer than %u bytes: not a row; skipped", MAX_LINE);
    }
  else if (r->carry->len > 0)
    dispatch_line (r, (const char *)r->carry->data, r->carry->len);
  g_byte_array_set_size (r->carry, 0);
  r->overlong = FALSE;
}

static void
line_reader_init (LineReader     *r,
                  TautanImporter *self,
                  const char     *name)
{
  memset (r, 0, sizeof *r);
  r->file.importer = self;
  r->file.name = name;
  r->carry = g_byte_array_new ();
}

static void
line_reader_clear (LineReader *r)
{
  g_clear_pointer (&r->carry, g_byte_array_unref);
}

typedef struct
{
  guint64             done;    /* bytes of the files before this one */
  guint64             total;
  double              reported;
  TautanProgressFunc  func;
  gpointer            data;
} Progress;

static void
progress_report (Progress *p,
                 guint64   in_file)
{
  double fraction;

  if (p->func == NULL || p->total == 0)
    return;
  fraction = MIN (1.0, (double)(p->done + in_file) / (double)p->total);
  if (fraction >= 1.0 || fraction - p->reported >= 0.005)
    {
      p->reported = fraction;
      p->func (fraction, p->data);
    }
}

static void
set_archive_error (GError        **error,
                   struct archive *a,
                   const char     *name)
{
  const char *why = archive_error_string (a);

  g_set_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_READ,
               "%s: error: cannot read the file: %s", name, why ? why : "unknown archive error");
}

/* A plain export, or the .zip (or .gz) GDELT publishes it in: libarchive
 * takes both, so a damaged archive is reported, never half-read quietly. */
static gboolean
read_fd (TautanImporter  *self,
         int              fd,
         const char      *name,
         Progress        *progress,
         GCancellable    *cancellable,
         GError         **error)
{
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  gboolean ok = TRUE;
  int r;

  archive_read_support_filter_all (a);
  archive_read_support_format_zip (a);
  archive_read_support_format_raw (a);
  archive_read_support_format_empty (a);

  if (archive_read_open_fd (a, fd, READ_BLOCK) != ARCHIVE_OK)
    {
      set_archive_error (error, a, name);
      archive_read_free (a);
      return FALSE;
    }

  while (ok && (r = archive_read_next_header (a, &entry)) == ARCHIVE_OK)
    {
      gboolean raw = archive_format (a) == ARCHIVE_FORMAT_RAW;
      g_autofree char *entry_name = NULL;
      LineReader reader;
      const void *block;
      size_t size;
      la_int64_t offset;

      if (!raw && archive_entry_filetype (entry) != AE_IFREG)
        continue;

      /* "export.zip/20130401.export.CSV": the file inside the archive. */
      entry_name = raw ? g_strdup (name) : g_strdup_printf ("%s/%s", name, archive_entry_pathname (entry));
      line_reader_init (&reader, self, entry_name);
      while ((r = archive_read_data_block (a, &block, &size, &offset)) == ARCHIVE_OK)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              ok = FALSE;
              break;
            }
          feed (&reader, block, size);
          progress_report (progress, (guint64)archive_filter_bytes (a, -1));
        }
      if (ok && r != ARCHIVE_EOF)
        {
          set_archive_error (error, a, entry_name);
          ok = FALSE;
        }
      if (ok)
        feed_end (&reader);
      line_reader_clear (&reader);
    }
  if (ok && r != ARCHIVE_EOF)
    {
      set_archive_error (error, a, name);
      ok = FALSE;
    }

  self->stats.n_bytes += (guint64)MAX (archive_filter_bytes (a, -1), 0);
  archive_read_free (a);
  return ok;
}

/**
 * tautan_importer_add_files:
 * @self: the importer
 * @files: (array length=n_files): GDELT exports or ICEWS files, plain or
 *   zipped
 * @display_names: (array length=n_files) (nullable): how to name each file
 *   in diagnostics; %NULL: their paths
 * @n_files: how many
 * @cancellable: (nullable): stops the reading between blocks
 * @progress: (nullable): called with the fraction of bytes read so far,
 *   on the calling thread
 * @progress_data: for @progress
 * @error: a file that cannot be read, or cancellation
 *
 * Reads every row of @files. A bad row gets a diagnostic and is skipped;
 * a file that cannot be read (or a damaged archive) fails the call.
 *
 * Returns: whether every file was read to its end
 */
gboolean
tautan_importer_add_files (TautanImporter      *self,
                           GFile * const       *files,
                           const char * const  *display_names,
                           guint                n_files,
                           GCancellable        *cancellable,
                           TautanProgressFunc   progress,
                           gpointer             progress_data,
                           GError             **error)
{
  Progress p = { 0, 0, 0, progress, progress_data };
  g_autofree guint64 *sizes = g_new0 (guint64, MAX (n_files, 1));

  g_return_val_if_fail (TAUTAN_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (files != NULL || n_files == 0, FALSE);
  g_return_val_if_fail (self->json == NULL, FALSE);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (files[i], G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, NULL);

      sizes[i] = info ? (guint64)g_file_info_get_size (info) : 0;
      p.total += sizes[i];
    }

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      const char *name = display_names && display_names[i] ? display_names[i] : path;
      g_autoptr(GError) local_error = NULL;
      gboolean ok;
      int fd;

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);

          g_set_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_READ,
                       "%s: error: not a file on this computer", uri);
          return FALSE;
        }
      fd = tautan_file_open_regular (path, TAUTAN_FILE_MAX_SIZE, NULL, &local_error);
      if (fd < 0)
        {
          g_set_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_READ, "%s: error: %s", name,
                       tautan_file_describe_error (local_error));
          return FALSE;
        }
      g_ptr_array_add (self->file_names, g_path_get_basename (name));
      self->stats.n_files++;
      ok = read_fd (self, fd, name, &p, cancellable, error);
      close (fd);
      if (!ok)
        return FALSE;
      p.done += sizes[i];
    }
  progress_report (&p, 0);

  return TRUE;
}

/**
 * tautan_importer_add_data:
 * @self: the importer
 * @display_name: how to name the data in diagnostics
 * @data: (array length=length): rows as a file holds them, unzipped
 * @length: bytes in @data
 * @error: unused: rows cannot fail the call, only get diagnostics
 *
 * Reads rows from memory, as tautan_importer_add_files() reads a file.
 *
 * Returns: %TRUE
 */
gboolean
tautan_importer_add_data (TautanImporter  *self,
                          const char      *display_name,
                          const char      *data,
                          gsize            length,
                          GError         **error)
{
  LineReader reader;

  g_return_val_if_fail (TAUTAN_IS_IMPORTER (self), FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (self->json == NULL, FALSE);

  g_ptr_array_add (self->file_names, g_path_get_basename (display_name));
  self->stats.n_files++;
  self->stats.n_bytes += length;
  line_reader_init (&reader, self, display_name);
  feed (&reader, data, length);
  feed_end (&reader);
  line_reader_clear (&reader);

  return TRUE;
}

GPtrArray *
tautan_importer_get_diagnostics (TautanImporter *self)
{
  g_return_val_if_fail (TAUTAN_IS_IMPORTER (self), NULL);

  return self->diagnostics;
}

/* Every problem, including those past the diagnostics kept. */
guint64
tautan_importer_get_n_problems (TautanImporter *self)
{
  g_return_val_if_fail (TAUTAN_IS_IMPORTER (self), 0);

  return self->n_problems;
}

void
tautan_importer_get_stats (TautanImporter    *self,
                           TautanImportStats *stats)
{
  g_return_if_fail (TAUTAN_IS_IMPORTER (self));
  g_return_if_fail (stats != NULL);

  *stats = self->stats;
}

/**
 * tautan_importer_build_json:
 * @self: the importer, its files read
 * @error: %TAUTAN_IMPORT_ERROR_EMPTY when no event is left
 *
 * Merges repeated rows into events and writes the dataset. Call it once
 * every file is read; later calls return the same text.
 *
 * Returns: (transfer full) (nullable): the dataset as JSON
 */
GBytes *
tautan_importer_build_json (TautanImporter  *self,
                            GError         **error)
{
  g_return_val_if_fail (TAUTAN_IS_IMPORTER (self), NULL);

  if (!_tautan_importer_build (self, error))
    return NULL;
  return g_bytes_ref (self->json);
}

/**
 * tautan_importer_build_dataset:
 * @self: the importer, its files read
 * @error: as tautan_importer_build_json()
 *
 * Returns: (transfer full) (nullable): the dataset, loaded as a saved
 * one would be
 */
TautanDataset *
tautan_importer_build_dataset (TautanImporter  *self,
                               GError         **error)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) local_error = NULL;
  TautanDataset *dataset;
  gsize length;
  const char *data;

  g_return_val_if_fail (TAUTAN_IS_IMPORTER (self), NULL);

  if (!_tautan_importer_build (self, error))
    return NULL;

  data = g_bytes_get_data (self->json, &length);
  dataset = tautan_dataset_load_data (data, length, "import.json", NULL, &diagnostics, &local_error);
  if (dataset == NULL)
    {
      /* The importer writes what the loader reads: this is a bug. */
      g_autofree char *text = diagnostics ? tautan_diagnostics_format (diagnostics, 5) : NULL;

      g_set_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_READ,
                   "the imported dataset does not load: %s", text ? text : local_error->message);
    }
  return dataset;
}

/* Async */

typedef struct
{
  TautanImporter     *importer;
  GFile             **files;
  guint               n_files;
  TautanProgressFunc  progress;
  gpointer            progress_data;
  GDestroyNotify      progress_notify;
} ImportTask;

static void
import_task_free (gpointer data)
{
  ImportTask *t = data;

  g_clear_object (&t->importer);
  for (guint i = 0; i < t->n_files; i++)
    g_object_unref (t->files[i]);
  g_free (t->files);
  if (t->progress_notify != NULL)
    t->progress_notify (t->progress_data);
  g_free (t);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportTask *t = task_data;
  GError *error = NULL;
  TautanDataset *dataset;

  if (!tautan_importer_add_files (t->importer, t->files, NULL, t->n_files, cancellable,
                                  t->progress, t->progress_data, &error) ||
      !(dataset = tautan_importer_build_dataset (t->importer, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, dataset, g_object_unref);
}

/**
 * tautan_import_async:
 * @options: what to import; copied before this returns
 * @files: (array length=n_files): the files
 * @n_files: how many
 * @cancellable: (nullable): stops the import
 * @progress: (nullable): the fraction read, called on the worker thread
 * @progress_data: for @progress
 * @progress_notify: (nullable): frees @progress_data when the task ends
 * @callback: called on this thread's main context when done
 * @user_data: for @callback
 *
 * Imports @files on a worker thread, as tautan_importer_add_files() and
 * tautan_importer_build_dataset() do.
 */
void
tautan_import_async (const TautanImportOptions *options,
                     GFile * const             *files,
                     guint                      n_files,
                     GCancellable              *cancellable,
                     TautanProgressFunc         progress,
                     gpointer                   progress_data,
                     GDestroyNotify             progress_notify,
                     GAsyncReadyCallback        callback,
                     gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  ImportTask *t;

  g_return_if_fail (options != NULL);
  g_return_if_fail (files != NULL || n_files == 0);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tautan_import_async);
  t = g_new0 (ImportTask, 1);
  t->files = g_new (GFile *, MAX (n_files, 1));
  for (guint i = 0; i < n_files; i++)
    t->files[i] = g_object_ref (files[i]);
  t->n_files = n_files;
  t->progress = progress;
  t->progress_data = progress_data;
  t->progress_notify = progress_notify;
  g_task_set_task_data (task, t, import_task_free);

  if (!(t->importer = tautan_importer_new (options, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_run_in_thread (task, import_thread);
}

/**
 * tautan_import_finish:
 * @result: the result given to the callback
 * @diagnostics: (out) (optional) (transfer full) (element-type TautanDiagnostic):
 *   the bad rows, also on success
 * @stats: (out) (optional): what was read and kept
 * @error: why nothing was imported
 *
 * Returns: (transfer full) (nullable): the dataset
 */
TautanDataset *
tautan_import_finish (GAsyncResult       *result,
                      GPtrArray         **diagnostics,
                      TautanImportStats  *stats,
                      GError            **error)
{
  ImportTask *t;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tautan_import_async, NULL);

  t = g_task_get_task_data (G_TASK (result));
  if (diagnostics != NULL)
    {
      *diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
      for (guint i = 0; t->importer != NULL && i < t->importer->diagnostics->len; i++)
        g_ptr_array_add (*diagnostics, tautan_diagnostic_copy (g_ptr_array_index (t->importer->diagnostics, i)));
    }
  if (stats != NULL)
    {
      memset (stats, 0, sizeof *stats);
      if (t->importer != NULL)
        *stats = t->importer->stats;
    }
  return g_task_propagate_pointer (G_TASK (result), error);
}
