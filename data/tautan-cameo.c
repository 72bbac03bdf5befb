/* tautan-cameo.c: the CAMEO lookup tables GDELT and ICEWS code with
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cameo"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "tautan/tautan-cameo.h"

#define CAMEO_RESOURCE(name) RESOURCE_PREFIX "/cameo/" name

/* The tables are read once from the resources and never change, so any
 * thread may read them (imports run on a worker thread). */
typedef struct
{
  GStringChunk *strings;
  GHashTable   *event_description;   /* code -> description */
  GHashTable   *event_goldstein;     /* code -> double * */
  GHashTable   *event_by_name;       /* ICEWS name -> code */
  GHashTable   *country_label;       /* code -> label */
  GHashTable   *country_by_name;     /* casefolded label or variant -> code */
  GHashTable   *actor_type_label;    /* code -> label */
  GHashTable   *known_group_label;   /* code -> label */
} Tables;

/* Country and region codes that name no state: regions, cities and
 * territories in CAMEO.country.txt. */
static const char * const region_codes[] = {
  "WSB", "BAG", "GZS", "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU",
  "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN",
  "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
};

/* Names ICEWS and everyday English use for states CAMEO labels otherwise
 * (CAMEO spells Colombia "Columbia"). */
static const struct { const char *name; const char *code; } country_variants[] = {
  { "Russian Federation", "RUS" },
  { "Colombia", "COL" },
  { "Congo", "COG" },
  { "Republic of the Congo", "COG" },
  { "Democratic Republic of Congo", "COD" },
  { "Democratic Republic of the Congo", "COD" },
  { "DR Congo", "COD" },
  { "Cote d'Ivoire", "CIV" },
  { "Côte d'Ivoire", "CIV" },
  { "Brunei", "BRN" },
  { "Moldova, Republic of", "MDA" },
  { "Palestinian Territory, Occupied", "PSE" },
  { "Palestine", "PSE" },
  { "Palestinian Territory", "PSE" },
  { "Timor-Leste", "TMP" },
  { "the former Yugoslav Republic of Macedonia", "MKD" },
  { "North Macedonia", "MKD" },
  { "Holy See", "VAT" },
  { "Czechia", "CZE" },
  { "Burma", "MMR" },
  { "Eswatini", "SWZ" },
  { "Réunion", "REU" },
  { "Iran, Islamic Republic of", "IRN" },
  { "Korea, Republic of", "KOR" },
  { "Korea, Democratic People's Republic of", "PRK" },
  { "Syrian Arab Republic", "SYR" },
  { "Viet Nam", "VNM" },
  { "Lao People's Democratic Republic", "LAO" },
  { "Tanzania, United Republic of", "TZA" },
  { "Taiwan, Province of China", "TWN" },
  { "United States of America", "USA" },
  { "UK", "GBR" },
  { "US", "USA" },
};

/* Root codes (GDELT's QuadClass grouping), with labels shorter than
 * CAMEO's own and colours from the QuadClass hue of each group. */
static const TautanCameoRootType root_types[] = {
  { "01", "cameo-01", "Make public statement",   NULL,         TAUTAN_QUAD_VERBAL_COOPERATION,   0x7FB8DA },
  { "02", "cameo-02", "Appeal",                  "DEMAND",     TAUTAN_QUAD_VERBAL_COOPERATION,   0x4C7FB0 },
  { "03", "cameo-03", "Express intent to cooperate", "AGREE",  TAUTAN_QUAD_VERBAL_COOPERATION,   0x5AA5A0 },
  { "04", "cameo-04", "Consult",                 "CONSULT",    TAUTAN_QUAD_VERBAL_COOPERATION,   0x8A80D0 },
  { "05", "cameo-05", "Engage in diplomatic cooperation", "SUPPORT", TAUTAN_QUAD_VERBAL_COOPERATION, 0x3E6FA8 },
  { "06", "cameo-06", "Engage in material cooperation", "COOPERATE", TAUTAN_QUAD_MATERIAL_COOPERATION, 0x2E8B57 },
  { "07", "cameo-07", "Provide aid",             "AID",        TAUTAN_QUAD_MATERIAL_COOPERATION, 0xB59F3B },
  { "08", "cameo-08", "Yield",                   "CONCEDE",    TAUTAN_QUAD_MATERIAL_COOPERATION, 0x6BAF6B },
  { "09", "cameo-09", "Investigate",             "INVESTIGATE", TAUTAN_QUAD_MATERIAL_COOPERATION, 0x5F8F7F },
  { "10", "cameo-10", "Demand",                  "DEMAND",     TAUTAN_QUAD_VERBAL_CONFLICT,      0xD9A03F },
  { "11", "cameo-11", "Disapprove",              "DISAPPROVE", TAUTAN_QUAD_VERBAL_CONFLICT,      0xC97B84 },
  { "12", "cameo-12", "Reject",                  "REJECT",     TAUTAN_QUAD_VERBAL_CONFLICT,      0xA8457E },
  { "13", "cameo-13", "Threaten",                "THREATEN",   TAUTAN_QUAD_VERBAL_CONFLICT,      0xE08A3C },
  { "14", "cameo-14", "Protest",                 "PROTEST",    TAUTAN_QUAD_VERBAL_CONFLICT,      0xC9774A },
  { "15", "cameo-15", "Exhibit force posture",   "MOBILIZE",   TAUTAN_QUAD_MATERIAL_CONFLICT,    0xA65A3A },
  { "16", "cameo-16", "Reduce relations",        "SANCTION",   TAUTAN_QUAD_MATERIAL_CONFLICT,    0x9E4A5A },
  { "17", "cameo-17", "Coerce",                  "COERCE",     TAUTAN_QUAD_MATERIAL_CONFLICT,    0xB8473D },
  { "18", "cameo-18", "Assault",                 "ASSAULT",    TAUTAN_QUAD_MATERIAL_CONFLICT,    0xC04A1A },
  { "19", "cameo-19", "Fight",                   "ASSAULT",    TAUTAN_QUAD_MATERIAL_CONFLICT,    0xC43C18 },
  { "20", "cameo-20", "Use unconventional mass violence", "ASSAULT", TAUTAN_QUAD_MATERIAL_CONFLICT, 0x7A1F0E },
};

