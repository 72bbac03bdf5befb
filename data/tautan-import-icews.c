/* tautan-import-icews.c: ICEWS coded event data and temporal-KG splits
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-import"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan/tautan-cameo.h"

#include "tautan-import-private.h"

/* Two layouts, told apart by the first line of each file:
 *
 * - the Dataverse "Coded Event Data" files: a header and 20 tab-separated
 *   columns, written by R, so a missing value is the text "NA";
 * - temporal knowledge-graph splits: subject, relation, object, date, no
 *   header, the relation as ICEWS's CAMEO event name. */
enum
{
  FORMAT_UNKNOWN,
  FORMAT_EVENTS,
  FORMAT_TRIPLES,
};

enum
{
  COL_EVENT_ID,
  COL_EVENT_DATE,
  COL_SOURCE_NAME,
  COL_SOURCE_SECTORS,
  COL_SOURCE_COUNTRY,
  COL_EVENT_TEXT,
  COL_CAMEO_CODE,
  COL_INTENSITY,
  COL_TARGET_NAME,
  COL_TARGET_SECTORS,
  COL_TARGET_COUNTRY,
  COL_STORY_ID,
  COL_SENTENCE_NUMBER,
  COL_PUBLISHER,
  COL_CITY,
  COL_DISTRICT,
  COL_PROVINCE,
  COL_COUNTRY,
  COL_LATITUDE,
  COL_LONGITUDE,
  N_EVENT_COLUMNS
};

static const char * const column_names[N_EVENT_COLUMNS] = {
  "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
  "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
  "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
};

static const char * const triple_names[4] = { "subject", "relation", "object", "date" };

typedef struct
{
  const char *p;
  gsize       len;
} Field;

/* Names may end in a no-break space (“Găgăuzia\u00A0”): trim every
 * Unicode space, not only ASCII ones. */
static Field
trim (Field f)
{
  const char *end = f.p + f.len;

  while (f.p < end && g_unichar_isspace (g_utf8_get_char (f.p)))
    f.p = g_utf8_next_char (f.p);
  while (end > f.p)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  f.len = (gsize)(end - f.p);
  return f;
}

static gboolean
is_missing (Field f)
{
  f = trim (f);
  return f.len == 0 || (f.len == 2 && memcmp (f.p, "NA", 2) == 0);
}

static const char *
intern_field (TautanImporter *self,
              Field           f)
{
  return is_missing (f) ? NULL : _tautan_importer_intern (self, trim (f).p, trim (f).len);
}

static gboolean
parse_date (Field      f,
            TautanDay *day)
{
  f = trim (f);
  return f.len == 10 && tautan_day_parse (f.p, f.len, day);
}

static gboolean
parse_double (Field   f,
              double *out)
{
  char buf[64];
  char *end = NULL;

  f = trim (f);
  if (f.len == 0 || f.len >= sizeof buf)
    return FALSE;
  memcpy (buf, f.p, f.len);
  buf[f.len] = 0;
  *out = g_ascii_strtod (buf, &end);
  return end == buf + f.len && isfinite (*out);
}

static gboolean
parse_id (Field   f,
          gint64 *id)
{
  guint64 v = 0;

  f = trim (f);
  if (f.len == 0 || f.len > 18)
    return FALSE;
  for (gsize i = 0; i < f.len; i++)
    {
      if (!g_ascii_isdigit (f.p[i]))
        return FALSE;
      v = v * 10 + (guint64)(f.p[i] - '0');
    }
  *id = (gint64)v;
  return TRUE;
}

static void
bad_field (ImportFile         *file,
           const char         *line,
           const Field        *f,
           guint               col,
           const char * const *names,
           const char         *reason)
{
  g_autofree char *value = g_strndup (f[col].p, MIN (f[col].len, 80));

  _tautan_importer_problem (file, line, f[col].p, "column %u (%s): “%s” %s; row skipped",
                            col + 1, names[col], value, reason);
}

static guint
split (const char *line,
       gsize       length,
       Field      *f,
       guint       max)
{
  const char *p = line, *end = line + length;
  guint n = 0;

  for (;;)
    {
      const char *tab = memchr (p, '\t', (gsize)(end - p));
      const char *stop = tab ? tab : end;

      if (n < max)
        f[n] = (Field) { p, (gsize)(stop - p) };
      n++;
      if (tab == NULL)
        return n;
      p = tab + 1;
    }
}

