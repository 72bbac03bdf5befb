/* tautan-dataset-validate.c: columns from a cache checked as untrusted input
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A cache file lives in the user's cache folder, where anyone who can write
 * there can forge one with a correct checksum. Everything that reads the
 * dataset trusts its columns (a string handle is dereferenced, an entity
 * index indexes a table, an offset table bounds a list), so before a cache
 * is used every column is checked here: lengths agree with the counts,
 * string handles point at the start of a valid UTF-8 string, indexes are in
 * range, offset tables rise to the end of their lists, enums and dates are
 * in range and numbers finite. A failure means "rebuild from the JSON".
 */

#define G_LOG_DOMAIN "tautan-dataset-validate"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan-dataset-private.h"
#include "tautan-utf8-private.h"

typedef enum
{
  R_ANY,            /* any value: counts used only in subtraction */
  R_SPECIAL,        /* checked apart below */
  R_STR,            /* a string handle, 0 = none */
  R_STR_REQ,        /* a string handle that must name a string */
  R_SRC,            /* a source index */
  R_ENT,            /* an entity index */
  R_ENT_OR_NONE,
  R_EV,             /* an event index */
  R_EV_OR_NONE,
  R_Q,              /* a quote index */
  R_EDGE,           /* an edge index */
  R_TYPE,           /* an event type of the taxonomy */
  R_RK_TYPE,        /* a type with the imprecise bit */
  R_KIND,           /* TautanEntityKind */
  R_EV_INFO,        /* precision | method << 4 | status << 8 */
  R_Q_INFO,
  R_SRC_FLAGS,
  R_DAY,            /* a day in 0001..9999 */
  R_DAY_OR_NONE,
  R_OFF,            /* an offset table: rises; its end is checked apart */
  R_FINITE,         /* a finite double */
} Rule;

typedef enum
{
  L_ANY,            /* length checked apart (lists, special columns) */
  L_SOURCES,
  L_ENTITIES,
  L_EVENTS,
  L_QUOTES,
  L_EDGES,
  L_EDGE_EVENTS,    /* parallel to EDGE_EV */
  L_ENT_EVENTS,     /* parallel to ENT_EV */
} Length;

typedef struct
{
  Rule   rule;
  Length length;
} Check;