static GBytes *
lookup_resource (const char *path)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  /* Compiled into the data library: missing means a broken build. */
  if (bytes == NULL)
    g_error ("%s", error->message);
  return bytes;
}

/* Calls @func with the two fields of each line of a tab-separated table
 * with a header, LF or CRLF. */
static void
read_pairs (Tables     *t,
            const char *path,
            void      (*func) (Tables *t, const char *a, const char *b))
{
  g_autoptr(GBytes) bytes = lookup_resource (path);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *end = data + len;
  gboolean header = TRUE;

  for (const char *p = data; p < end;)
    {
      const char *nl = memchr (p, '\n', (gsize)(end - p));
      const char *eol = nl ? nl : end;
      const char *tab = memchr (p, '\t', (gsize)(eol - p));
      const char *stop = eol;

      if (stop > p && stop[-1] == '\r')
        stop--;
      if (!header && tab != NULL && tab < stop)
        {
          g_autofree char *a = g_strndup (p, (gsize)(tab - p));
          g_autofree char *b = g_strndup (tab + 1, (gsize)(stop - tab - 1));

          func (t, g_strstrip (a), g_strstrip (b));
        }
      header = FALSE;
      p = nl ? nl + 1 : end;
    }
}

static const char *
intern (Tables     *t,
        const char *s)
{
  return g_string_chunk_insert_const (t->strings, s);
}

static void
add_description (Tables     *t,
                 const char *code,
                 const char *label)
{
  g_hash_table_insert (t->event_description, (char *)intern (t, code), (char *)intern (t, label));
}

static void
add_goldstein (Tables     *t,
               const char *code,
               const char *value)
{
  char *end = NULL;
  double v = g_ascii_strtod (value, &end);

  if (end != value && *end == 0)
    {
      double *box = (double *)(gpointer)g_string_chunk_insert_len (t->strings, (const char *)&v, sizeof v);

      g_hash_table_insert (t->event_goldstein, (char *)intern (t, code), box);
    }
}

static char *
fold (const char *name)
{
  g_autofree char *norm = g_utf8_normalize (name, -1, G_NORMALIZE_DEFAULT_COMPOSE);

  return g_utf8_casefold (norm ? norm : name, -1);
}

static void
add_country_name (Tables     *t,
                  const char *name,
                  const char *code)
{
  g_autofree char *key = fold (name);

  if (!g_hash_table_contains (t->country_by_name, key))
    g_hash_table_insert (t->country_by_name, (char *)intern (t, key), (char *)intern (t, code));
}

static void
add_country (Tables     *t,
             const char *code,
             const char *label)
{
  g_hash_table_insert (t->country_label, (char *)intern (t, code), (char *)intern (t, label));
  add_country_name (t, label, code);
}

static void
add_actor_type (Tables     *t,
                const char *code,
                const char *label)
{
  /* UIS is listed twice, with the same label. */
  g_hash_table_insert (t->actor_type_label, (char *)intern (t, code), (char *)intern (t, label));
}

static void
add_known_group (Tables     *t,
                 const char *code,
                 const char *label)
{
  /* CEM is listed twice: keep the first. */
  if (!g_hash_table_contains (t->known_group_label, code))
    g_hash_table_insert (t->known_group_label, (char *)intern (t, code), (char *)intern (t, label));
}

