#!/usr/bin/python3
# test-dask.py: tautan-dask on a LocalCluster equals one tautan extract + merge
#
# Copyright 2026 The Tautan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A generated archive of 2,000 articles (tests/gen-articles.py; 200 in the
# sanitizer run, see the Makefile) is extracted
# by tautan-dask on a LocalCluster of 2 worker processes, and by a single
# `tautan extract --jsonl` and `tautan merge`: the two datasets must be the
# same bytes. Also: merging is associative, and a bad line is reported with
# its file and line while the rest goes on. TAP output; exit 77 (skip) only
# when Debian's python3-distributed is not installed.

import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TAUTAN = os.environ["TAUTAN_BINARY"]
DRIVER = os.environ["TAUTAN_DASK"]
# 2,000 articles; the sanitizer run (Makefile) asks for fewer, where every
# allocation is traced and the same code is checked on less data.
N_ARTICLES = int(os.environ.get("TAUTAN_DASK_ARTICLES", "2000"))

try:
    import distributed  # noqa: F401
except ImportError:
    print("1..0 # SKIP python3-distributed is not installed (setup.sh installs it)")
    sys.exit(77)

n_tests = 0


def ok(condition, name, detail=""):
    global n_tests
    n_tests += 1
    print("%s %d %s" % ("ok" if condition else "not ok", n_tests, name), flush=True)
    if not condition:
        for line in detail.strip().splitlines()[-20:]:
            print("# " + line, flush=True)
    return condition


