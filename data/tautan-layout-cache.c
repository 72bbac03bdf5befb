/* tautan-layout-cache.c: settled positions kept between headless runs
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Settling the layout of a hundred thousand actors takes seconds, and
 * `tautan export` of the same dataset (another window, title or format)
 * would pay them every time for the very same positions: the layout is a
 * function of the entity count, the springs, the seed and the code. So the
 * positions are kept in the user's cache folder under a hash of all four;
 * the code is named by the running program's GNU build id, so any rebuild
 * misses rather than serves positions an older layout computed. With no
 * build id there is no cache. A file that does not match exactly (size,
 * counts, finite numbers) is ignored and rewritten.
 */

#define G_LOG_DOMAIN "tautan-layout-cache"

/* dl_iterate_phdr () */
#define _GNU_SOURCE

#include "config.h"

#include <elf.h>
#include <errno.h>
#include <link.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tautan/tautan-file.h"

#include "tautan-layout-private.h"

#define MAGIC   "TAUTANLP"
#define VERSION 1u

typedef struct
{
  char    magic[8];
  guint32 version;
  guint32 n_nodes;
} Header;

typedef struct
{
  const guint8 *id;
  gsize         len;
} BuildId;

static int
find_build_id (struct dl_phdr_info *info,
               size_t               size,
               void                *data)
{
  BuildId *out = data;

  /* The first object is the program itself. */
  for (guint i = 0; i < info->dlpi_phnum; i++)
    {
      const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
      const guint8 *p, *end;

      if (ph->p_type != PT_NOTE)
        continue;
      p = (const guint8 *)(info->dlpi_addr + ph->p_vaddr);
      end = p + ph->p_memsz;
      while (p + sizeof (ElfW(Nhdr)) <= end)
        {
          const ElfW(Nhdr) *note = (const ElfW(Nhdr) *)(gconstpointer)p;
          gsize name_size = (note->n_namesz + 3u) & ~3u;
          gsize desc_size = (note->n_descsz + 3u) & ~3u;
          const guint8 *name = p + sizeof *note;
          const guint8 *desc = name + name_size;

          if (desc + desc_size > end)
            break;
          if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && memcmp (name, "GNU", 4) == 0)
            {
              out->id = desc;
              out->len = note->n_descsz;
              return 1;
            }
          p = desc + desc_size;
        }
    }
  return 1;
}

/* The running program's build id, or NULL. */
static const BuildId *
build_id (void)
{
  static BuildId id;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      dl_iterate_phdr (find_build_id, &id);
      g_once_init_leave (&done, 1);
    }
  return id.len > 0 ? &id : NULL;
}

/**
 * _tautan_layout_cache_path:
 * @n_nodes: the layout's nodes
 * @src: (array length=n_springs): each spring's first node
 * @dst: (array length=n_springs): each spring's second node
 * @weights: (array length=n_springs): each spring's strength
 * @seed: the layout's seed
 *
 * Returns: (transfer full) (nullable): where the settled positions of this
 *   layout are cached, or %NULL when the program has no build id
 */
char *
_tautan_layout_cache_path (guint          n_nodes,
                           const guint32 *src,
                           const guint32 *dst,
                           const float   *weights,
                           guint          n_springs,
                           guint64        seed)
{
  g_autoptr(GChecksum) sum = NULL;
  g_autofree char *name = NULL;
  const BuildId *id = build_id ();
  guint32 counts[2] = { n_nodes, n_springs };

  if (id == NULL)
    return NULL;

  sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, id->id, id->len);
  g_checksum_update (sum, (const guchar *)counts, sizeof counts);
  g_checksum_update (sum, (const guchar *)&seed, sizeof seed);
  if (n_springs > 0)
    {
      g_checksum_update (sum, (const guchar *)src, n_springs * sizeof *src);
      g_checksum_update (sum, (const guchar *)dst, n_springs * sizeof *dst);
      g_checksum_update (sum, (const guchar *)weights, n_springs * sizeof *weights);
    }
  name = g_strconcat (g_checksum_get_string (sum), ".positions", NULL);

  return g_build_filename (g_get_user_cache_dir (), "tautan", "layouts", name, NULL);
}

/**
 * _tautan_layout_cache_read:
 * @path: from _tautan_layout_cache_path()
 * @n_nodes: how many positions the layout has
 *
 * Returns: (transfer full) (nullable): the positions, or %NULL when the
 *   file is missing or not exactly what was written
 */
TautanPoint *
_tautan_layout_cache_read (const char *path,
                           guint       n_nodes)
{
  g_autofree TautanPoint *points = NULL;
  g_autofree guint8 *data = NULL;
  gsize want = sizeof (Header) + (gsize)n_nodes * sizeof (TautanPoint);
  gsize done = 0;
  guint64 size = 0;
  Header header;
  int fd;

  /* Regular files only: a FIFO put there must not hang an export. */
  fd = tautan_file_open_regular (path, want, &size, NULL);
  if (fd < 0)
    return NULL;
  if (size != want)
    {
      close (fd);
      return NULL;
    }
  data = g_malloc (want);
  while (done < want)
    {
      gssize n = read (fd, data + done, want - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      done += (gsize)n;
    }
  close (fd);
  if (done != want)
    return NULL;

  memcpy (&header, data, sizeof header);
  if (memcmp (header.magic, MAGIC, sizeof header.magic) != 0 || header.version != VERSION ||
      header.n_nodes != n_nodes)
    return NULL;

  points = g_new (TautanPoint, MAX (n_nodes, 1));
  memcpy (points, data + sizeof header, (gsize)n_nodes * sizeof (TautanPoint));
  for (guint i = 0; i < n_nodes; i++)
    if (!isfinite (points[i].x) || !isfinite (points[i].y))
      return NULL;

  return g_steal_pointer (&points);
}

/**
 * _tautan_layout_cache_write:
 * @path: from _tautan_layout_cache_path()
 * @points: (array length=n_nodes): the settled positions
 *
 * Writes the positions atomically; a cache that cannot be written costs
 * only time next run.
 */
void
_tautan_layout_cache_write (const char        *path,
                            const TautanPoint *points,
                            guint              n_nodes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GByteArray) out = g_byte_array_sized_new (sizeof (Header) + n_nodes * sizeof (TautanPoint));
  Header header = { { 0 }, VERSION, n_nodes };

  memcpy (header.magic, MAGIC, sizeof header.magic);
  g_byte_array_append (out, (const guint8 *)&header, sizeof header);
  if (n_nodes > 0)
    g_byte_array_append (out, (const guint8 *)points, n_nodes * sizeof (TautanPoint));

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !tautan_file_write_path (path, (const char *)out->data, out->len, &error))
    g_debug ("not caching the layout in %s: %s", path, error != NULL ? error->message : g_strerror (errno));
}