static const Check checks[N_COLUMNS] = {
  [COL_STR] = { R_SPECIAL, L_ANY },
  [COL_META] = { R_SPECIAL, L_ANY },

  [COL_SRC_ID] = { R_STR_REQ, L_SOURCES },
  [COL_SRC_OUTLET] = { R_STR_REQ, L_SOURCES },
  [COL_SRC_TITLE] = { R_STR_REQ, L_SOURCES },
  [COL_SRC_URL] = { R_STR, L_SOURCES },
  [COL_SRC_LANGUAGE] = { R_STR_REQ, L_SOURCES },
  [COL_SRC_PUBLISHED_NOTE] = { R_STR, L_SOURCES },
  [COL_SRC_TEXT] = { R_STR_REQ, L_SOURCES },
  [COL_SRC_TEXT_FILE] = { R_STR, L_SOURCES },
  [COL_SRC_RELAYED] = { R_STR, L_SOURCES },
  [COL_SRC_EXTRAS] = { R_STR, L_SOURCES },
  [COL_SRC_PUBLISHED] = { R_DAY_OR_NONE, L_SOURCES },
  [COL_SRC_FLAGS] = { R_SRC_FLAGS, L_SOURCES },

  [COL_ENT_ID] = { R_STR_REQ, L_ENTITIES },
  [COL_ENT_NAME] = { R_STR_REQ, L_ENTITIES },
  [COL_ENT_ROLE] = { R_STR, L_ENTITIES },
  [COL_ENT_NOTES] = { R_STR, L_ENTITIES },
  [COL_ENT_EXTRAS] = { R_STR, L_ENTITIES },
  [COL_ENT_KIND] = { R_KIND, L_ENTITIES },
  [COL_ENT_AFFILIATION] = { R_ENT_OR_NONE, L_ENTITIES },
  [COL_ENT_ALIAS_OFF] = { R_OFF, L_ANY },
  [COL_ENT_ALIASES] = { R_STR_REQ, L_ANY },

  [COL_EV_ID] = { R_STR_REQ, L_EVENTS },
  [COL_EV_SUMMARY] = { R_STR_REQ, L_EVENTS },
  [COL_EV_DATE_WORDS] = { R_STR_REQ, L_EVENTS },
  [COL_EV_DATE_NOTE] = { R_STR, L_EVENTS },
  [COL_EV_EXTRAS] = { R_STR, L_EVENTS },
  [COL_EV_TYPE] = { R_TYPE, L_EVENTS },
  [COL_EV_START] = { R_DAY, L_EVENTS },
  [COL_EV_END] = { R_DAY, L_EVENTS },
  [COL_EV_INFO] = { R_EV_INFO, L_EVENTS },
  [COL_EV_RESPONDS_TO] = { R_EV_OR_NONE, L_EVENTS },
  [COL_EV_ACTOR_OFF] = { R_OFF, L_ANY },
  [COL_EV_ACTORS] = { R_ENT, L_ANY },
  [COL_EV_TARGET_OFF] = { R_OFF, L_ANY },
  [COL_EV_TARGETS] = { R_ENT, L_ANY },
  [COL_EV_SOURCE_OFF] = { R_OFF, L_ANY },
  [COL_EV_SOURCES] = { R_SRC, L_ANY },
  [COL_EV_QUOTE_OFF] = { R_OFF, L_ANY },
  [COL_EV_QUOTES] = { R_Q, L_ANY },

  [COL_Q_ID] = { R_STR_REQ, L_QUOTES },
  [COL_Q_TEXT] = { R_STR_REQ, L_QUOTES },
  [COL_Q_SPEAKER_TEXT] = { R_STR, L_QUOTES },
  [COL_Q_GLOSS] = { R_STR, L_QUOTES },
  [COL_Q_NOTE] = { R_STR, L_QUOTES },
  [COL_Q_EXTRAS] = { R_STR, L_QUOTES },
  [COL_Q_SOURCE] = { R_SRC, L_QUOTES },
  [COL_Q_START] = { R_SPECIAL, L_QUOTES },
  [COL_Q_END] = { R_SPECIAL, L_QUOTES },
  [COL_Q_SPEAKER] = { R_ENT_OR_NONE, L_QUOTES },
  [COL_Q_EVENT] = { R_EV_OR_NONE, L_QUOTES },
  [COL_Q_INFO] = { R_Q_INFO, L_QUOTES },
  [COL_Q_RELAY_OFF] = { R_OFF, L_ANY },
  [COL_Q_RELAYED] = { R_ENT, L_ANY },

  [COL_IX_BY_START] = { R_EV, L_EVENTS },
  [COL_IX_LONG] = { R_EV, L_ANY },
  [COL_IX_SORTED_STARTS] = { R_DAY, L_EVENTS },
  [COL_IX_SORTED_ENDS] = { R_DAY, L_EVENTS },
  [COL_RK_END] = { R_DAY, L_EVENTS },
  [COL_RK_TYPE] = { R_RK_TYPE, L_EVENTS },
  [COL_RK_EDGE_OFF] = { R_OFF, L_ANY },
  [COL_RK_EDGES] = { R_EDGE, L_ANY },
  [COL_RK_ENT_OFF] = { R_OFF, L_ANY },
  [COL_RK_ENTS] = { R_ENT, L_ANY },
  [COL_LONG_RANK] = { R_EV, L_ANY },
  [COL_LONG_STARTS] = { R_DAY, L_ANY },
  [COL_LONG_ENDS] = { R_DAY, L_ANY },
  [COL_EDGE_SRC] = { R_ENT, L_EDGES },
  [COL_EDGE_DST] = { R_ENT, L_EDGES },
  [COL_EDGE_FIRST] = { R_DAY, L_EDGES },
  [COL_EDGE_LAST] = { R_DAY, L_EDGES },
  [COL_EDGE_EV_OFF] = { R_OFF, L_ANY },
  [COL_EDGE_EV] = { R_EV, L_ANY },
  [COL_EDGE_STARTS] = { R_DAY, L_EDGE_EVENTS },
  [COL_EDGE_ENDS] = { R_DAY, L_EDGE_EVENTS },
  [COL_EDGE_TYPE_OFF] = { R_OFF, L_ANY },
  [COL_EDGE_TYPES] = { R_TYPE, L_ANY },
  [COL_EDGE_PFX_OFF] = { R_OFF, L_ANY },
  [COL_EDGE_PFX_S] = { R_ANY, L_ANY },
  [COL_EDGE_PFX_E] = { R_ANY, L_ANY },
  [COL_IX_EDGES_BY_FIRST] = { R_EDGE, L_EDGES },
  [COL_EV_EDGE_OFF] = { R_OFF, L_ANY },
  [COL_EV_EDGES] = { R_EDGE, L_ANY },
  [COL_ENT_EV_OFF] = { R_OFF, L_ANY },
  [COL_ENT_EV] = { R_EV, L_ANY },
  [COL_ENT_STARTS] = { R_DAY, L_ENT_EVENTS },
  [COL_ENT_ENDS] = { R_DAY, L_ENT_EVENTS },
  [COL_ENT_QUOTE_OFF] = { R_OFF, L_ANY },
  [COL_ENT_QUOTES] = { R_Q, L_ANY },
  [COL_HIST_PREFIX] = { R_FINITE, L_ANY },
};

