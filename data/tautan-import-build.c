/* tautan-import-build.c: repeated rows into events, events into a dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-import"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-cameo.h"
#include "tautan/tautan-import.h"

#include "tautan-import-private.h"

/* Rows with the same actors, code and day are one event. */
typedef struct
{
  guint32    first;            /* into the sorted record order */
  guint32    n;
  guint32    mentions;
} ImportEvent;

static const char * const source_prefixes[N_IMPORT_SOURCES] = { "gdelt", "gdelt", "icews" };

static void
entity_rename (TautanImporter *self,
               guint32         entity,
               const char     *name)
{
  ImportEntity *e = g_ptr_array_index (self->entities, entity);

  g_free (e->name);
  e->name = g_strdup (name);
}


static int
compare_records (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const ImportRecord *records = user_data;
  const ImportRecord *x = &records[*(const guint32 *)a];
  const ImportRecord *y = &records[*(const guint32 *)b];
  int c;

  if (x->actor != y->actor)
    return x->actor < y->actor ? -1 : 1;
  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if ((c = strcmp (x->code, y->code)) != 0)
    return c;
  return *(const guint32 *)a < *(const guint32 *)b ? -1 : 1;
}

typedef struct
{
  const ImportRecord *records;
  const guint32      *order;
} EventOrder;

static int
compare_events (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const EventOrder *o = user_data;
  guint32 ra = o->order[((const ImportEvent *)a)->first];
  guint32 rb = o->order[((const ImportEvent *)b)->first];

  if (o->records[ra].day != o->records[rb].day)
    return o->records[ra].day < o->records[rb].day ? -1 : 1;
  return ra < rb ? -1 : ra > rb;
}

static void
json_string (GString    *s,
             const char *text)
{
  static const char hex[] = "0123456789abcdef";

  if (text == NULL)
    {
      g_string_append (s, "null");
      return;
    }
  g_string_append_c (s, '"');
  for (const guchar *p = (const guchar *)text; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (s, "\\\"");
          break;
        case '\\':
          g_string_append (s, "\\\\");
          break;
        case '\n':
          g_string_append (s, "\\n");
          break;
        case '\t':
          g_string_append (s, "\\t");
          break;
        case '\r':
          g_string_append (s, "\\r");
          break;
        default:
          if (*p < 0x20)
            {
              g_string_append (s, "\\u00");
              g_string_append_c (s, hex[*p >> 4]);
              g_string_append_c (s, hex[*p & 15]);
            }
          else
            g_string_append_c (s, (char)*p);
        }
    }
  g_string_append_c (s, '"');
}

static void
json_member (GString    *s,
             const char *name,
             const char *value)
{
  g_string_append_c (s, ',');
  json_string (s, name);
  g_string_append_c (s, ':');
  json_string (s, value);
}

static void
json_number (GString    *s,
             const char *name,
             double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_c (s, ',');
  json_string (s, name);
  g_string_append_c (s, ':');
  g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.6g", value));
}

static void
json_day (GString   *s,
          TautanDay  day)
{
  char buf[11];

  tautan_day_format_buf (day, buf);
  json_string (s, buf);
}

/* An id from @name: lower case, words joined by hyphens, unique. */
static char *
make_id (GHashTable *used,
         const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  GString *id = g_string_new (NULL);
  g_autofree char *base = NULL;
  gboolean hyphen = FALSE;

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (hyphen && id->len > 0)
            g_string_append_c (id, '-');
          g_string_append_unichar (id, c);
          hyphen = FALSE;
        }
      else
        hyphen = TRUE;
      if (id->len > 60)
        break;
    }
  if (id->len == 0)
    g_string_append (id, "entity");

  base = g_string_free (id, FALSE);
  if (!g_hash_table_contains (used, base))
    {
      g_hash_table_add (used, g_strdup (base));
      return g_steal_pointer (&base);
    }
  for (guint n = 2;; n++)
    {
      char *candidate = g_strdup_printf ("%s-%u", base, n);

      if (!g_hash_table_contains (used, candidate))
        {
          g_hash_table_add (used, g_strdup (candidate));
          return candidate;
        }
      g_free (candidate);
    }
}