static gboolean
read_actor (ImportFile *file,
            Field       name,
            Field       sectors,
            Field       country,
            guint32    *index)
{
  TautanImporter *self = file->importer;
  ImportActor *actor;
  gboolean is_new;

  name = trim (name);
  if (is_missing (name))
    return FALSE;

  actor = _tautan_importer_actor (self, name.p, name.len, index, &is_new);
  if (is_new)
    {
      const char *paren;
      const char *code = NULL;

      actor->name = _tautan_importer_intern (self, name.p, name.len);
      actor->sectors = intern_field (self, sectors);
      actor->country = intern_field (self, country);
      actor->source = IMPORT_SOURCE_ICEWS;

      /* The country the filters compare: the Country column, else the
       * one in parentheses ("Police (Japan)"), else the name itself. */
      if (actor->country != NULL)
        code = tautan_cameo_country_code_for_name (actor->country);
      else if ((paren = strrchr (actor->name, '(')) != NULL && g_str_has_suffix (actor->name, ")"))
        {
          g_autofree char *inner = g_strndup (paren + 1, strlen (paren + 1) - 1);

          code = tautan_cameo_country_code_for_name (inner);
          if (code != NULL)
            actor->country = _tautan_importer_intern (self, inner, strlen (inner));
        }
      else if ((code = tautan_cameo_country_code_for_name (actor->name)) != NULL)
        actor->country = actor->name;
      _tautan_importer_actor_filters (self, actor, code);
    }
  return TRUE;
}

static void
read_event_row (ImportFile *file,
                const char *line,
                const Field *f)
{
  TautanImporter *self = file->importer;
  TautanImportStats *stats = _tautan_importer_stats (self);
  ImportRecord r = { 0 };
  Field code = trim (f[COL_CAMEO_CODE]);
  g_autoptr(GString) place = NULL;
  double d;

  r.kind = IMPORT_SOURCE_ICEWS;
  r.id = -1;
  if (!is_missing (f[COL_EVENT_ID]) && !parse_id (f[COL_EVENT_ID], &r.id))
    {
      bad_field (file, line, f, COL_EVENT_ID, column_names, "is not an event id");
      return;
    }
  if (!parse_date (f[COL_EVENT_DATE], &r.day))
    {
      bad_field (file, line, f, COL_EVENT_DATE, column_names, "is not a date (YYYY-MM-DD)");
      return;
    }
  if (code.len >= 2 && code.len <= 4)
    {
      memcpy (r.code, code.p, code.len);
      r.code[code.len] = 0;
    }
  if (!tautan_cameo_event_code_valid (r.code))
    {
      bad_field (file, line, f, COL_CAMEO_CODE, column_names, "is not a CAMEO event code");
      return;
    }
  r.quad = (guint8)tautan_cameo_event_quad_class (r.code);
  r.goldstein = NAN;
  if (!is_missing (f[COL_INTENSITY]))
    {
      if (!parse_double (f[COL_INTENSITY], &d) || d < -10 || d > 10)
        {
          bad_field (file, line, f, COL_INTENSITY, column_names, "is not an intensity (−10 to 10)");
          return;
        }
      r.goldstein = (float)d;
    }
  else if (tautan_cameo_event_goldstein (r.code, &d))
    r.goldstein = (float)d;
  r.tone = NAN;
  r.mentions = 1;

  if (!read_actor (file, f[COL_SOURCE_NAME], f[COL_SOURCE_SECTORS], f[COL_SOURCE_COUNTRY], &r.actor))
    {
      stats->n_no_actor++;
      return;
    }
  if (!read_actor (file, f[COL_TARGET_NAME], f[COL_TARGET_SECTORS], f[COL_TARGET_COUNTRY], &r.target))
    r.target = TAUTAN_NONE;

  /* Event ids repeat across dates upstream; (id, date) does not. */
  if (r.id >= 0 && _tautan_importer_seen_id (self, IMPORT_SOURCE_ICEWS,
                                             (gint64)((guint64)r.id << 24 | ((guint64)(r.day - TAUTAN_DAY_MIN) & 0xFFFFFF))))
    return;

  place = g_string_new (NULL);
  for (guint col = COL_CITY; col <= COL_COUNTRY; col++)
    if (!is_missing (f[col]))
      {
        Field t = trim (f[col]);

        g_string_append_printf (place, "%s%.*s", place->len ? ", " : "", (int)t.len, t.p);
      }
  r.location = place->len ? _tautan_importer_intern (self, place->str, place->len) : NULL;
  r.lat = r.lon = NAN;
  if (r.location != NULL && parse_double (f[COL_LATITUDE], &d) && fabs (d) <= 90)
    r.lat = (float)d;
  if (r.location != NULL && parse_double (f[COL_LONGITUDE], &d) && fabs (d) <= 180)
    r.lon = (float)d;

  if (!_tautan_importer_wants (self, &r))
    return;

  if (!is_missing (f[COL_STORY_ID]))
    {
      Field story = trim (f[COL_STORY_ID]);
      g_autofree char *key = g_strdup_printf ("icews-story:%.*s", (int)story.len, story.p);
      g_autofree char *title = g_strdup_printf ("ICEWS story %.*s", (int)story.len, story.p);
      g_autofree char *outlet = is_missing (f[COL_PUBLISHER]) ? g_strdup ("Unknown publisher")
                                                               : g_strndup (trim (f[COL_PUBLISHER]).p, trim (f[COL_PUBLISHER]).len);

      r.source = _tautan_importer_source (self, key, strlen (key), outlet, title, NULL,
                                          "ICEWS gives the event's date, not the story's", IMPORT_SOURCE_ICEWS);
    }
  else
    {
      g_autofree char *key = g_strdup_printf ("icews-file:%s", file->name);
      g_autofree char *title = g_path_get_basename (file->name);

      r.source = _tautan_importer_source (self, key, strlen (key), "ICEWS", title, NULL,
                                          "ICEWS records without a story", IMPORT_SOURCE_ICEWS);
    }
  _tautan_importer_add_record (self, &r);
}

