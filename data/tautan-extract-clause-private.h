/* tautan-extract-clause-private.h: a sentence read clause by clause
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events and speakers both ask "who did it, to whom" of a verb. Reading
 * the sentence as a whole gives the wrong answer when it holds several
 * acts ("X menuduh Y, sementara Z membantah", "X met Y after Z attacked
 * W"): the subject and object of a verb are those of its clause.
 */

#pragma once

#include "tautan-extract-private.h"

G_BEGIN_DECLS

typedef enum
{
  CLAUSE_MAIN = 1,      /* the sentence's own, or after ";" */
  CLAUSE_RELATIVE,      /* ", yang", ", which", "who": its subject is what it follows */
  CLAUSE_ADVERBIAL,     /* "setelah", "sementara", "after", "while": a subject of its own */
  CLAUSE_COMPLEMENT,    /* "bahwa", "said that": a subject of its own */
  CLAUSE_COORDINATE,    /* "dan" + a verb: the clause before's subject */
  CLAUSE_RESUMED,       /* the clause a ", yang …," interrupted, going on */
} ClauseKind;

typedef struct
{
  guint32    first_token;   /* its opener ("setelah", "yang", "dan") included */
  guint32    end_token;     /* exclusive */
  ClauseKind kind;
  guint32    opener;        /* the opening word, or NO_INDEX */
  guint32    verb;          /* the first verb, or NO_INDEX */
  guint32    verb_end;
  guint32    subject_token; /* first token of the subject's words, or NO_INDEX */
  guint32    object_token;  /* first token of the object's words, or NO_INDEX */
  GArray    *subjects;      /* guint32 entity indexes: who does it */
  GArray    *objects;       /* guint32 entity indexes: to whom */
  guint32    subject_own : 1;  /* found in the clause, not taken from another */
} Clause;

/* The clauses of sentence @si, in order; free with g_array_unref(). */
GArray        *_tautan_read_clauses   (Article      *a,
                                       guint32       si);
/* The clause that holds token @token, or NULL. */
const Clause  *_tautan_clause_at      (const GArray *clauses,
                                       guint32       token);

G_END_DECLS