def tautan(*args, stdin=None):
    proc = subprocess.run([TAUTAN] + list(args), input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", errors="replace")


def load_driver():
    loader = importlib.machinery.SourceFileLoader("tautan_dask", DRIVER)
    spec = importlib.util.spec_from_loader("tautan_dask", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def main():
    failed = False
    with tempfile.TemporaryDirectory(prefix="test-dask-") as tmp:
        # Nothing of Dask's lands in the home folder or the source tree.
        env = dict(os.environ, HOME=tmp, DASK_TEMPORARY_DIRECTORY=tmp, XDG_CONFIG_HOME=tmp,
                   XDG_CACHE_HOME=tmp)
        os.environ.update(env)
        archive = os.path.join(tmp, "archive")
        subprocess.run([sys.executable, os.path.join(HERE, "gen-articles.py"), str(N_ARTICLES), archive],
                       check=True)

        # One process: every article as JSON lines, as the driver reads them.
        driver = load_driver()
        lines = list(driver.articles_of(archive, []))
        failed |= not ok(len(lines) == N_ARTICLES, "the archive has %d articles" % N_ARTICLES)
        status, extractions, err = tautan("extract", "--jsonl", stdin=("\n".join(l for _, l in lines) + "\n").encode())
        failed |= not ok(status == 0, "tautan extract --jsonl of the whole archive", err)
        ext_path = os.path.join(tmp, "all.jsonl")
        with open(ext_path, "wb") as f:
            f.write(extractions)
        status, single, err = tautan("merge", ext_path)
        failed |= not ok(status == 0, "tautan merge of the whole archive", err)

        # Dask: a LocalCluster of 2 workers, partitions of 150 articles.
        out = os.path.join(tmp, "dask.json")
        proc = subprocess.run([sys.executable, DRIVER, "--tautan", TAUTAN, "--workers", "2",
                               "--partition-size", str(max(N_ARTICLES // 13, 1)), archive, "-o", out],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        failed |= not ok(proc.returncode == 0,
                         "tautan-dask on a LocalCluster", proc.stderr.decode("utf-8", errors="replace"))
        with open(out, "rb") as f:
            distributed_bytes = f.read()
        same = distributed_bytes == single
        failed |= not ok(same, "tautan-dask gives the bytes of one extract and merge")
        dataset = json.loads(distributed_bytes)
        failed |= not ok(len(dataset["sources"]) == N_ARTICLES and len(dataset["quotes"]) >= N_ARTICLES and
                         len(dataset["events"]) >= N_ARTICLES,
                         "with every article's source, quote and events (%d sources, %d events, %d quotes)" %
                         (len(dataset["sources"]), len(dataset["events"]), len(dataset["quotes"])))
        # And without the driver's reader: `tautan extract FILE…` of the .txt
        # files, `tautan extract --jsonl` of each .jsonl file, one `tautan merge`
        # (the title aside, and the titles it was joined from: the files'
        # extraction names its article count).
        def records(data):
            d = json.loads(data)
            for key in ("title", "x-merged-titles", "x-merged-titles-more"):
                d.pop(key, None)
            return d
        txt = os.path.join(archive, "txt")
        by_files = os.path.join(tmp, "by-files.json")
        status, _, err = tautan("extract", "--quiet", "-o", by_files,
                                *sorted(os.path.join(txt, n) for n in os.listdir(txt)))
        inputs = [by_files]
        for name in sorted(os.listdir(archive)):
            if name.endswith(".jsonl"):
                with open(os.path.join(archive, name), "rb") as f:
                    s2, text, e2 = tautan("extract", "--jsonl", stdin=f.read())
                status, err = status or s2, err + e2
                inputs.append(os.path.join(tmp, name + ".out"))
                with open(inputs[-1], "wb") as f:
                    f.write(text)
        s2, by_hand, e2 = tautan("merge", *inputs)
        failed |= not ok(status == 0 and s2 == 0 and records(by_hand) == records(distributed_bytes),
                         "the same sources, entities, events and quotes as tautan extract FILE… and --jsonl",
                         err + e2)
        status, _, err = tautan("validate", out)
        failed |= not ok(status == 0, "tautan validate accepts the result", err)

        # Associativity: (A + B) + C = A + (B + C) = A + B + C, as bytes.
        parts = []
        chunk = (len(lines) + 2) // 3
        for k in range(3):
            path = os.path.join(tmp, "part-%d.jsonl" % k)
            _, text, _ = tautan("extract", "--jsonl",
                                stdin=("\n".join(l for _, l in lines[k * chunk:(k + 1) * chunk]) + "\n").encode())
            with open(path, "wb") as f:
                f.write(text)
            parts.append(path)

        def merged(*paths):
            status, text, err = tautan("merge", *paths)
            assert status == 0, err
            path = os.path.join(tmp, "m-%d.json" % len(os.listdir(tmp)))
            with open(path, "wb") as f:
                f.write(text)
            return path, text

        ab, _ = merged(parts[0], parts[1])
        bc, _ = merged(parts[1], parts[2])
        _, left = merged(ab, parts[2])
        _, right = merged(parts[0], bc)
        _, flat = merged(*parts)
        failed |= not ok(left == right == flat, "merge is associative: (A+B)+C = A+(B+C) = A+B+C")
        _, reversed_ = merged(parts[2], parts[1], parts[0])
        failed |= not ok(reversed_ == flat, "merge does not depend on order")

        # A line that is not JSON: named with its file and line, the rest goes on.
        bad = os.path.join(tmp, "bad")
        os.makedirs(bad)
        with open(os.path.join(bad, "mixed.jsonl"), "w", encoding="utf-8") as f:
            f.write(lines[1][1] + "\n{not json\n" + lines[3][1] + "\n")
        with open(os.path.join(bad, "latin1.txt"), "wb") as f:
            f.write("Berita\nJakarta - Menlu bertemu di Moskow, ujar pejabat.".encode("latin-1") + b" \xe9t\xe9\n")
        with open(os.path.join(bad, "more.jsonl"), "wb") as f:
            f.write(b'{"id": "x", "text": "caf\xe9"}\n')
        out_bad = os.path.join(tmp, "bad.json")
        proc = subprocess.run([sys.executable, DRIVER, "--tautan", TAUTAN, "--workers", "1", bad, "-o", out_bad],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        err = proc.stderr.decode("utf-8", errors="replace")
        failed |= not ok(proc.returncode == 1 and "mixed.jsonl:2" in err,
                         "a bad line is reported with its file and line", err)
        failed |= not ok("latin1.txt: line 2, byte" in err and "invalid UTF-8" in err,
                         "a file that is not UTF-8 is reported with its line", err)
        failed |= not ok("more.jsonl:1: byte" in err,
                         "a JSON line that is not UTF-8 is reported with its file and line", err)
        failed |= not ok(os.path.exists(out_bad) and len(json.load(open(out_bad))["sources"]) == 2,
                         "and the other articles are still extracted")

    print("1..%d" % n_tests)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
