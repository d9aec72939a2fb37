#!/bin/sh
# Extraction as the map step of Spark (local mode, 2 partitions), aggregation by annals:
#   Tests/Spark/run.sh [CORPUS] [OUT]
# reads CORPUS (default: seeds) into an RDD of JSON lines, pipes each partition through
# `annals extract --format jsonl -`, saves the shards under OUT (default: .build/spark/shards) and
# prints `annals summary --mentions` of them next to `annals summary CORPUS --no-cache`, failing
# when the two differ. Needs Java 17+ and PyPI (pyspark goes into a venv under .build/spark).
# Not part of `make test`.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CORPUS=${1:-$ROOT/seeds}
OUT=${2:-$ROOT/.build/spark/shards}
VENV=${SPARK_VENV:-$ROOT/.build/spark/venv}
ANNALS=${ANNALS:-$ROOT/.build/release/annals}
PYSPARK_VERSION=${PYSPARK_VERSION:-4.0.1}

if [ ! -x "$ANNALS" ]; then
  echo "building $ANNALS" >&2
  (cd "$ROOT" && swift build -c release --product annals)
fi
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import pyspark' 2>/dev/null; then
  echo "installing pyspark $PYSPARK_VERSION into $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "pyspark==$PYSPARK_VERSION"
fi
command -v java >/dev/null || { echo "run.sh: Java is needed by Spark (apt-get install openjdk-17-jre-headless)" >&2; exit 1; }

export PYSPARK_PYTHON="$VENV/bin/python"
# Local mode needs no network; binding to the loopback keeps Spark from guessing an address.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
"$VENV/bin/python" "$ROOT/Tests/Spark/spark_extract.py" --annals "$ANNALS" --corpus "$CORPUS" --out "$OUT" --partitions 2