/* cameo-codes.csv (ICEWS's typology, cp1252, RFC 4180 with quoted
 * newlines): name → code, plus descriptions and Goldstein values for
 * the codes GDELT's tables lack. */
static void
read_icews_codes (Tables *t)
{
  g_autoptr(GBytes) bytes = lookup_resource (CAMEO_RESOURCE ("cameo-codes.csv"));
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  g_autofree char *text = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  gboolean quoted = FALSE, header = TRUE;

  text = g_convert (data, (gssize)len, "UTF-8", "CP1252", NULL, NULL, NULL);
  if (text == NULL)
    g_error ("cameo-codes.csv is not CP1252");

  for (const char *p = text;; p++)
    {
      if (quoted)
        {
          if (*p == 0)
            break;
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
          continue;
        }
      if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\n' || *p == 0)
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          /* , eventtype_ID, name, code, goldstein, … */
          if (!header && fields->len >= 5)
            {
              const char *name = g_ptr_array_index (fields, 2);
              const char *code = g_ptr_array_index (fields, 3);

              const char *gdelt = g_hash_table_lookup (t->event_description, code);

              g_hash_table_insert (t->event_by_name, (char *)intern (t, name), (char *)intern (t, code));
              /* GDELT's table garbles the quotes of 044 (“ÒhirdÓlocation”):
               * where it has anything but ASCII, ICEWS's wording is better. */
              if (gdelt == NULL || !g_str_is_ascii (gdelt))
                add_description (t, code, name);
              if (!g_hash_table_contains (t->event_goldstein, code))
                add_goldstein (t, code, g_ptr_array_index (fields, 4));
            }
          header = FALSE;
          g_ptr_array_set_size (fields, 0);
          if (*p == 0)
            break;
        }
      else if (*p != '\r')
        g_string_append_c (field, *p);
    }
}

static Tables *
get_tables (void)
{
  static Tables *tables;

  if (g_once_init_enter (&tables))
    {
      Tables *t = g_new0 (Tables, 1);

      t->strings = g_string_chunk_new (16384);
      t->event_description = g_hash_table_new (g_str_hash, g_str_equal);
      t->event_goldstein = g_hash_table_new (g_str_hash, g_str_equal);
      t->event_by_name = g_hash_table_new (g_str_hash, g_str_equal);
      t->country_label = g_hash_table_new (g_str_hash, g_str_equal);
      t->country_by_name = g_hash_table_new (g_str_hash, g_str_equal);
      t->actor_type_label = g_hash_table_new (g_str_hash, g_str_equal);
      t->known_group_label = g_hash_table_new (g_str_hash, g_str_equal);

      read_pairs (t, CAMEO_RESOURCE ("CAMEO.eventcodes.txt"), add_description);
      read_pairs (t, CAMEO_RESOURCE ("CAMEO.goldsteinscale.txt"), add_goldstein);
      read_pairs (t, CAMEO_RESOURCE ("CAMEO.country.txt"), add_country);
      read_pairs (t, CAMEO_RESOURCE ("CAMEO.type.txt"), add_actor_type);
      read_pairs (t, CAMEO_RESOURCE ("CAMEO.knowngroup.txt"), add_known_group);
      read_icews_codes (t);
      for (guint i = 0; i < G_N_ELEMENTS (country_variants); i++)
        add_country_name (t, country_variants[i].name, country_variants[i].code);

      g_once_init_leave (&tables, t);
    }

  return tables;
}

/**
 * tautan_cameo_event_code_valid:
 * @code: text
 *
 * Returns: whether @code is a CAMEO event code GDELT or ICEWS uses
 * ("043", "1213", root "04")
 */
gboolean
tautan_cameo_event_code_valid (const char *code)
{
  return code != NULL && g_hash_table_contains (get_tables ()->event_description, code);
}

/**
 * tautan_cameo_event_description:
 * @code: a CAMEO event code
 *
 * Returns: (nullable): what the code stands for, e.g. "Host a visit"
 */
const char *
tautan_cameo_event_description (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  return g_hash_table_lookup (get_tables ()->event_description, code);
}

/**
 * tautan_cameo_event_goldstein:
 * @code: a CAMEO event code
 * @goldstein: (out): its Goldstein scale value, −10 to +10
 *
 * Returns: whether the code has one
 */
gboolean
tautan_cameo_event_goldstein (const char *code,
                              double     *goldstein)
{
  const double *v;

  g_return_val_if_fail (code != NULL, FALSE);

  v = g_hash_table_lookup (get_tables ()->event_goldstein, code);
  if (v == NULL)
    return FALSE;
  if (goldstein != NULL)
    memcpy (goldstein, v, sizeof *goldstein);
  return TRUE;
}

