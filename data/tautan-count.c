/* tautan-count.c: counts written for people, grouped as the locale's
 * LC_NUMERIC says (GLib has no digit grouping of its own)
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-count"

#include "config.h"

#include <limits.h>
#include <locale.h>
#include <string.h>

#include "tautan/tautan-count.h"

/* Results a thread may hold at once: a sentence takes a few counts, so
 * the oldest is long used when its slot comes round again. 20 digits and
 * 19 separators of up to 4 bytes (groups of one) fit in 128. */
#define N_SLOTS   16
#define SLOT_SIZE 128

static _Thread_local char slots[N_SLOTS][SLOT_SIZE];
static _Thread_local guint next_slot;

/**
 * tautan_count_format:
 * @n: a count
 *
 * Writes @n for people: digits grouped with the locale's thousands
 * separator and grouping ("1,234,567" in English, "1.234.567" in
 * Indonesian); in the C locale, which has none, groups of three with ",",
 * as the exports always did. Machine output (JSON, CSV, `bench` lines)
 * keeps plain digits.
 *
 * Use it for the `%s` of a translated string, and give the plural
 * lookup the same @n: "%s event", "%s events".
 *
 * Returns: the count, in a buffer of the calling thread that the 16th
 *   call after this one reuses: use it at once, do not free it
 */
const char *
tautan_count_format (guint64 n)
{
  const struct lconv *conv = localeconv ();
  const char *sep = conv->thousands_sep;
  const char *grouping = conv->grouping;
  char digits[24];
  char *out = slots[next_slot];
  gsize len, sep_len, pos, o = 0;
  guint group = 0, in_group = 0, size;
  /* Where the separators go, counted from the right: group sizes. */
  char breaks[sizeof digits];

  next_slot = (next_slot + 1) % N_SLOTS;

  if (sep == NULL || sep[0] == '\0')
    {
      sep = ",";
      grouping = "\3";
    }
  else if (grouping == NULL || grouping[0] == '\0')
    grouping = "\3";
  sep_len = strlen (sep);
  if (sep_len > 4)
    sep_len = 0;  /* no locale has one so long; plain digits then */

  len = (gsize)g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, n);

  /* Mark, right to left, each digit that ends a group on its left. */
  memset (breaks, 0, sizeof breaks);
  size = (guchar)grouping[0];
  for (pos = len; pos > 0; pos--)
    {
      if (size == 0 || size == CHAR_MAX)
        break;
      in_group++;
      if (in_group == size && pos > 1)
        {
          breaks[pos - 1] = 1;
          in_group = 0;
          /* The last size repeats. */
          if (grouping[group + 1] != '\0')
            size = (guchar)grouping[++group];
        }
    }

  for (pos = 0; pos < len; pos++)
    {
      if (pos > 0 && breaks[pos] && sep_len > 0)
        {
          memcpy (out + o, sep, sep_len);
          o += sep_len;
        }
      out[o++] = digits[pos];
    }
  out[o] = '\0';
  return out;
}