typedef struct
{
  const guint8 *str;
  gsize         n_str;
  gsize         n[N_COLUMNS];
  const void   *data[N_COLUMNS];
  guint         counts[4];      /* sources, entities, events, quotes */
  guint         n_edges;
  guint         n_types;
} Columns;

/* Strict UTF-8 (RFC 3629: no overlong forms, surrogates or values past
 * U+10FFFF) and no noncharacter, which the loader refuses too, over the
 * whole blob at once: NUL is ASCII, so each string between NULs is then
 * valid too. Eight ASCII bytes at a time, since hundreds of megabytes are
 * checked on every reopen (tautan-utf8.c). */
static gboolean
utf8_valid (const guint8 *p,
            gsize         n)
{
  return _tautan_utf8_find_invalid ((const char *)p, n, TRUE) == NULL;
}

static inline gboolean
string_handle_valid (const Columns *c,
                     guint32        v,
                     gboolean       required)
{
  if (v == 0)
    return !required;
  return v < c->n_str && c->str[v - 1] == '\0';
}

static gboolean
day_valid (guint32 v)
{
  gint32 d = (gint32)v;

  return d >= TAUTAN_DAY_MIN && d <= TAUTAN_DAY_MAX;
}

/* The largest value of @v, as one pass the compiler vectorises. */
static guint32
max_of (const guint32 *v,
        gsize          n,
        guint32        bias)
{
  guint32 max = 0;

  for (gsize k = 0; k < n; k++)
    max = MAX (max, v[k] + bias);
  return max;
}

/* Days in range, as one branch-free pass the compiler vectorises: a day
 * below the first wraps round to above the last. */
static gboolean
days_valid (const guint32 *v,
            gsize          n,
            gboolean       none_allowed)
{
  const guint32 first = (guint32)TAUTAN_DAY_MIN, range = (guint32)(TAUTAN_DAY_MAX - TAUTAN_DAY_MIN);
  guint32 bad = 0;

  if (none_allowed)
    for (gsize k = 0; k < n; k++)
      bad |= (guint32)(v[k] - first > range) & (guint32)(v[k] != (guint32)TAUTAN_DAY_NONE);
  else
    for (gsize k = 0; k < n; k++)
      bad |= (guint32)(v[k] - first > range);
  return bad == 0;
}

