/* tautan-import-gdelt.c: GDELT 1.0 daily and 2.0 15-minute event exports
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

/* Both versions: tab-separated, no header, no quoting. 1.0 rows have 57
 * columns, 58 from April 2013 on (SOURCEURL); 2.0 rows have 61 (an
 * ADM2Code after each of the three ADM1Codes). */
enum
{
  COL_ID = 0,
  COL_SQLDATE = 1,
  COL_ACTOR1 = 5,              /* Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1-3 */
  COL_ACTOR2 = 15,
  COL_EVENT_CODE = 26,
  COL_QUAD_CLASS = 29,
  COL_GOLDSTEIN = 30,
  COL_NUM_MENTIONS = 31,
  COL_NUM_SOURCES = 32,
  COL_NUM_ARTICLES = 33,
  COL_AVG_TONE = 34,
  COL_GEO = 35,                /* three blocks: Type, FullName, CountryCode, ADM1Code, [ADM2Code,] Lat, Long, FeatureID */
  MAX_COLUMNS = 61,
};

#define ACTOR_CODE          0
#define ACTOR_NAME          1
#define ACTOR_COUNTRY       2
#define ACTOR_KNOWN_GROUP   3
#define ACTOR_TYPE1         7

static const char * const column_names[MAX_COLUMNS] = {
  [COL_ID] = "GLOBALEVENTID", [COL_SQLDATE] = "SQLDATE", [COL_EVENT_CODE] = "EventCode",
  [COL_QUAD_CLASS] = "QuadClass", [COL_GOLDSTEIN] = "GoldsteinScale", [COL_NUM_MENTIONS] = "NumMentions",
  [COL_NUM_SOURCES] = "NumSources", [COL_NUM_ARTICLES] = "NumArticles", [COL_AVG_TONE] = "AvgTone",
};

typedef struct
{
  const char *p;
  gsize       len;
} Field;

/* Fields often carry stray spaces in 1.0 files (" USA", "EUROPE "). */
static Field
trim (Field f)
{
  while (f.len > 0 && g_ascii_isspace (f.p[0]))
    {
      f.p++;
      f.len--;
    }
  while (f.len > 0 && g_ascii_isspace (f.p[f.len - 1]))
    f.len--;
  return f;
}

static gboolean
parse_uint (Field    f,
            guint64  max,
            guint64 *out)
{
  guint64 v = 0;

  f = trim (f);
  if (f.len == 0 || f.len > 19)
    return FALSE;
  for (gsize i = 0; i < f.len; i++)
    {
      if (!g_ascii_isdigit (f.p[i]))
        return FALSE;
      v = v * 10 + (guint64)(f.p[i] - '0');
    }
  if (v > max)
    return FALSE;
  *out = v;
  return TRUE;
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
parse_day (Field      f,
           TautanDay *day)
{
  guint64 v;
  int y, m, d;

  f = trim (f);
  if (f.len != 8 || !parse_uint (f, 99999999, &v))
    return FALSE;
  y = (int)(v / 10000);
  m = (int)(v / 100 % 100);
  d = (int)(v % 100);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > tautan_days_in_month (y, m))
    return FALSE;
  *day = tautan_day_from_ymd (y, m, d);
  return TRUE;
}

static const char *
intern_field (TautanImporter *self,
              Field           f)
{
  f = trim (f);
  return f.len > 0 ? _tautan_importer_intern (self, f.p, f.len) : NULL;
}

