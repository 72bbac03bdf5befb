#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# After a failed `make sanitize`: each LeakSanitizer report in the test log,
# one line per leak (size, then the allocating frames outside the sanitizer
# runtime), so the cause is in the last lines of a CI log that keeps only
# its tail.
log=${1:?usage: sanitize-leaks.sh TESTLOG}
[ -f "$log" ] || exit 0
awk '
  /^=+ [0-9]+\/[0-9]+ =+$/ { test = "" }
  /^test: / { test = $NF }
  /(Direct|Indirect) leak of [0-9]+ byte/ {
    if (line != "") print line
    line = test ": " $1 " " $4 " B in " $7 ":"; n = 0; next
  }
  line != "" && /^ +#[0-9]+ / {
    fn = $4
    if (fn ~ /^(malloc|calloc|realloc|operator|__interceptor|__libc_start|_start$)/) next
    if (n < 14) line = line " " fn; n++; next
  }
  line != "" { print line; line = "" }
  END { if (line != "") print line }
' "$log" | sort | uniq -c | sort -rn | head -n 20