static void
read_triple (ImportFile  *file,
             const char  *line,
             const Field *f)
{
  TautanImporter *self = file->importer;
  TautanImportStats *stats = _tautan_importer_stats (self);
  ImportRecord r = { 0 };
  Field relation = trim (f[1]);
  g_autofree char *name = g_strndup (relation.p, relation.len);
  const char *code = tautan_cameo_event_code_for_name (name);
  Field none = { "", 0 };
  double d;

  if (code == NULL || strlen (code) >= sizeof r.code)
    {
      bad_field (file, line, f, 1, triple_names, "is not an ICEWS event name");
      return;
    }
  if (!parse_date (f[3], &r.day))
    {
      bad_field (file, line, f, 3, triple_names, "is not a date (YYYY-MM-DD)");
      return;
    }
  strcpy (r.code, code);
  r.kind = IMPORT_SOURCE_ICEWS;
  r.id = -1;
  r.line = (guint32)MIN (file->line, G_MAXUINT32);
  r.quad = (guint8)tautan_cameo_event_quad_class (r.code);
  r.goldstein = tautan_cameo_event_goldstein (r.code, &d) ? (float)d : NAN;
  r.tone = r.lat = r.lon = NAN;
  r.mentions = 1;

  if (!read_actor (file, f[0], none, none, &r.actor))
    {
      stats->n_no_actor++;
      return;
    }
  if (!read_actor (file, f[2], none, none, &r.target))
    r.target = TAUTAN_NONE;

  if (!_tautan_importer_wants (self, &r))
    return;

  {
    g_autofree char *key = g_strdup_printf ("icews-file:%s", file->name);
    g_autofree char *title = g_path_get_basename (file->name);

    r.source = _tautan_importer_source (self, key, strlen (key), "ICEWS", title, NULL,
                                        "a temporal knowledge-graph split of ICEWS: subject, relation, object "
                                        "and date, with no story or publisher", IMPORT_SOURCE_ICEWS);
  }
  _tautan_importer_add_record (self, &r);
}

/**
 * _tautan_import_icews_line:
 * @file: the file and line number
 * @line: one line, without its line break
 * @length: its length
 *
 * Reads a header, an event row or a triple, by what the file's first line
 * was.
 */