/* The actor in the ten columns from @f, NULL when the row has none. */
static gboolean
read_actor (ImportFile   *file,
            const Field  *f,
            ImportSource  kind,
            guint32      *index)
{
  TautanImporter *self = file->importer;
  Field code = trim (f[ACTOR_CODE]);
  Field name = trim (f[ACTOR_NAME]);
  char key[256];
  gsize len;
  gboolean is_new;
  ImportActor *actor;

  if (code.len == 0)
    return FALSE;

  /* Identity as GDELT codes it: the code and the name it was seen by. */
  len = MIN (code.len, 100);
  memcpy (key, code.p, len);
  key[len++] = '\t';
  memcpy (key + len, name.p, MIN (name.len, 150));
  len += MIN (name.len, 150);

  actor = _tautan_importer_actor (self, key, len, index, &is_new);
  if (is_new)
    {
      actor->code = intern_field (self, code);
      actor->name = name.len ? intern_field (self, name) : actor->code;
      actor->country = intern_field (self, f[ACTOR_COUNTRY]);
      actor->known_group = intern_field (self, f[ACTOR_KNOWN_GROUP]);
      for (guint t = 0; t < 3; t++)
        actor->types[t] = intern_field (self, f[ACTOR_TYPE1 + t]);
      actor->source = kind;
      _tautan_importer_actor_filters (self, actor, actor->country);
    }
  return TRUE;
}

static char *
outlet_of (const char *url)
{
  const char *host = strstr (url, "://");
  const char *end;

  if (host == NULL)
    return g_strdup (url);
  host += 3;
  end = host + strcspn (host, "/:?#");
  if (end - host > 4 && g_ascii_strncasecmp (host, "www.", 4) == 0)
    host += 4;
  return g_strndup (host, (gsize)(end - host));
}

static guint32
read_source (ImportFile   *file,
             Field         url_field,
             Field         added,
             ImportSource  kind)
{
  TautanImporter *self = file->importer;
  Field url = trim (url_field);
  g_autofree char *url_text = g_strndup (url.p, url.len);
  g_autofree char *note = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *title = NULL;
  gboolean is_url = g_str_has_prefix (url_text, "http://") || g_str_has_prefix (url_text, "https://");
  const char *version = kind == IMPORT_SOURCE_GDELT2 ? "GDELT 2.0" : "GDELT 1.0";
  TautanDay day;

  if (url.len == 0)
    {
      /* 57-column 1.0 files predate SOURCEURL: the database is the source. */
      return _tautan_importer_source (self, "gdelt:no-url", 12, version,
                                      "GDELT event export without source URLs", NULL,
                                      "GDELT 1.0 rows before April 2013 name no article", kind);
    }

  added.len = MIN (added.len, 8);
  if (parse_day (added, &day))
    {
      char buf[11];

      tautan_day_format_buf (day, buf);
      note = g_strdup_printf ("%s gives no publication date; the article reached it on %s (DATEADDED)", version, buf);
    }
  else
    note = g_strdup_printf ("%s gives no publication date", version);

  /* 1.0 names some sources only by agency ("BBC Monitoring"). */
  outlet = outlet_of (url_text);
  title = is_url ? g_strdup (url_text) : g_strdup_printf ("%s report (%s gives no URL)", url_text, version);
  return _tautan_importer_source (self, url.p, url.len, outlet, title, is_url ? url_text : NULL, note, kind);
}

static void
bad_field (ImportFile  *file,
           const char  *line,
           const Field *f,
           guint        col,
           const char  *reason)
{
  g_autofree char *value = g_strndup (f[col].p, MIN (f[col].len, 80));

  _tautan_importer_problem (file, line, f[col].p, "column %u (%s): “%s” %s; row skipped",
                            col + 1, column_names[col], value, reason);
}

/**
 * _tautan_import_gdelt_line:
 * @file: the file and line number
 * @line: one row, without its line break
 * @length: its length
 *
 * Reads one event row. A bad row gets a diagnostic naming the column.
 */