static gboolean
column_values_valid (const Columns *c,
                     Rule           rule,
                     const guint32 *v,
                     gsize          n)
{
  /* "Below a limit" rules: an index or none (G_MAXUINT32 + 1 wraps to 0). */
  switch (rule)
    {
    case R_SRC:
      return n == 0 || max_of (v, n, 0) < c->counts[0];
    case R_ENT:
      return n == 0 || max_of (v, n, 0) < c->counts[1];
    case R_ENT_OR_NONE:
      return n == 0 || max_of (v, n, 1) <= c->counts[1];
    case R_EV:
      return n == 0 || max_of (v, n, 0) < c->counts[2];
    case R_EV_OR_NONE:
      return n == 0 || max_of (v, n, 1) <= c->counts[2];
    case R_Q:
      return n == 0 || max_of (v, n, 0) < c->counts[3];
    case R_EDGE:
      return n == 0 || max_of (v, n, 0) < c->n_edges;
    case R_TYPE:
      return n == 0 || max_of (v, n, 0) < c->n_types;
    case R_KIND:
      return n == 0 || max_of (v, n, 0) < TAUTAN_N_ENTITY_KINDS;
    case R_DAY:
      return days_valid (v, n, FALSE);
    case R_DAY_OR_NONE:
      return days_valid (v, n, TRUE);
    default:
      break;
    }

  for (gsize k = 0; k < n; k++)
    {
      guint32 x = v[k];
      gboolean ok;

      switch (rule)
        {
        case R_STR:
          ok = string_handle_valid (c, x, FALSE);
          break;
        case R_STR_REQ:
          ok = string_handle_valid (c, x, TRUE);
          break;
        case R_RK_TYPE:
          ok = (x & ~RK_TYPE_IMPRECISE) < c->n_types;
          break;
        case R_EV_INFO:
          ok = (x >> 12) == 0 && EV_INFO_PRECISION (x) < TAUTAN_N_PRECISIONS &&
               EV_INFO_METHOD (x) < TAUTAN_N_DATE_METHODS && EV_INFO_STATUS (x) < TAUTAN_N_STATUSES;
          break;
        case R_Q_INFO:
          ok = (x & ~Q_INFO_CERTAIN) == 0;
          break;
        case R_SRC_FLAGS:
          ok = (x & ~(SRC_FLAG_RELAYED | SRC_FLAG_STATE_MEDIA)) == 0;
          break;
        default:
          ok = TRUE;
          break;
        }
      if (G_UNLIKELY (!ok))
        return FALSE;
    }
  return TRUE;
}

static gsize
expected_length (const Columns *c,
                 Length         length)
{
  switch (length)
    {
    case L_SOURCES: return c->counts[0];
    case L_ENTITIES: return c->counts[1];
    case L_EVENTS: return c->counts[2];
    case L_QUOTES: return c->counts[3];
    case L_EDGES: return c->n_edges;
    case L_EDGE_EVENTS: return c->n[COL_EDGE_EV];
    case L_ENT_EVENTS: return c->n[COL_ENT_EV];
    case L_ANY:
    default: return G_MAXSIZE;
    }
}

/* An offset table for @rows rows over @list: rows + 1 rising entries from
 * 0 to the list's length. */
static gboolean
offsets_valid (const Columns *c,
               TautanColumn   off,
               TautanColumn   list,
               gsize          rows)
{
  const guint32 *o = c->data[off];

  if (c->n[off] != rows + 1 || o[0] != 0 || o[rows] != c->n[list])
    return FALSE;
  for (gsize i = 0; i < rows; i++)
    if (o[i + 1] < o[i])
      return FALSE;
  return TRUE;
}

/* Each edge's prefix block holds (events + 1) rows of (types + 1) counts. */
static gboolean
prefix_blocks_valid (const Columns *c)
{
  const guint32 *pfx = c->data[COL_EDGE_PFX_OFF];
  const guint32 *ev = c->data[COL_EDGE_EV_OFF];
  const guint32 *types = c->data[COL_EDGE_TYPE_OFF];

  if (c->n[COL_EDGE_PFX_E] != c->n[COL_EDGE_PFX_S])
    return FALSE;
  for (guint k = 0; k < c->n_edges; k++)
    {
      guint64 rows = (guint64)ev[k + 1] - ev[k] + 1;
      guint64 width = (guint64)types[k + 1] - types[k] + 1;

      if ((guint64)pfx[k + 1] - pfx[k] != rows * width)
        return FALSE;
    }
  return TRUE;
}

/* Edges are numbered in (source, target) order, each pair once: a window's
 * edges are found by binary search on it. */
static gboolean
edges_ordered_valid (const Columns *c)
{
  const guint32 *src = c->data[COL_EDGE_SRC];
  const guint32 *dst = c->data[COL_EDGE_DST];

  for (guint k = 1; k < c->n_edges; k++)
    if (src[k] < src[k - 1] || (src[k] == src[k - 1] && dst[k] <= dst[k - 1]))
      return FALSE;
  return TRUE;
}