void
_tautan_import_icews_line (ImportFile *file,
                           const char *line,
                           gsize       length)
{
  TautanImporter *self = file->importer;
  Field f[N_EVENT_COLUMNS];
  const char *bad = NULL;
  guint n;

  if (length == 0)
    return;

  if (file->format == FORMAT_UNKNOWN && length >= 9 && memcmp (line, "Event ID\t", 9) == 0)
    {
      file->format = FORMAT_EVENTS;
      return;
    }

  _tautan_importer_stats (self)->n_rows++;
  if (!g_utf8_validate_len (line, length, &bad))
    {
      _tautan_importer_problem (file, line, bad, "not valid UTF-8 text; row skipped");
      return;
    }
  if ((bad = _tautan_import_find_noncharacter (line, length)) != NULL)
    {
      _tautan_importer_problem (file, line, bad, "noncharacter U+%04X is not text; row skipped",
                                g_utf8_get_char (bad));
      return;
    }

  n = split (line, length, f, N_EVENT_COLUMNS);
  if (file->format == FORMAT_UNKNOWN)
    file->format = n == N_EVENT_COLUMNS ? FORMAT_EVENTS : n == 4 ? FORMAT_TRIPLES : FORMAT_UNKNOWN;

  if (file->format == FORMAT_EVENTS && n == N_EVENT_COLUMNS)
    read_event_row (file, line, f);
  else if (file->format == FORMAT_TRIPLES && n == 4)
    read_triple (file, line, f);
  else
    _tautan_importer_problem (file, line, line,
                              "%u tab-separated columns: ICEWS event files have 20, subject-relation-object-date "
                              "files 4%s; row skipped", n,
                              file->format == FORMAT_EVENTS ? " (this file has 20)"
                              : file->format == FORMAT_TRIPLES ? " (this file has 4)" : "");
}

/* Resolving actors into entities */

static const char * const media_words[] = {
  "media", "newspaper", "journalist", "news", "television", "radio", "press", "agence", "times", "post",
  "tv", "xinhua", "reuters", "tass", "interfax", "yonhap", "kcna", "bbc", "cnn", "journal", "gazette",
  "herald", "tribune", "broadcasting", "jazeera", "editor", NULL
};

static const char * const armed_words[] = {
  "armed", "militia", "militias", "militant", "militants", "combatant", "attacker", "guerrilla", "guerrillas",
  "insurgent", "insurgents", "rebel", "rebels", "terrorist", "terrorists", "separatist", "separatists",
  "paramilitary", "gunmen", "gunman", "extremist", "extremists", "taliban", "qaeda", "shabaab", "boko", "hamas",
  "hezbollah", "hizballah", "isis", "isil", "farc", "mujahideen", "jihad", "brigade", "brigades", "tigers",
  "army", "houthis", "shabiha", "nusra", "lashkar", NULL
};

static const char * const crowd_words[] = {
  "citizen", "citizens", "men", "women", "children", "protester", "protesters", "rioter", "rioters",
  "criminal", "criminals", "thief", "thieves", "villager", "villagers", "immigrants", "immigrant", "population",
  "detainee", "detainees", "prisoner", "prisoners", "student", "students", "activist", "activists", "employee",
  "employees", "businessperson", "lawyer", "worker", "workers", "indigenous", "refugee", "refugees", "migrant",
  "migrants", "displaced", "youth", "voter", "voters", "fisherman", "fishermen", "teacher", "teachers", "doctor",
  "doctors", "victim", "victims", "hostage", "hostages", "civilian", "civilians", "farmer", "farmers", "family",
  "people", "member", "members", "supporter", "supporters", "unidentified", "unspecified", "personnel",
  "person", "persons", "group", "mob", "crowd", "squatter", "squatters", "inmate", "inmates", "patient",
  "patients", "tourist", "tourists", "pilgrim", "pilgrims", "smuggler", "smugglers", "settler", "settlers",
  NULL
};

static const char * const org_words[] = {
  "union", "nations", "council", "organization", "organisation", "organizations", "fund", "bank", "agency",
  "association", "party", "forces", "navy", "court", "parliament", "assembly", "committee", "commission",
  "movement", "front", "watch", "ministry", "government", "congress", "senate", "federation", "league",
  "alliance", "company", "corporation", "inc", "university", "church", "coalition", "office", "department",
  "institute", "secretariat", "cross", "amnesty", "international", "janata", "kuomintang", "nato", "asean",
  "opec", "iaea", "unesco", "unicef", "community", "foundation", "board", "authority", "police", "service",
  "club", "society", "cabinet", "administration", "legislature", "judiciary", "military", "group", "sena",
  "brotherhood", "conference", "tribunal", "interpol", "programme", "program", NULL
};