void
_tautan_import_gdelt_line (ImportFile *file,
                           const char *line,
                           gsize       length)
{
  TautanImporter *self = file->importer;
  TautanImportStats *stats = _tautan_importer_stats (self);
  Field f[MAX_COLUMNS];
  guint n = 0, geo, extra;
  const char *p = line, *end = line + length, *bad = NULL;
  ImportRecord r = { 0 };
  ImportSource kind;
  guint64 v;
  double d;
  Field code;

  if (length == 0)
    return;
  stats->n_rows++;

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

  for (;;)
    {
      const char *tab = memchr (p, '\t', (gsize)(end - p));
      const char *stop = tab ? tab : end;

      if (n < MAX_COLUMNS)
        f[n] = (Field) { p, (gsize)(stop - p) };
      n++;
      if (tab == NULL)
        break;
      p = tab + 1;
    }

  if (n != 57 && n != 58 && n != 61)
    {
      _tautan_importer_problem (file, line, line,
                                "%u tab-separated columns: GDELT 1.0 rows have 57 or 58, GDELT 2.0 rows 61; "
                                "row skipped", n);
      return;
    }
  kind = n == 61 ? IMPORT_SOURCE_GDELT2 : IMPORT_SOURCE_GDELT1;
  extra = n == 61 ? 1 : 0;
  geo = COL_GEO + 2 * (4 + extra + 3);        /* the ActionGeo block */

  if (!parse_uint (f[COL_ID], G_MAXINT64, &v))
    {
      bad_field (file, line, f, COL_ID, "is not an event id");
      return;
    }
  r.id = (gint64)v;
  if (!parse_day (f[COL_SQLDATE], &r.day))
    {
      bad_field (file, line, f, COL_SQLDATE, "is not a date (YYYYMMDD)");
      return;
    }

  code = trim (f[COL_EVENT_CODE]);
  if (code.len >= 2 && code.len <= 4)
    {
      memcpy (r.code, code.p, code.len);
      r.code[code.len] = 0;
    }
  if (!tautan_cameo_event_code_valid (r.code))
    {
      bad_field (file, line, f, COL_EVENT_CODE, "is not a CAMEO event code");
      return;
    }

  if (!parse_uint (f[COL_QUAD_CLASS], 4, &v) || v < 1)
    {
      bad_field (file, line, f, COL_QUAD_CLASS, "is not a QuadClass (1 to 4)");
      return;
    }
  r.quad = (guint8)(v - 1);

  r.goldstein = NAN;
  if (trim (f[COL_GOLDSTEIN]).len > 0)
    {
      if (!parse_double (f[COL_GOLDSTEIN], &d) || d < -10 || d > 10)
        {
          bad_field (file, line, f, COL_GOLDSTEIN, "is not a Goldstein score (−10 to 10)");
          return;
        }
      r.goldstein = (float)d;
    }

  for (guint col = COL_NUM_MENTIONS; col <= COL_NUM_ARTICLES; col++)
    {
      if (!parse_uint (f[col], G_MAXUINT32, &v))
        {
          bad_field (file, line, f, col, "is not a count");
          return;
        }
      if (col == COL_NUM_MENTIONS)
        r.mentions = (guint32)v;
      else if (col == COL_NUM_SOURCES)
        r.n_sources = (guint32)v;
      else
        r.articles = (guint32)v;
    }

  r.tone = NAN;
  if (trim (f[COL_AVG_TONE]).len > 0)
    {
      if (!parse_double (f[COL_AVG_TONE], &d) || fabs (d) > 100)
        {
          bad_field (file, line, f, COL_AVG_TONE, "is not a tone (−100 to 100)");
          return;
        }
      r.tone = (float)d;
    }

  /* GDELT codes many events with no actor it could name. */
  if (!read_actor (file, &f[COL_ACTOR1], kind, &r.actor))
    {
      stats->n_no_actor++;
      return;
    }
  if (!read_actor (file, &f[COL_ACTOR2], kind, &r.target))
    r.target = TAUTAN_NONE;

  if (_tautan_importer_seen_id (self, kind, r.id))
    return;

  r.kind = kind;
  r.location = intern_field (self, f[geo + 1]);
  r.lat = r.lon = NAN;
  if (r.location != NULL && parse_double (f[geo + 4 + extra], &d) && fabs (d) <= 90)
    r.lat = (float)d;
  if (r.location != NULL && parse_double (f[geo + 5 + extra], &d) && fabs (d) <= 180)
    r.lon = (float)d;

  if (!_tautan_importer_wants (self, &r))
    return;

  r.source = read_source (file, n > 57 ? f[n - 1] : (Field) { "", 0 }, f[n > 57 ? n - 2 : n - 1], kind);
  _tautan_importer_add_record (self, &r);
}

