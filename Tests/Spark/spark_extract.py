#!/usr/bin/env python3
"""Annals' extraction as the map step of Spark, its aggregation on the shards Spark returns.

    spark_extract.py --annals PATH --corpus DIR --out DIR [--partitions 2]

1. Reads the corpus folder the way `annals` does (every .txt/.md file outside hidden folders,
   sorted by relative path; metadata from sources.csv) into JSON lines
   {"file", "published", "text", "title", "publisher", "url", "note"}.
2. Spark in local mode: sc.parallelize(lines, partitions).pipe("annals extract --format jsonl -"),
   saved with saveAsTextFile: one shard (part-NNNNN) per partition.
3. Runs `annals summary --mentions OUT/part-*` and `annals summary DIR --no-cache` (both
   --format json), prints the first as a table and exits 1 if the two digests differ.

The text is decoded from the file's bytes as annals decodes them (UTF-8, a byte-order mark
dropped, else Windows-1252), line endings untouched, so offsets in the shards are offsets
into the files.
"""
import argparse
import csv
import glob
import io
import json
import os
import shutil
import subprocess
import sys
import time

ARTICLE_EXTENSIONS = (".txt", ".md")
COLUMNS = ("title", "publisher", "url", "published", "note")


def article_files(corpus):
    """Relative paths of the article files, hidden files and folders left out, sorted."""
    found = []
    for folder, dirs, files in os.walk(corpus):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(ARTICLE_EXTENSIONS):
                found.append(os.path.relpath(os.path.join(folder, name), corpus).replace(os.sep, "/"))
    return sorted(found)


def sources_table(corpus):
    """file -> {column: value or None} from sources.csv (empty cells are None)."""
    path = os.path.join(corpus, "sources.csv")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = {}
        for row in csv.DictReader(handle):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            name = row.get("file", "").replace("\\", "/")
            while name.startswith("./"):
                name = name[2:]
            if name:
                rows[name] = {c: (row.get(c) or None) for c in COLUMNS}
        return rows


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def document_lines(corpus):
    table = sources_table(corpus)
    for name in article_files(corpus):
        with open(os.path.join(corpus, name), "rb") as handle:
            text = decode(handle.read())
        record = {"file": name, "text": text}
        record.update(table.get(name, {c: None for c in COLUMNS}))
        yield json.dumps(record, ensure_ascii=False)


def annals_summary(annals, args):
    out = subprocess.run([annals, "summary", *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"annals summary {' '.join(args)} failed:\n{out.stderr}")
    return out.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--annals", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--partitions", type=int, default=2)
    options = parser.parse_args()
    annals = os.path.abspath(options.annals)
    corpus = os.path.abspath(options.corpus)

    from pyspark import SparkConf, SparkContext

    lines = list(document_lines(corpus))
    conf = SparkConf().setMaster(f"local[{options.partitions}]").setAppName("annals-extract")
    conf.set("spark.ui.enabled", "false")
    conf.set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    started = time.time()
    try:
        shards = sc.parallelize(lines, options.partitions).pipe(f"{annals} extract --format jsonl --quiet -")
        if os.path.exists(options.out):
            shutil.rmtree(options.out)
        shards.saveAsTextFile(options.out)
    finally:
        sc.stop()
    spark_seconds = time.time() - started

    parts = sorted(glob.glob(os.path.join(options.out, "part-*")))
    documents = sum(1 for p in parts for line in open(p, encoding="utf-8") if line.strip())
    print(f"spark: {len(lines)} documents in {options.partitions} partitions -> {len(parts)} shards, "
          f"{documents} extracted documents, {spark_seconds:.1f} s (local mode)")
    for p in parts:
        print(f"  {p}: {os.path.getsize(p)} bytes")

    from_shards = annals_summary(annals, ["--mentions", *parts, "--format", "json", "--quiet"])
    from_corpus = annals_summary(annals, [corpus, "--no-cache", "--format", "json", "--quiet"])
    same = json.loads(from_shards) == json.loads(from_corpus)
    print(f"annals summary --mentions {len(parts)} shards == annals summary {os.path.basename(corpus)}: {same}")
    table = annals_summary(annals, ["--mentions", *parts, "--format", "markdown", "--quiet"]).splitlines()
    print("\n".join(table[:24]))
    if len(table) > 24:
        print(f"... ({len(table) - 24} more lines)")
    return 0 if same and documents == len(lines) else 1


if __name__ == "__main__":
    sys.exit(main())
