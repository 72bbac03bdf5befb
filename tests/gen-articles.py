#!/usr/bin/python3
# gen-articles.py: a deterministic archive of short news articles
#
# Copyright 2026 The Tautan authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: gen-articles.py N FOLDER
# Writes N articles, Indonesian and English by turns, from templates with
# real names the gazetteer knows, varied dates, cue words and quotes: half as
# .txt files in FOLDER/txt/, half as JSON lines in FOLDER/articles-K.jsonl.
# The same N gives the same bytes (tests/test-dask.py).

import json
import os
import random
import sys

LEADERS = [
    ("Kim Jong Un", "Korea Utara", "North Korea"),
    ("Vladimir Putin", "Rusia", "Russia"),
    ("Sergei Lavrov", "Rusia", "Russia"),
    ("Choe Son Hui", "Korea Utara", "North Korea"),
    ("Donald Trump", "Amerika Serikat", "the United States"),
]
OUTLETS_ID = ["JAKARTA, KOMPAS.com -", "VIVA –", "Republika.co.id, JAKARTA —", "(ANTARA) -"]
OUTLETS_EN = ["SEOUL (Reuters) -", "MOSCOW (AP) -", "WASHINGTON (Reuters) -"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
CUES_ID = ["kata", "ujar", "tegas", "ungkap"]
CUES_EN = ["said", "told reporters", "added"]
QUOTES_ID = ["Kami mendukung penuh langkah ini", "Kerja sama kita akan semakin kuat",
             "Tidak ada yang dapat memisahkan kedua negara", "Kami menolak semua tuduhan itu"]
QUOTES_EN = ["We fully support this step", "Our cooperation will only grow stronger",
             "Nothing can separate our two nations", "We reject every one of these accusations"]


def article(rng, i):
    a, b = rng.sample(LEADERS, 2)
    year = rng.choice([2022, 2023, 2024, 2025])
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    if i % 2 == 0:
        quote = rng.choice(QUOTES_ID)
        text = ("%s %s bertemu %s di Pyongyang pada %d %s %d. Dalam pertemuan itu %s menyatakan "
                "dukungan penuh bagi %s.\n\n\"%s,\" %s %s.\n\nBaca juga: Berita lain hari ini" %
                (rng.choice(OUTLETS_ID), a[0], b[0], day, MONTHS_ID[month], year, a[0], b[1], quote,
                 rng.choice(CUES_ID), a[0]))
        published = "%d-%02d-%02d" % (year, month + 1, min(day + 1, 28))
    else:
        quote = rng.choice(QUOTES_EN)
        text = ("%s %s met %s in Moscow on %s %d, %d, and voiced support for %s.\n\n"
                "\"%s,\" %s %s.\n\nAdvertisement" %
                (rng.choice(OUTLETS_EN), a[0], b[0], MONTHS_EN[month], day, year, b[2], quote, a[0],
                 rng.choice(CUES_EN)))
        published = "%d-%02d-%02d" % (year, month + 1, min(day + 1, 28))
    return text, published


def main():
    n = int(sys.argv[1])
    folder = sys.argv[2]
    rng = random.Random(20260605)
    txt = os.path.join(folder, "txt")
    os.makedirs(txt, exist_ok=True)
    jsonl = None
    for i in range(n):
        text, published = article(rng, i)
        if i % 2 == 0:
            # .txt files carry their date in the text only.
            with open(os.path.join(txt, "article-%05d.txt" % i), "w", encoding="utf-8") as f:
                f.write(text + "\n")
        else:
            if i % 500 == 1:
                if jsonl:
                    jsonl.close()
                jsonl = open(os.path.join(folder, "articles-%d.jsonl" % (i // 500)), "w", encoding="utf-8")
            jsonl.write(json.dumps({"id": "article-%05d" % i, "text": text, "published": published},
                                   ensure_ascii=False) + "\n")
    if jsonl:
        jsonl.close()


if __name__ == "__main__":
    main()
