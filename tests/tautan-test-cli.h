/* tautan-test-cli.h: running the `tautan` binary as a user would, with no display
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Header-only so each CLI test keeps its single source file. Every
 * command runs without DISPLAY or WAYLAND_DISPLAY: headless commands must
 * not need one.
 */

#pragma once

#include <gio/gio.h>
#include <string.h>

typedef struct
{
  const char *cwd;     /* NULL: the test's own */
  const char *input;   /* written to stdin; NULL: no stdin */
  const char *env[4];  /* NAME, VALUE pairs, up to two, NULL-terminated */
} TautanTestCliOptions;

/* Starts $TAUTAN_BINARY with @args, stdout piped when @pipe_out (else
 * silenced), stderr piped, stdin piped when @options has input. */
static inline GSubprocess *
tautan_test_cli_spawn (const TautanTestCliOptions *options,
                       const char * const         *args,
                       gboolean                    pipe_out)
{
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDERR_PIPE;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *proc;

  flags |= pipe_out ? G_SUBPROCESS_FLAGS_STDOUT_PIPE : G_SUBPROCESS_FLAGS_STDOUT_SILENCE;
  if (options != NULL && options->input != NULL)
    flags |= G_SUBPROCESS_FLAGS_STDIN_PIPE;
  launcher = g_subprocess_launcher_new (flags);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  if (options != NULL)
    {
      for (guint i = 0; i + 1 < G_N_ELEMENTS (options->env) && options->env[i] != NULL; i += 2)
        g_subprocess_launcher_setenv (launcher, options->env[i], options->env[i + 1], TRUE);
      if (options->cwd != NULL)
        g_subprocess_launcher_set_cwd (launcher, options->cwd);
    }

  g_ptr_array_add (argv, (gpointer)g_getenv ("TAUTAN_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  return proc;
}

/* Runs $TAUTAN_BINARY with @args; @out (NULL: discarded) and @err get
 * what it printed. Returns its exit status. */
static inline int
tautan_test_cli_run_with (const TautanTestCliOptions *options,
                          const char * const         *args,
                          char                      **out,
                          char                      **err)
{
  g_autoptr(GSubprocess) proc = tautan_test_cli_spawn (options, args, out != NULL);
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8 (proc, options != NULL ? options->input : NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (proc);
}

/* The same with stdout as bytes, for output that need not be text
 * (PNG, PDF, a file written to "-"). */
static inline int
tautan_test_cli_run_bytes (const TautanTestCliOptions *options,
                           const char * const         *args,
                           GBytes                    **out,
                           char                      **err)
{
  g_autoptr(GSubprocess) proc = tautan_test_cli_spawn (options, args, TRUE);
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GBytes) err_bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (options != NULL && options->input != NULL)
    input = g_bytes_new_static (options->input, strlen (options->input));
  g_subprocess_communicate (proc, input, NULL, out, &err_bytes, &error);
  g_assert_no_error (error);
  if (err != NULL)
    *err = g_strndup (g_bytes_get_data (err_bytes, NULL), g_bytes_get_size (err_bytes));
  return g_subprocess_get_exit_status (proc);
}

/* The same in the tests' data folder (tests/data), where fixtures are. */
static inline int
tautan_test_cli_run (const char * const *args,
                     char              **out,
                     char              **err)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  TautanTestCliOptions options = { .cwd = dir };

  return tautan_test_cli_run_with (&options, args, out, err);
}