/* Quote offsets are code points into their source's text. */
static gboolean
quote_spans_valid (const Columns *c)
{
  const guint32 *source = c->data[COL_Q_SOURCE];
  const guint32 *text = c->data[COL_SRC_TEXT];
  const guint32 *start = c->data[COL_Q_START];
  const guint32 *end = c->data[COL_Q_END];
  g_autofree glong *length = g_new (glong, MAX (c->counts[0], 1));

  for (guint s = 0; s < c->counts[0]; s++)
    length[s] = -1;

  for (guint q = 0; q < c->counts[3]; q++)
    {
      guint s = source[q];

      if (length[s] < 0)
        length[s] = g_utf8_strlen ((const char *)c->str + text[s], -1);
      if (start[q] > end[q] || (glong)end[q] > length[s])
        return FALSE;
    }
  return TRUE;
}

static gboolean
meta_valid (const Columns *c)
{
  const guint32 *meta = c->data[COL_META];

  if (c->n[COL_META] != N_META)
    return FALSE;
  if (!string_handle_valid (c, meta[META_TITLE], FALSE) ||
      !string_handle_valid (c, meta[META_DESCRIPTION], FALSE) ||
      !string_handle_valid (c, meta[META_EXTRAS], FALSE) ||
      !string_handle_valid (c, meta[META_TAXONOMY], FALSE))
    return FALSE;
  /* An empty dataset has no span: both ends are "none". */
  if (!((gint32)meta[META_SPAN_FROM] == TAUTAN_DAY_NONE || day_valid (meta[META_SPAN_FROM])) ||
      !((gint32)meta[META_SPAN_TO] == TAUTAN_DAY_NONE || day_valid (meta[META_SPAN_TO])))
    return FALSE;
  if (meta[META_HIST_DAYS] > (guint32)(TAUTAN_DAY_MAX - TAUTAN_DAY_MIN + 1) ||
      c->n[COL_HIST_PREFIX] != ((gsize)meta[META_HIST_DAYS] + 1) * 4)
    return FALSE;
  return meta[META_N_TYPES] == c->n_types;
}

/* The checks are cut into tasks that threads may run in any order and at
 * once (tautan-dataset-cache.c runs them beside the checksum): each reads
 * only what the checks made in _tautan_column_check_new() let it read, and
 * decides alone. The blob's UTF-8 is checked in blocks that start just
 * after a NUL, which no multi-byte sequence contains, so the blocks agree
 * with one pass over the whole. */
#define UTF8_BLOCK TAUTAN_CHECK_UTF8_BLOCK

typedef enum
{
  TASK_UTF8,          /* a block of the string blob */
  TASK_VALUES,        /* a column's values, by its rule */
  TASK_OFFSETS,       /* an offset table rises */
  TASK_SPAN,          /* events start before they end; the span is theirs */
  TASK_EDGES,         /* edges ordered, prefix blocks sized */
} TaskKind;

typedef struct
{
  TaskKind kind;
  guint    arg;       /* the block or column */
} Task;

static const struct
{
  TautanColumn off, list;
} offset_tables[] = {
  { COL_ENT_ALIAS_OFF, COL_ENT_ALIASES }, { COL_EV_ACTOR_OFF, COL_EV_ACTORS },
  { COL_EV_TARGET_OFF, COL_EV_TARGETS }, { COL_EV_SOURCE_OFF, COL_EV_SOURCES },
  { COL_EV_QUOTE_OFF, COL_EV_QUOTES }, { COL_Q_RELAY_OFF, COL_Q_RELAYED },
  { COL_RK_EDGE_OFF, COL_RK_EDGES }, { COL_RK_ENT_OFF, COL_RK_ENTS },
  { COL_EDGE_EV_OFF, COL_EDGE_EV }, { COL_EDGE_TYPE_OFF, COL_EDGE_TYPES },
  { COL_EDGE_PFX_OFF, COL_EDGE_PFX_S }, { COL_EV_EDGE_OFF, COL_EV_EDGES },
  { COL_ENT_EV_OFF, COL_ENT_EV }, { COL_ENT_QUOTE_OFF, COL_ENT_QUOTES },
};

struct _TautanColumnCheck
{
  Columns  c;
  GArray  *tasks;     /* Task */
  gint     failed;    /* set atomically by any task */
};