/* Marks @index and what it is affiliated with as written, in the order
 * events first name them. */
static void
use_entity (TautanImporter *self,
            guint32         index,
            GHashTable     *used,
            GArray         *order)
{
  ImportEntity *e = g_ptr_array_index (self->entities, index);

  if (g_hash_table_contains (used, GUINT_TO_POINTER (index + 1)))
    return;
  g_hash_table_add (used, GUINT_TO_POINTER (index + 1));
  g_array_append_val (order, index);
  if (e->affiliation != TAUTAN_NONE)
    use_entity (self, e->affiliation, used, order);
}

/* Two entities with one name would be one node in every search and
 * legend: the later ones get their country, role or code added. */
static void
disambiguate (TautanImporter *self,
              GArray         *order)
{
  for (guint round = 0; round < 4; round++)
    {
      g_autoptr(GHashTable) by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      gboolean renamed = FALSE;

      for (guint i = 0; i < order->len; i++)
        {
          guint32 index = g_array_index (order, guint32, i);
          ImportEntity *e = g_ptr_array_index (self->entities, index);
          char *key = _tautan_import_fold (e->name);
          g_autofree char *name = NULL;
          const char *extra = NULL;

          if (!g_hash_table_contains (by_name, key))
            {
              g_hash_table_add (by_name, key);
              continue;
            }
          g_free (key);

          if (round == 0 && e->affiliation != TAUTAN_NONE)
            extra = ((ImportEntity *)g_ptr_array_index (self->entities, e->affiliation))->name;
          else if (round <= 1 && e->role != NULL)
            extra = e->role;
          else if (round <= 2 && e->code != NULL)
            extra = e->code;
          if (extra != NULL)
            name = g_strdup_printf ("%s (%s)", e->name, extra);
          else
            name = g_strdup_printf ("%s (%u)", e->name, i + 1);
          entity_rename (self, index, name);
          renamed = TRUE;
        }
      if (!renamed)
        return;
    }
}

static void
assign_ids (TautanImporter *self,
            GArray         *order)
{
  g_autoptr(GHashTable) used_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < order->len; i++)
    {
      ImportEntity *e = g_ptr_array_index (self->entities, g_array_index (order, guint32, i));

      /* States keep their CAMEO code as id ("usa"), so datasets from GDELT
       * and ICEWS name a state alike. */
      if (e->code != NULL && g_str_has_prefix (e->key, "c:"))
        {
          g_autofree char *code = g_ascii_strdown (e->code, -1);

          e->id = make_id (used_ids, code);
        }
      else
        e->id = make_id (used_ids, e->name);
    }
}

static const char *
quad_id (TautanQuadClass quad)
{
  static const char * const ids[] = { "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict" };

  return ids[MIN ((guint)quad, G_N_ELEMENTS (ids) - 1)];
}

static char *
default_title (TautanImporter *self)
{
  gboolean gdelt1 = self->seen[IMPORT_SOURCE_GDELT1], gdelt2 = self->seen[IMPORT_SOURCE_GDELT2];
  const char *gdelt = gdelt1 && gdelt2 ? "GDELT" : gdelt1 ? "GDELT 1.0" : gdelt2 ? "GDELT 2.0" : NULL;
  const char *icews = self->seen[IMPORT_SOURCE_ICEWS] ? "ICEWS" : NULL;
  const char *first = self->file_names->len ? g_ptr_array_index (self->file_names, 0) : "memory";
  g_autofree char *more = self->file_names->len > 1
    ? g_strdup_printf (" and %u more files", self->file_names->len - 1) : g_strdup ("");

  return g_strdup_printf ("%s%s%s events from %s%s", gdelt ? gdelt : "", gdelt && icews ? " and " : "",
                          icews ? icews : "", first, more);
}