/* Resolving actors into entities */

/* Words of a name that say what someone is, not who: a name made only of
 * them ("PRIME MINISTER", "POLICE") is the code's role, not a name. */
static const char * const role_words[] = {
  "government", "governments", "president", "presidents", "presidential", "prime", "minister", "ministers",
  "ministry", "foreign", "defense", "defence", "interior", "finance", "official", "officials", "authorities",
  "authority", "administration", "regime", "leader", "leaders", "leadership", "cabinet", "parliament",
  "parliamentary", "lawmaker", "lawmakers", "legislator", "legislators", "legislature", "senate", "senator",
  "senators", "congress", "congressman", "assembly", "council", "court", "courts", "supreme", "judge", "judges",
  "judiciary", "prosecutor", "prosecutors", "attorney", "attorneys", "lawyer", "lawyers", "police", "policeman",
  "policemen", "officer", "officers", "cop", "cops", "military", "army", "troops", "soldier", "soldiers", "forces",
  "force", "navy", "armed", "security", "intelligence", "spy", "agent", "agents", "rebel", "rebels", "insurgent",
  "insurgents", "militant", "militants", "gunman", "gunmen", "terrorist", "terrorists", "separatist",
  "separatists", "opposition", "party", "activist", "activists", "protester", "protesters", "protestors",
  "demonstrator", "demonstrators", "student", "students", "school", "schools", "university", "teacher",
  "teachers", "company", "companies", "business", "businesses", "firm", "firms", "bank", "banks", "industry",
  "corporation", "employer", "employee", "employees", "worker", "workers", "union", "unions", "farmer", "farmers",
  "media", "newspaper", "journalist", "journalists", "reporter", "reporters", "spokesman", "spokeswoman",
  "spokesperson", "citizen", "citizens", "resident", "residents", "people", "civilian", "civilians", "villager",
  "villagers", "man", "men", "woman", "women", "child", "children", "youth", "family", "families", "victim",
  "victims", "refugee", "refugees", "migrant", "migrants", "immigrant", "immigrants", "prisoner", "prisoners",
  "detainee", "detainees", "criminal", "criminals", "thief", "thieves", "gang", "gangs", "doctor", "doctors",
  "hospital", "health", "patient", "patients", "church", "priest", "cleric", "clerics", "the", "state", "states",
  "national", "federal", "local", "city", "mayor", "governor", "embassy", "ambassador", "envoy", "diplomat",
  "diplomats", "delegation", "committee", "commission", "agency", "department", "office", "group", "groups",
  "community", "international", "country", "nation", "crowd", "mob", "administrator", "chief", "head",
  "general", "commander", "member", "members", "candidate", "voter", "voters", "investor", "investors",
  "shop", "owner", "owners", "neighborhood", "neighbourhood", "defendant", "suspect", "suspects", "inmate",
  "inmates", "executive", "executives", "king", "queen", "prince", "monarch", "pope", "bishop", "imam",
  NULL
};

/* Words that mark a name as an organisation's or a place's, not a
 * person's. */
static const char * const org_words[] = {
  "bank", "corp", "corporation", "inc", "plc", "ltd", "co", "company", "group", "oil", "energy", "electric",
  "industries", "resources", "motors", "airways", "airlines", "holdings", "fund", "union", "nations",
  "organization", "organisation", "association", "press", "radio", "journal", "news", "times", "post",
  "television", "tv", "broadcasting", "network", "agency", "commission", "council", "court", "house", "office",
  "street", "city", "army", "forces", "party", "front", "movement", "club", "federation", "watch", "ministry",
  "department", "university", "school", "college", "institute", "hospital", "church", "republic", "kingdom",
  "states", "islands", "island", "county", "district", "region", "province", "america", "africa", "african",
  "europe", "european", "asia", "asian", "new", "san", "los", "saint", "st", "fort", "lake", "river", "mount",
  "west", "east", "north", "south", "central", "western", "eastern", "northern", "southern", "united", "national", "international", "world", "global",
  "foundation", "society", "trust", "team", "league", "brigade", "brigades", "klan", "jazeera", "qaeda", "qaida",
  "rouge", "center", "centre", "service", "services", "systems", "bureau", "reserve", "exchange", "market",
  "markets", "capital", "partners", "foods", "pharmaceuticals", "technologies", "media", "sea", "gulf", "bay",
  NULL
};