/* How many rows the offset table @off has. */
static gsize
offset_rows (const Columns *c,
             TautanColumn   off)
{
  switch (off)
    {
    case COL_ENT_ALIAS_OFF: case COL_ENT_EV_OFF: case COL_ENT_QUOTE_OFF:
      return c->counts[1];
    case COL_Q_RELAY_OFF:
      return c->counts[3];
    case COL_EDGE_EV_OFF: case COL_EDGE_TYPE_OFF: case COL_EDGE_PFX_OFF:
      return c->n_edges;
    default:
      return c->counts[2];
    }
}

/* The start of UTF-8 block @k: just past the first NUL at or after its
 * nominal start, or the blob's end. */
static gsize
utf8_block_start (const Columns *c,
                  guint          k)
{
  gsize at = (gsize)k * UTF8_BLOCK;
  const guint8 *nul;

  if (k == 0)
    return 0;
  if (at >= c->n_str)
    return c->n_str;
  nul = memchr (c->str + at, '\0', c->n_str - at);
  return nul != NULL ? (gsize)(nul - c->str) + 1 : c->n_str;
}

/**
 * _tautan_column_check_new:
 * @columns: every column, as read from a cache; kept until freed
 * @counts: sources, entities, events and quotes
 * @n_types: how many event types the dataset's taxonomy has
 *
 * Makes the cheap checks (lengths, the ends of offset tables, the meta
 * column) and lists the rest as tasks for _tautan_column_check_run().
 *
 * Returns: (transfer full) (nullable): the check, or %NULL when the
 *   columns already fail
 */
TautanColumnCheck *
_tautan_column_check_new (GBytes *const *columns,
                          const guint   *counts,
                          guint          n_types)
{
  g_autoptr(TautanColumnCheck) check = g_new0 (TautanColumnCheck, 1);
  Columns *c = &check->c;
  Task task;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      gsize size;

      c->data[i] = g_bytes_get_data (columns[i], &size);
      if (size % tautan_column_info[i].elem_size != 0)
        return NULL;
      c->n[i] = size / tautan_column_info[i].elem_size;
    }
  memcpy (c->counts, counts, sizeof c->counts);
  c->str = c->data[COL_STR];
  c->n_str = c->n[COL_STR];
  c->n_edges = (guint)c->n[COL_EDGE_SRC];
  c->n_types = n_types;

  if (c->n[COL_EDGE_SRC] > G_MAXUINT32 || c->n_str == 0 || c->str[0] != '\0' || c->str[c->n_str - 1] != '\0' ||
      !meta_valid (c))
    return NULL;

  /* Lengths first, so the tasks read only what exists. */
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      gsize want = expected_length (c, checks[i].length);

      if (want != G_MAXSIZE && c->n[i] != want)
        return NULL;
    }
  for (guint t = 0; t < G_N_ELEMENTS (offset_tables); t++)
    {
      TautanColumn off = offset_tables[t].off;
      gsize rows = offset_rows (c, off);
      const guint32 *o = c->data[off];

      if (c->n[off] != rows + 1 || o[0] != 0 || o[rows] != c->n[offset_tables[t].list])
        return NULL;
    }
  if (c->n[COL_IX_LONG] > counts[2] || c->n[COL_LONG_RANK] > counts[2] ||
      c->n[COL_LONG_STARTS] != c->n[COL_LONG_RANK] || c->n[COL_LONG_ENDS] != c->n[COL_LONG_RANK] ||
      c->n[COL_EDGE_PFX_E] != c->n[COL_EDGE_PFX_S])
    return NULL;

  check->tasks = g_array_new (FALSE, FALSE, sizeof (Task));
  for (guint k = 0; (gsize)k * UTF8_BLOCK < c->n_str; k++)
    {
      task = (Task) { TASK_UTF8, k };
      g_array_append_val (check->tasks, task);
    }
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      Rule rule = checks[i].rule;

      if (rule == R_FINITE ||
          (tautan_column_info[i].kind != KIND_U8 && tautan_column_info[i].kind != KIND_F64 &&
           rule != R_ANY && rule != R_SPECIAL && rule != R_OFF))
        {
          task = (Task) { TASK_VALUES, i };
          g_array_append_val (check->tasks, task);
        }
    }
  for (guint t = 0; t < G_N_ELEMENTS (offset_tables); t++)
    {
      task = (Task) { TASK_OFFSETS, t };
      g_array_append_val (check->tasks, task);
    }
  task = (Task) { TASK_SPAN, 0 };
  g_array_append_val (check->tasks, task);
  task = (Task) { TASK_EDGES, 0 };
  g_array_append_val (check->tasks, task);

  return g_steal_pointer (&check);
}