/* States CAMEO has no code for. */
static const char * const extra_states[] = { "South Sudan", "Kosovo", NULL };

static gboolean
is_extra_state (const char *name)
{
  for (guint i = 0; extra_states[i] != NULL; i++)
    if (g_ascii_strcasecmp (name, extra_states[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A named actor: person unless its name says otherwise. A guess, as
 * neither file says which. */
static TautanEntityKind
kind_of_name (const char *name)
{
  if (_tautan_import_has_word (name, armed_words))
    return TAUTAN_ENTITY_ARMED_GROUP;
  if (_tautan_import_has_word (name, media_words))
    return TAUTAN_ENTITY_MEDIA;
  if (_tautan_import_has_word (name, org_words))
    return TAUTAN_ENTITY_ORGANISATION;
  return TAUTAN_ENTITY_PERSON;
}

static TautanEntityKind
kind_of_sector (const char *sector)
{
  if (_tautan_import_has_word (sector, media_words))
    return TAUTAN_ENTITY_MEDIA;
  if (_tautan_import_has_word (sector, armed_words))
    return TAUTAN_ENTITY_ARMED_GROUP;
  if (_tautan_import_has_word (sector, crowd_words))
    return TAUTAN_ENTITY_UNNAMED_GROUP;
  return TAUTAN_ENTITY_ORGANISATION;
}

static guint32
resolve_name (TautanImporter *self,
              const char     *name,
              const char     *country,
              const char     *sectors)
{
  g_autofree char *key = NULL;
  g_autofree char *folded = NULL;
  const char *paren = strrchr (name, '(');
  guint32 e;

  /* "Police (Japan)", "Militant (Taliban)": a sector of a state or group. */
  if (paren != NULL && paren > name && g_str_has_suffix (name, ")"))
    {
      g_autofree char *inner = g_strndup (paren + 1, strlen (paren + 1) - 1);
      g_autofree char *sector = g_strstrip (g_strndup (name, (gsize)(paren - name)));
      TautanEntityKind kind = kind_of_sector (sector);
      guint32 affiliation;

      if (tautan_cameo_country_code_for_name (inner) != NULL || is_extra_state (inner) ||
          (country != NULL && g_utf8_collate (inner, country) == 0))
        affiliation = _tautan_importer_country (self, NULL, inner);
      else
        affiliation = resolve_name (self, inner, NULL, NULL);

      key = g_strconcat ("i:", name, NULL);
      e = _tautan_importer_entity (self, key, name, kind, TRUE);
      _tautan_importer_entity_set (self, e, affiliation, sector, NULL, sectors);
      return e;
    }

  if (tautan_cameo_country_code_for_name (name) != NULL || is_extra_state (name) ||
      (sectors == NULL && country != NULL && g_utf8_collate (name, country) == 0))
    return _tautan_importer_country (self, NULL, name);

  folded = g_utf8_casefold (name, -1);
  key = g_strconcat ("i:", name, NULL);
  if (g_str_has_prefix (folded, "unspecified") || g_str_has_prefix (folded, "unidentified"))
    e = _tautan_importer_entity (self, key, name, TAUTAN_ENTITY_UNNAMED_GROUP, TRUE);
  else
    e = _tautan_importer_entity (self, key, name, kind_of_name (name), FALSE);
  if (country != NULL)
    _tautan_importer_entity_set (self, e, _tautan_importer_country (self, NULL, country), NULL, NULL, sectors);
  else
    _tautan_importer_entity_set (self, e, TAUTAN_NONE, NULL, NULL, sectors);
  return e;
}

/**
 * _tautan_import_icews_resolve:
 * @self: the importer, its rows read
 *
 * Turns ICEWS's actors into entities: countries into states (however
 * ICEWS spells them), "Sector (Country)" actors into groups affiliated
 * with their state, other names into people or organisations, affiliated
 * with the Country column where the file has one.
 */
void
_tautan_import_icews_resolve (TautanImporter *self)
{
  GPtrArray *actors = _tautan_importer_actors (self);

  for (guint i = 0; i < actors->len; i++)
    {
      ImportActor *a = g_ptr_array_index (actors, i);

      if (a->source != IMPORT_SOURCE_ICEWS)
        continue;
      a->entity = resolve_name (self, a->name, a->country, a->sectors);
    }
}