static const char * const armed_types[] = { "REB", "INS", "SEP", "UAF", "IMG", NULL };
static const char * const org_types[] = { "MNC", "IGO", "NGO", "NGM", NULL };
static const char * const crowd_types[] = { "CVL", "REF", NULL };

static gboolean
has_type (const ImportActor  *actor,
          const char * const *types)
{
  for (guint t = 0; t < 3; t++)
    for (guint i = 0; actor->types[t] != NULL && types[i] != NULL; i++)
      if (strcmp (actor->types[t], types[i]) == 0)
        return TRUE;
  return FALSE;
}

static gboolean
only_role_words (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " -'.,", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = NULL;
      gboolean role = FALSE;

      if (*words[i] == 0)
        continue;
      n++;
      lower = g_ascii_strdown (words[i], -1);
      for (guint k = 0; role_words[k] != NULL && !role; k++)
        role = strcmp (lower, role_words[k]) == 0;
      if (!role)
        return FALSE;
    }
  return TRUE;
}

/* "VLADIMIR PUTIN", "KIM KWAN JIN": two to four words of letters, none
 * an organisation's or a role's. A guess: GDELT does not say. */
static gboolean
looks_like_person (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == 0)
        continue;
      n++;
      for (const char *c = words[i]; *c; c++)
        if (!g_ascii_isalpha (*c) && *c != '-' && *c != '\'' && *c != '.')
          return FALSE;
    }
  if (n < 2 || n > 4 || tautan_cameo_country_code_for_name (name) != NULL)
    return FALSE;
  return !_tautan_import_has_word (name, org_words) && !_tautan_import_has_word (name, role_words);
}

static char *
type_labels (const ImportActor *actor)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint t = 0; t < 3; t++)
    {
      const char *label = actor->types[t] ? tautan_cameo_actor_type_label (actor->types[t]) : NULL;

      if (label != NULL && strstr (s->str, label) == NULL)
        g_string_append_printf (s, "%s%s", s->len ? ", " : "", label);
    }
  return s->len ? g_string_free (g_steal_pointer (&s), FALSE) : NULL;
}

/* Kind from the actor's types; a role actor of civilians or refugees is
 * an unnamed group, a named one keeps @otherwise. */
static TautanEntityKind
kind_of (const ImportActor *actor,
         gboolean           named,
         TautanEntityKind   otherwise)
{
  if (has_type (actor, armed_types))
    return TAUTAN_ENTITY_ARMED_GROUP;
  for (guint t = 0; t < 3; t++)
    if (actor->types[t] != NULL && strcmp (actor->types[t], "MED") == 0)
      return TAUTAN_ENTITY_MEDIA;
  if (has_type (actor, org_types))
    return TAUTAN_ENTITY_ORGANISATION;
  if (!named && has_type (actor, crowd_types))
    return TAUTAN_ENTITY_UNNAMED_GROUP;
  return otherwise;
}

static gboolean
is_country_code (const char *code)
{
  return code != NULL && strlen (code) == 3 && tautan_cameo_country_label (code) != NULL;
}

/**
 * _tautan_import_gdelt_resolve:
 * @self: the importer, its rows read
 *
 * Turns GDELT's actors into entities:
 *
 * - a bare country or region code ("USA") is the state, named as CAMEO
 *   names it, whatever name the row gave ("WASHINGTON", "AMERICAN");
 * - a code with a known group ("IGOUNO", "IGOUNOGOV") is that group;
 * - a code whose name only repeats the state's or a role ("USAGOV" as
 *   "UNITED STATES", "USAGOV" as "PRESIDENT") is that state's institution,
 *   "Government (United States)", one per country and set of roles;
 * - any other name is its own entity, a person or an organisation,
 *   affiliated with its country ("RUSGOV" as "VLADIMIR PUTIN").
 *
 * Codes with neither country nor group ("GOV" as "GOVERNMENT") become
 * unnamed groups, "Government (no country)".
 */