void
_tautan_column_check_free (TautanColumnCheck *check)
{
  if (check == NULL)
    return;
  g_clear_pointer (&check->tasks, g_array_unref);
  g_free (check);
}

guint
_tautan_column_check_get_n_tasks (TautanColumnCheck *check)
{
  return check->tasks->len;
}

static gboolean
span_valid (const Columns *c)
{
  const gint32 *start = c->data[COL_EV_START];
  const gint32 *end = c->data[COL_EV_END];
  const guint32 *meta = c->data[COL_META];
  gboolean bad = FALSE;
  TautanTimeSpan span;

  /* No early exit: one branch-free pass the compiler vectorises (folded
   * into the span's loop below, which it does not, it cost more). */
  for (guint e = 0; e < c->counts[2]; e++)
    bad |= start[e] > end[e];
  if (bad)
    return FALSE;
  /* The span is the events' own: a forged one would give views and
   * histograms a window that ends before it starts. */
  span = _tautan_dataset_known_span (start, end, c->counts[2], NULL);
  return (gint32)meta[META_SPAN_FROM] == span.from && (gint32)meta[META_SPAN_TO] == span.to;
}

static gboolean
task_run (const Columns *c,
          const Task    *task)
{
  switch (task->kind)
    {
    case TASK_UTF8:
      {
        gsize from = utf8_block_start (c, task->arg);
        gsize to = utf8_block_start (c, task->arg + 1);

        return from >= to || utf8_valid (c->str + from, to - from);
      }
    case TASK_VALUES:
      if (checks[task->arg].rule == R_FINITE)
        {
          const double *d = c->data[task->arg];

          for (gsize k = 0; k < c->n[task->arg]; k++)
            if (!isfinite (d[k]))
              return FALSE;
          return TRUE;
        }
      return column_values_valid (c, checks[task->arg].rule, c->data[task->arg], c->n[task->arg]);
    case TASK_OFFSETS:
      return offsets_valid (c, offset_tables[task->arg].off, offset_tables[task->arg].list,
                            offset_rows (c, offset_tables[task->arg].off));
    case TASK_SPAN:
      return span_valid (c);
    case TASK_EDGES:
      return edges_ordered_valid (c) && prefix_blocks_valid (c);
    default:
      g_assert_not_reached ();
    }
}

/**
 * _tautan_column_check_run:
 * @task: below _tautan_column_check_get_n_tasks()
 *
 * Runs one task; any thread may run any task, at once with others. After a
 * failure the remaining tasks do nothing.
 */
void
_tautan_column_check_run (TautanColumnCheck *check,
                          guint              task)
{
  g_return_if_fail (task < check->tasks->len);

  if (g_atomic_int_get (&check->failed))
    return;
  if (!task_run (&check->c, &g_array_index (check->tasks, Task, task)))
    g_atomic_int_set (&check->failed, TRUE);
}

/**
 * _tautan_column_check_finish:
 *
 * Once every task has run: the checks that read values the tasks vouched
 * for (a quote's source and its text).
 *
 * Returns: whether every value in the columns may be used as it is
 */
gboolean
_tautan_column_check_finish (TautanColumnCheck *check)
{
  return !g_atomic_int_get (&check->failed) && quote_spans_valid (&check->c);
}

/**
 * _tautan_dataset_columns_valid:
 * @columns: every column, as read from a cache
 * @counts: sources, entities, events and quotes
 * @n_types: how many event types the dataset's taxonomy has
 *
 * Every check of _tautan_column_check_new(), on this thread.
 *
 * Returns: whether every value in @columns may be used as it is
 */
gboolean
_tautan_dataset_columns_valid (GBytes *const *columns,
                               const guint   *counts,
                               guint          n_types)
{
  g_autoptr(TautanColumnCheck) check = _tautan_column_check_new (columns, counts, n_types);

  if (check == NULL)
    return FALSE;
  for (guint t = 0; t < _tautan_column_check_get_n_tasks (check); t++)
    _tautan_column_check_run (check, t);
  return _tautan_column_check_finish (check);
}
