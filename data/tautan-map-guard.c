/* tautan-map-guard.c: a mapped file cut short reads as zeros, not SIGBUS
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One SIGBUS handler for the process, installed once, and a few slots for
 * the ranges being read. A fault inside a slot's range maps a page of
 * zeros over the missing page (mmap is a plain system call on Linux, and
 * the way libsigsegv and JVMs answer such faults) and marks the slot;
 * the faulting read then runs again and sees zeros. Any other SIGBUS goes
 * to the handler there was before, or kills as it would have.
 */

#define G_LOG_DOMAIN "tautan-file"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tautan-map-guard-private.h"

#define N_SLOTS 16

struct _TautanMapGuard
{
  gint     taken;
  guintptr start;     /* 0: nothing guarded, for the handler */
  guintptr end;
  gint     faulted;
};

static TautanMapGuard slots[N_SLOTS];
static struct sigaction previous;
/* Read once in install(): sysconf() is not async-signal-safe. */
static guintptr page_size;

static void
handle_sigbus (int        sig,
               siginfo_t *info,
               void      *context)
{
  guintptr addr = (guintptr)info->si_addr;
  guintptr page = page_size;

  for (guint i = 0; i < N_SLOTS; i++)
    {
      guintptr start = g_atomic_pointer_get (&slots[i].start);

      if (start != 0 && addr >= start && addr < slots[i].end)
        {
          void *at = (void *)(addr & ~(page - 1));

          if (mmap (at, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED)
            {
              g_atomic_int_set (&slots[i].faulted, TRUE);
              return;
            }
        }
    }

  /* Not ours: as it would have gone without us. */
  if ((previous.sa_flags & SA_SIGINFO) && previous.sa_sigaction != NULL)
    previous.sa_sigaction (sig, info, context);
  else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN && previous.sa_handler != NULL)
    previous.sa_handler (sig);
  else
    {
      signal (SIGBUS, SIG_DFL);
      raise (SIGBUS);
    }
}

static gpointer
install (gpointer data)
{
  struct sigaction action;

  /* before the handler can run, which only reads it */
  page_size = (guintptr)sysconf (_SC_PAGESIZE);
  memset (&action, 0, sizeof action);
  action.sa_sigaction = handle_sigbus;
  action.sa_flags = SA_SIGINFO | SA_NODEFER;
  sigemptyset (&action.sa_mask);
  sigaction (SIGBUS, &action, &previous);
  return NULL;
}

/**
 * _tautan_map_guard_begin:
 * @data: a mapped file's contents
 * @len: their length
 *
 * Guards @data until _tautan_map_guard_end().
 *
 * Returns: (nullable): the guard, or %NULL when every slot is taken
 *   (@data is then read unguarded, as before)
 */
TautanMapGuard *
_tautan_map_guard_begin (const void *data,
                         gsize       len)
{
  static GOnce once = G_ONCE_INIT;

  if (data == NULL || len == 0)
    return NULL;
  g_once (&once, install, NULL);
  for (guint i = 0; i < N_SLOTS; i++)
    {
      if (!g_atomic_int_compare_and_exchange (&slots[i].taken, FALSE, TRUE))
        continue;
      /* the end and the flag before the start, which the handler reads first */
      slots[i].end = (guintptr)data + len;
      g_atomic_int_set (&slots[i].faulted, FALSE);
      g_atomic_pointer_set (&slots[i].start, (guintptr)data);
      return &slots[i];
    }
  return NULL;
}

/**
 * _tautan_map_guard_end:
 * @guard: (nullable): from _tautan_map_guard_begin()
 *
 * Returns: whether a page of the range was missing: the file was cut
 *   short while it was read, and what was read of it is not the file
 */
gboolean
_tautan_map_guard_end (TautanMapGuard *guard)
{
  gboolean faulted;

  if (guard == NULL)
    return FALSE;
  g_atomic_pointer_set (&guard->start, 0);
  faulted = g_atomic_int_get (&guard->faulted);
  g_atomic_int_set (&guard->taken, FALSE);
  return faulted;
}