void
_tautan_import_gdelt_resolve (TautanImporter *self)
{
  GPtrArray *actors = _tautan_importer_actors (self);
  g_autoptr(GHashTable) country_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* The names GDELT gives each country, to tell "USAGOV / AMERICAN" (the
   * US government) from "USAGOV / BARACK OBAMA" (a person). */
  for (guint i = 0; i < actors->len; i++)
    {
      const ImportActor *a = g_ptr_array_index (actors, i);

      if (a->source != IMPORT_SOURCE_ICEWS && is_country_code (a->code))
        g_hash_table_add (country_names, g_strdup_printf ("%s\t%s", a->code, a->name));
    }

  for (guint i = 0; i < actors->len; i++)
    {
      ImportActor *a = g_ptr_array_index (actors, i);
      g_autofree char *title = NULL;
      g_autofree char *roles = NULL;
      g_autofree char *key = NULL;
      g_autofree char *label = NULL;
      g_autofree char *seen_as = NULL;
      g_autofree char *upper_label = NULL;
      const char *country = is_country_code (a->country) ? a->country : NULL;
      guint32 affiliation = TAUTAN_NONE;
      guint32 e;

      if (a->source == IMPORT_SOURCE_ICEWS)
        continue;

      title = _tautan_import_title_case (a->name);
      if (is_country_code (a->code))
        {
          a->entity = _tautan_importer_country (self, a->code, NULL);
          _tautan_importer_entity_alias (self, a->entity, title);
          continue;
        }

      roles = type_labels (a);
      if (country != NULL)
        {
          affiliation = _tautan_importer_country (self, country, NULL);
          upper_label = g_ascii_strup (tautan_cameo_country_label (country), -1);
          seen_as = g_strdup_printf ("%s\t%s", country, a->name);
        }

      if (a->known_group != NULL && tautan_cameo_known_group_label (a->known_group) != NULL)
        {
          key = g_strconcat ("k:", a->known_group, NULL);
          e = _tautan_importer_entity (self, key, tautan_cameo_known_group_label (a->known_group),
                                       kind_of (a, TRUE, TAUTAN_ENTITY_ORGANISATION), FALSE);
        }
      else if (country == NULL)
        {
          key = g_strdup_printf ("r:\t%s", roles ? roles : a->code);
          label = roles ? g_strdup_printf ("%s (no country)", roles) : g_strdup (title);
          e = _tautan_importer_entity (self, key, label, TAUTAN_ENTITY_UNNAMED_GROUP, TRUE);
        }
      else if (g_hash_table_contains (country_names, seen_as) || strcmp (a->name, upper_label) == 0 ||
               only_role_words (a->name))
        {
          TautanEntityKind kind = kind_of (a, FALSE, TAUTAN_ENTITY_ORGANISATION);

          key = g_strdup_printf ("r:%s\t%s", country, roles ? roles : a->code);
          label = g_strdup_printf ("%s (%s)", roles ? roles : tautan_cameo_country_label (country),
                                   roles ? tautan_cameo_country_label (country) : a->code);
          e = _tautan_importer_entity (self, key, label, kind, kind == TAUTAN_ENTITY_UNNAMED_GROUP);
        }
      else
        {
          TautanEntityKind kind = kind_of (a, TRUE, looks_like_person (a->name) ? TAUTAN_ENTITY_PERSON
                                                                                : TAUTAN_ENTITY_ORGANISATION);

          key = g_strdup_printf ("n:%s\t%s", country, a->name);
          e = _tautan_importer_entity (self, key, title, kind, FALSE);
        }

      _tautan_importer_entity_set (self, e, affiliation, roles, a->code, NULL);
      _tautan_importer_entity_alias (self, e, title);
      a->entity = e;
    }
}