static void
write_import_block (TautanImporter *self,
                    GString        *s)
{
  g_string_append (s, ",\n\"x-import\":{\"tool\":");
  json_string (s, PACKAGE_NAME " " PACKAGE_VERSION);
  g_string_append (s, ",\"databases\":[");
  for (guint k = 0, n = 0; k < N_IMPORT_SOURCES; k++)
    if (self->seen[k])
      {
        g_string_append (s, n++ ? "," : "");
        json_string (s, _tautan_import_source_name (k));
      }
  g_string_append (s, "],\"files\":[");
  for (guint i = 0; i < self->file_names->len; i++)
    {
      g_string_append (s, i ? "," : "");
      json_string (s, g_ptr_array_index (self->file_names, i));
    }
  g_string_append (s, "],\"filters\":{");
  {
    gboolean first = TRUE;
    char **lists[] = { self->actors, self->countries, self->roots };
    const char *names[] = { "actors", "countries", "roots" };

    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      if (lists[l] != NULL)
        {
          g_string_append_printf (s, "%s\"%s\":[", first ? "" : ",", names[l]);
          for (guint i = 0; lists[l][i] != NULL; i++)
            {
              g_string_append (s, i ? "," : "");
              json_string (s, lists[l][i]);
            }
          g_string_append (s, "]");
          first = FALSE;
        }
    if (self->quad_classes != 0)
      {
        g_string_append_printf (s, "%s\"quad_classes\":[", first ? "" : ",");
        for (guint q = 0, n = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
          if (self->quad_classes & (1u << q))
            {
              g_string_append (s, n++ ? "," : "");
              json_string (s, quad_id (q));
            }
        g_string_append (s, "]");
        first = FALSE;
      }
    if (self->min_mentions > 0)
      {
        g_string_append_printf (s, "%s\"min_mentions\":%u", first ? "" : ",", self->min_mentions);
        first = FALSE;
      }
    if (self->since != TAUTAN_DAY_NONE)
      {
        g_string_append_printf (s, "%s\"since\":", first ? "" : ",");
        json_day (s, self->since);
        first = FALSE;
      }
    if (self->until != TAUTAN_DAY_NONE)
      {
        g_string_append_printf (s, "%s\"until\":", first ? "" : ",");
        json_day (s, self->until);
        first = FALSE;
      }
    if (self->named_only)
      g_string_append_printf (s, "%s\"named_only\":true", first ? "" : ",");
  }
  g_string_append_printf (s, "},\"rows\":%" G_GUINT64_FORMAT ",\"rows_kept\":%" G_GUINT64_FORMAT
                          ",\"skipped\":{\"bad\":%" G_GUINT64_FORMAT ",\"no_actor\":%" G_GUINT64_FORMAT
                          ",\"duplicate_id\":%" G_GUINT64_FORMAT ",\"filtered\":%" G_GUINT64_FORMAT "}}",
                          self->stats.n_rows, self->stats.n_kept, self->stats.n_bad, self->stats.n_no_actor,
                          self->stats.n_duplicates, self->stats.n_filtered);
}

static const char gdelt_citation[] =
  "Leetaru, K. and Schrodt, P. A. (2013), \"GDELT: Global Data on Events, Location and Tone, 1979-2012\", "
  "ISA Annual Convention; https://www.gdeltproject.org/";
static const char icews_citation[] =
  "Boschee, E., Lautenschlager, J., O'Brien, S., Shellman, S., Starz, J., Ward, M. (2015), "
  "\"ICEWS Coded Event Data\", Harvard Dataverse, doi:10.7910/DVN/28075";

static void
write_event (TautanImporter     *self,
             GString            *s,
             const ImportEvent  *ev,
             const guint32      *order,
             GHashTable         *type_of_code,
             GHashTable         *event_ids)
{
  const ImportRecord *records = (const ImportRecord *)(gpointer)self->records->data;
  const ImportRecord *r0 = &records[order[ev->first]];
  const ImportEntity *actor = g_ptr_array_index (self->entities, ((ImportActor *)g_ptr_array_index (self->actor_list, r0->actor))->entity);
  const ImportEntity *target = r0->target != TAUTAN_NONE
    ? g_ptr_array_index (self->entities, ((ImportActor *)g_ptr_array_index (self->actor_list, r0->target))->entity)
    : NULL;
  const char *description = tautan_cameo_event_description (r0->code);
  gboolean gdelt = r0->kind != IMPORT_SOURCE_ICEWS;
  g_autofree char *summary = NULL;
  g_autofree char *words = NULL;
  guint64 articles = 0, n_sources = 0;
  double goldstein = 0, tone = 0, tone_weight = 0;
  guint n_goldstein = 0;
  const ImportRecord *located = NULL;
  g_autofree char *id = NULL;

  /* The first row's id; ICEWS reuses ids across dates. */
  if (r0->id >= 0)
    id = g_strdup_printf ("%s-%" G_GINT64_FORMAT, source_prefixes[r0->kind], r0->id);
  else
    id = g_strdup_printf ("%s-line-%u", source_prefixes[r0->kind], r0->line);
  for (guint n = 2; g_hash_table_contains (event_ids, id); n++)
    {
      g_free (id);
      if (r0->id >= 0)
        id = g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%u", source_prefixes[r0->kind], r0->id, n);
      else
        id = g_strdup_printf ("%s-line-%u-%u", source_prefixes[r0->kind], r0->line, n);
    }
  g_hash_table_add (event_ids, g_strdup (id));

  for (guint i = 0; i < ev->n; i++)
    {
      const ImportRecord *r = &records[order[ev->first + i]];

      if (!isnan (r->goldstein))
        {
          goldstein += r->goldstein;
          n_goldstein++;
        }
      if (!isnan (r->tone))
        {
          double w = MAX (r->articles, 1);

          tone += r->tone * w;
          tone_weight += w;
        }
      articles += r->articles;
      n_sources += r->n_sources;
      if (located == NULL && r->location != NULL)
        located = r;
    }
  /* The panel shows who did it to whom: the summary says what, and how
   * much it was reported. */
  if (gdelt)
    summary = g_strdup_printf ("%s (CAMEO %s): %u mention%s in %" G_GUINT64_FORMAT " article%s",
                               description ? description : "Event", r0->code, ev->mentions,
                               ev->mentions == 1 ? "" : "s", articles, articles == 1 ? "" : "s");
  else if (ev->n > 1)
    summary = g_strdup_printf ("%s (CAMEO %s): %u records", description ? description : "Event", r0->code, ev->n);
  else
    summary = g_strdup_printf ("%s (CAMEO %s)", description ? description : "Event", r0->code);
  {
    int y, m, d;

    tautan_day_to_ymd (r0->day, &y, &m, &d);
    words = gdelt ? g_strdup_printf ("SQLDATE %04d%02d%02d", y, m, d)
                  : g_strdup_printf ("Event Date %04d-%02d-%02d", y, m, d);
  }

  g_string_append (s, "{\"id\":");
  json_string (s, id);
  json_member (s, "type", g_hash_table_lookup (type_of_code, r0->code));
  g_string_append (s, ",\"date\":{\"start\":");
  json_day (s, r0->day);
  g_string_append (s, ",\"end\":");
  json_day (s, r0->day);
  g_string_append (s, ",\"precision\":\"day\"},\"date_basis\":{\"method\":\"inferred\"");
  json_member (s, "words", words);
  json_member (s, "note", gdelt ? "the day GDELT coded for the event (SQLDATE), often before the article"
                                : "the event date ICEWS coded");
  g_string_append (s, "},\"actors\":[");
  json_string (s, actor->id);
  g_string_append (s, "],\"targets\":[");
  if (target != NULL)
    json_string (s, target->id);
  g_string_append (s, "]");
  json_member (s, "summary", summary);

  /* Every row's source, once each, in the order read. */
  g_string_append (s, ",\"sources\":[");
  for (guint i = 0, n = 0; i < ev->n; i++)
    {
      const ImportRecord *r = &records[order[ev->first + i]];
      ImportSrc *src = &g_array_index (self->sources, ImportSrc, r->source);
      gboolean repeat = FALSE;

      for (guint j = 0; j < i && !repeat; j++)
        repeat = records[order[ev->first + j]].source == r->source;
      if (repeat)
        continue;
      g_string_append_printf (s, "%s\"src-%u\"", n++ ? "," : "", src->id);
    }
  g_string_append (s, "],\"quotes\":[],\"status\":\"reported\"");

  json_member (s, "x-database", _tautan_import_source_name (r0->kind));
  if (r0->id >= 0)
    {
      g_string_append_printf (s, ",\"x-%s-ids\":[", source_prefixes[r0->kind]);
      for (guint i = 0, n = 0; i < ev->n; i++)
        {
          const ImportRecord *r = &records[order[ev->first + i]];

          if (r->id >= 0)
            g_string_append_printf (s, "%s%" G_GINT64_FORMAT, n++ ? "," : "", r->id);
        }
      g_string_append (s, "]");
    }
  else
    {
      g_string_append (s, ",\"x-lines\":[");
      for (guint i = 0; i < ev->n; i++)
        g_string_append_printf (s, "%s%u", i ? "," : "", records[order[ev->first + i]].line);
      g_string_append (s, "]");
    }
  json_member (s, "x-cameo", r0->code);
  g_string_append_printf (s, ",\"x-quad-class\":%u", (guint)r0->quad + 1);

  if (n_goldstein > 0)
    json_number (s, "x-goldstein", goldstein / n_goldstein);
  g_string_append_printf (s, ",\"x-mentions\":%u", ev->mentions);
  if (gdelt)
    g_string_append_printf (s, ",\"x-num-sources\":%" G_GUINT64_FORMAT ",\"x-articles\":%" G_GUINT64_FORMAT,
                            n_sources, articles);
  if (tone_weight > 0)
    json_number (s, "x-tone", tone / tone_weight);
  if (located != NULL)
    {
      json_member (s, "x-location", located->location);
      if (!isnan (located->lat) && !isnan (located->lon))
        {
          json_number (s, "x-lat", located->lat);
          json_number (s, "x-lon", located->lon);
        }
    }
  g_string_append (s, "}");
}

gboolean
_tautan_importer_build (TautanImporter  *self,
                        GError         **error)
{
  const ImportRecord *records;
  g_autofree guint32 *order = NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GHashTable) type_of_code = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autoptr(GHashTable) event_ids = NULL;
  g_autoptr(GArray) entity_order = NULL;
  gboolean root_used[21] = { FALSE };
  guint n_records = self->records->len;
  guint32 next_source = 0;
  GString *s;

  if (self->json != NULL)
    return TRUE;

  /* Actors become entities once all rows are read: GDELT names a state's
   * institutions with the names it gives the state itself. */
  _tautan_import_gdelt_resolve (self);
  _tautan_import_icews_resolve (self);

  /* Rows of one event (same actors, code and day) end up side by side. */
  records = (const ImportRecord *)(gpointer)self->records->data;
  order = g_new (guint32, MAX (n_records, 1));
  for (guint i = 0; i < n_records; i++)
    order[i] = i;
  {
    /* Sort on entities, not actors: two spellings of one actor merge. */
    g_autofree ImportRecord *by_entity = g_new (ImportRecord, MAX (n_records, 1));

    for (guint i = 0; i < n_records; i++)
      {
        by_entity[i] = records[i];
        by_entity[i].actor = ((ImportActor *)g_ptr_array_index (self->actor_list, records[i].actor))->entity;
        if (records[i].target != TAUTAN_NONE)
          by_entity[i].target = ((ImportActor *)g_ptr_array_index (self->actor_list, records[i].target))->entity;
      }
    g_qsort_with_data (order, (gint)n_records, sizeof (guint32), compare_records, by_entity);

    events = g_array_new (FALSE, FALSE, sizeof (ImportEvent));
    for (guint i = 0; i < n_records;)
      {
        const ImportRecord *first = &by_entity[order[i]];
        ImportEvent ev = { i, 0, 0 };
        guint j = i;

        while (j < n_records && by_entity[order[j]].actor == first->actor &&
               by_entity[order[j]].target == first->target && by_entity[order[j]].day == first->day &&
               strcmp (by_entity[order[j]].code, first->code) == 0)
          {
            ev.mentions += by_entity[order[j]].mentions;
            j++;
          }
        ev.n = j - i;
        i = j;

        if (ev.mentions < self->min_mentions)
          {
            self->stats.n_filtered += ev.n;
            continue;
          }
        if (self->named_only)
          {
            const ImportEntity *a = g_ptr_array_index (self->entities, first->actor);
            const ImportEntity *b = first->target != TAUTAN_NONE ? g_ptr_array_index (self->entities, first->target) : NULL;

            if (a->generic || b == NULL || b->generic)
              {
                self->stats.n_filtered += ev.n;
                continue;
              }
          }
        g_array_append_val (events, ev);
        self->stats.n_kept += ev.n;
      }
  }

  if (events->len == 0)
    {
      g_set_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_EMPTY,
                   "no event to import: %" G_GUINT64_FORMAT " rows read, %" G_GUINT64_FORMAT " bad, %"
                   G_GUINT64_FORMAT " without an actor, %" G_GUINT64_FORMAT " left out by the filters",
                   self->stats.n_rows, self->stats.n_bad, self->stats.n_no_actor, self->stats.n_filtered);
      return FALSE;
    }

  {
    EventOrder eo = { records, order };

    g_qsort_with_data (events->data, (gint)events->len, sizeof (ImportEvent), compare_events, &eo);
  }

  /* Ids and types of what the events use, in the order they use it. */
  type_of_code = g_hash_table_new (g_str_hash, g_str_equal);
  used = g_hash_table_new (NULL, NULL);
  entity_order = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < events->len; i++)
    {
      const ImportEvent *ev = &g_array_index (events, ImportEvent, i);
      const ImportRecord *r0 = &records[order[ev->first]];
      const ImportActor *a = g_ptr_array_index (self->actor_list, r0->actor);

      use_entity (self, a->entity, used, entity_order);
      if (r0->target != TAUTAN_NONE)
        use_entity (self, ((ImportActor *)g_ptr_array_index (self->actor_list, r0->target))->entity,
                    used, entity_order);
      if (!g_hash_table_contains (type_of_code, r0->code))
        {
          const char *type = tautan_cameo_event_type_id (self->taxonomy, r0->code);
          const TautanCameoRootType *root = tautan_cameo_root_type (r0->code);

          g_hash_table_insert (type_of_code, (char *)r0->code, (char *)type);
          if (root != NULL && g_strcmp0 (type, root->id) == 0)
            root_used[atoi (root->root)] = TRUE;
        }
      for (guint k = 0; k < ev->n; k++)
        {
          ImportSrc *src = &g_array_index (self->sources, ImportSrc, records[order[ev->first + k]].source);

          if (src->id == 0)
            src->id = ++next_source;
        }
    }

  disambiguate (self, entity_order);
  assign_ids (self, entity_order);

  s = g_string_sized_new (1024 + events->len * 600);
  g_string_append (s, "{\"format\":\"tautan-dataset\",\"version\":1");
  {
    g_autofree char *title = self->title ? g_strdup (self->title) : default_title (self);
    g_autoptr(GString) description = g_string_new ("Machine-coded events imported by " PACKAGE_NAME " from ");
    gboolean gdelt = self->seen[IMPORT_SOURCE_GDELT1] || self->seen[IMPORT_SOURCE_GDELT2];

    if (gdelt)
      g_string_append (description, "the GDELT Project's event database (https://www.gdeltproject.org/)");
    if (self->seen[IMPORT_SOURCE_ICEWS])
      g_string_append_printf (description, "%sthe ICEWS coded event data", gdelt ? " and " : "");
    g_string_append (description, ". Each event is one or more database rows with the same actors, CAMEO code "
                                  "and day; its sources are the articles the rows name, with no quotes. Cite: ");
    if (gdelt)
      g_string_append (description, gdelt_citation);
    if (self->seen[IMPORT_SOURCE_ICEWS])
      g_string_append_printf (description, "%s%s", gdelt ? "; " : "", icews_citation);
    g_string_append (description, ".");

    json_member (s, "title", title);
    json_member (s, "description", description->str);
  }
  write_import_block (self, s);

  /* CAMEO roots no bundled type covers, as event types of their own. */
  g_string_append (s, ",\n\"taxonomy\":{\"event_types\":[");
  for (guint root = 1, n = 0; root <= 20; root++)
    if (root_used[root])
      {
        char code[3] = { (char)('0' + root / 10), (char)('0' + root % 10), 0 };
        const TautanCameoRootType *t = tautan_cameo_root_type (code);
        char color[8];

        g_snprintf (color, sizeof color, "#%06X", t->color);
        g_string_append (s, n++ ? ",\n" : "\n");
        g_string_append (s, "{\"id\":");
        json_string (s, t->id);
        json_member (s, "label", t->label);
        g_string_append (s, ",\"cameo\":[");
        json_string (s, t->root);
        g_string_append (s, "]");
        json_member (s, "plover", t->plover);
        if (t->plover == NULL)
          json_member (s, "plover_note", "PLOVER does not code plain statements");
        json_member (s, "quad_class", quad_id (t->quad_class));
        json_member (s, "color", color);
        g_string_append (s, "}");
      }
  g_string_append (s, "]}");

  /* Sources in the order the events first use them. */
  g_string_append (s, ",\n\"sources\":[");
  {
    g_autofree guint32 *by_id = g_new (guint32, MAX (next_source, 1));

    for (guint i = 0; i < self->sources->len; i++)
      {
        ImportSrc *src = &g_array_index (self->sources, ImportSrc, i);

        if (src->id != 0)
          by_id[src->id - 1] = i;
      }
    for (guint32 k = 0; k < next_source; k++)
      {
        ImportSrc *src = &g_array_index (self->sources, ImportSrc, by_id[k]);

        g_string_append (s, k ? ",\n" : "\n");
        g_string_append_printf (s, "{\"id\":\"src-%u\"", src->id);
        json_member (s, "outlet", src->outlet);
        json_member (s, "title", src->title);
        json_member (s, "url", src->url);
        g_string_append (s, ",\"language\":\"und\",\"published\":null");
        json_member (s, "published_note", src->note);
        g_string_append (s, ",\"origin\":\"own\",\"state_media\":false,\"text\":\"\"");
        json_member (s, "x-database", _tautan_import_source_name (src->kind));
        g_string_append (s, "}");
      }
  }

  g_string_append (s, "],\n\"entities\":[");
  for (guint i = 0; i < entity_order->len; i++)
    {
      const ImportEntity *e = g_ptr_array_index (self->entities, g_array_index (entity_order, guint32, i));

      g_string_append (s, i ? ",\n" : "\n");
      g_string_append (s, "{\"id\":");
      json_string (s, e->id);
      json_member (s, "name", e->name);
      json_member (s, "kind", tautan_entity_kind_to_string (e->kind));
      g_string_append (s, ",\"aliases\":[");
      for (guint k = 0; e->aliases != NULL && k < e->aliases->len; k++)
        {
          g_string_append (s, k ? "," : "");
          json_string (s, g_ptr_array_index (e->aliases, k));
        }
      g_string_append (s, "]");
      if (e->affiliation != TAUTAN_NONE)
        json_member (s, "affiliation", ((ImportEntity *)g_ptr_array_index (self->entities, e->affiliation))->id);
      if (e->role != NULL)
        json_member (s, "role", e->role);
      if (e->code != NULL)
        json_member (s, "x-cameo-actor", e->code);
      if (e->sectors != NULL)
        json_member (s, "x-icews-sectors", e->sectors);
      g_string_append (s, "}");
    }

  g_string_append (s, "],\n\"events\":[");
  event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < events->len; i++)
    {
      g_string_append (s, i ? ",\n" : "\n");
      write_event (self, s, &g_array_index (events, ImportEvent, i), order, type_of_code, event_ids);
    }
  g_string_append (s, "],\n\"quotes\":[]}\n");

  self->stats.n_events = events->len;
  self->stats.n_entities = entity_order->len;
  self->stats.n_sources = next_source;
  self->json = g_string_free_to_bytes (s);
  return TRUE;
}
