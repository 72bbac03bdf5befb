/* tautan-file-private.h: fault injection for the tests of every writer
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-file.h"

G_BEGIN_DECLS

/* Where the next writes fail, as a full disk or a broken disk would make
 * them: opening the temporary file (EACCES), writing (ENOSPC), flushing
 * (EIO) or renaming (EIO). Also set for a whole process by the
 * environment variable TAUTAN_FILE_FAULT=open|write|flush|rename, so the
 * command-line tests can break `tautan export` and `tautan briefing`. */
typedef enum
{
  TAUTAN_FILE_FAULT_NONE,
  TAUTAN_FILE_FAULT_OPEN,
  TAUTAN_FILE_FAULT_WRITE,
  TAUTAN_FILE_FAULT_FLUSH,
  TAUTAN_FILE_FAULT_RENAME,
} TautanFileFault;

void _tautan_file_set_fault (TautanFileFault where);

G_END_DECLS