/**
 * tautan_cameo_event_code_for_name:
 * @name: an event name as ICEWS writes it, e.g. "Make statement"
 *
 * Returns: (nullable): its CAMEO code
 */
const char *
tautan_cameo_event_code_for_name (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (get_tables ()->event_by_name, name);
}

/**
 * tautan_cameo_event_quad_class:
 * @code: a CAMEO event code
 *
 * The QuadClass GDELT gives a code by its root: 01–05 verbal
 * cooperation, 06–09 material cooperation, 10–14 verbal conflict,
 * 15–20 material conflict.
 *
 * Returns: the QuadClass
 */
TautanQuadClass
tautan_cameo_event_quad_class (const char *code)
{
  const TautanCameoRootType *root = tautan_cameo_root_type (code);

  return root ? root->quad_class : TAUTAN_QUAD_VERBAL_COOPERATION;
}

/**
 * tautan_cameo_root_type:
 * @code: a CAMEO event code
 *
 * Returns: (nullable): the event type of the code's root, or %NULL when
 * @code does not start with a root 01 to 20
 */
const TautanCameoRootType *
tautan_cameo_root_type (const char *code)
{
  int root;

  g_return_val_if_fail (code != NULL, NULL);

  if (!g_ascii_isdigit (code[0]) || !g_ascii_isdigit (code[1]))
    return NULL;
  root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root < 1 || root > 20)
    return NULL;
  return &root_types[root - 1];
}

static gboolean
type_lists (const TautanEventType *type,
            const char            *code,
            gsize                  len)
{
  for (guint i = 0; type->cameo != NULL && type->cameo[i] != NULL; i++)
    if (strlen (type->cameo[i]) == len && strncmp (type->cameo[i], code, len) == 0)
      return TRUE;
  return FALSE;
}

/**
 * tautan_cameo_event_type_id:
 * @taxonomy: the taxonomy imported events go into
 * @code: a CAMEO event code
 *
 * The event type for @code: the type of @taxonomy that lists the code,
 * else the one that lists its three-digit base code ("0431" → "043"),
 * else the type of its root (tautan_cameo_root_type()).
 *
 * Returns: (nullable): the type id, or %NULL when @code has no root
 */
const char *
tautan_cameo_event_type_id (TautanTaxonomy *taxonomy,
                            const char     *code)
{
  const TautanCameoRootType *root;
  gsize len;

  g_return_val_if_fail (TAUTAN_IS_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  len = strlen (code);
  for (gsize prefix = len; prefix >= 3; prefix--)
    for (guint i = 0; i < tautan_taxonomy_get_n_types (taxonomy); i++)
      {
        const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, i);

        if (type_lists (type, code, prefix))
          return type->id;
      }

  root = tautan_cameo_root_type (code);
  return root ? root->id : NULL;
}

/**
 * tautan_cameo_country_label:
 * @code: a CAMEO country or region code, e.g. "AFG"
 *
 * Returns: (nullable): its name, e.g. "Afghanistan"
 */
const char *
tautan_cameo_country_label (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  return g_hash_table_lookup (get_tables ()->country_label, code);
}

/**
 * tautan_cameo_country_code_for_name:
 * @name: a country's name, in any case: CAMEO's label or a common
 *   variant ("Russian Federation", "Cote d'Ivoire")
 *
 * Returns: (nullable): its CAMEO code
 */
const char *
tautan_cameo_country_code_for_name (const char *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  key = fold (name);
  return g_hash_table_lookup (get_tables ()->country_by_name, key);
}

/**
 * tautan_cameo_country_is_region:
 * @code: a CAMEO country code
 *
 * Returns: whether @code names a region, city or territory rather than
 * a state ("AFR" Africa, "BAG" Baghdad, "WST" the West)
 */
gboolean
tautan_cameo_country_is_region (const char *code)
{
  g_return_val_if_fail (code != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (region_codes); i++)
    if (strcmp (region_codes[i], code) == 0)
      return TRUE;
  return FALSE;
}

/**
 * tautan_cameo_actor_type_label:
 * @code: a CAMEO actor type code, e.g. "GOV"
 *
 * Returns: (nullable): its label, e.g. "Government"
 */
const char *
tautan_cameo_actor_type_label (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  return g_hash_table_lookup (get_tables ()->actor_type_label, code);
}

/**
 * tautan_cameo_known_group_label:
 * @code: a CAMEO known-group code, e.g. "UNO"
 *
 * Returns: (nullable): its label
 */
const char *
tautan_cameo_known_group_label (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  return g_hash_table_lookup (get_tables ()->known_group_label, code);
}
