#!/usr/bin/env bash
# Annals benchmarks: every figure of issue 6 in ONE run, each printed as a ratio against the peer
# measured in the same run (the machine is noisy: only same-run ratios mean anything).
#
# Usage (from the package root, after `swift build -c release --product annals`; `make bench`
# does both):   bash Tests/Benchmarks/bench.sh
#
# Environment (defaults in brackets):
#   ANNALS      the release binary                        [.build/release/annals]
#   SHARED      the peers and workload generators         [../shared/bench]
#   DATA        scratch folder for generated data/outputs [/tmp/annals-bench]
#   RUNS        runs per timed command (the min is kept)  [3]
#   EXTRACT_N   articles of the extraction-rate corpus    [200]
#   REPORT_SIZES  corpus sizes of the report table        [1000 10000 100000]
#   MPL         1: time matplotlib at 10000 events (one run each, ~40 s); 0: skip  [1]
#   BOUND       seconds after which one command is killed [900]
#   INCREMENTAL_N  articles of the cache (incremental run) corpus [1000]
#
# Peers (set up by $SHARED/setup-peers.sh into /tmp/bench-venv): cairo_floor (raw Cairo+Pango,
# the floor), matplotlib (peer_matplotlib_timeline.py), dateparser (peer_dateparser.py).
# matplotlib at 100000 events takes more than 300 s per chart and is not run (said in the output).
#
# What is timed: Annals is always timed as a whole process (wall clock, start-up, CSV/corpus read
# and output included); the C floor likewise; matplotlib and dateparser by the seconds they
# print for their timed part (render_s, search_s: interpreter start-up and imports excluded), so
# every ratio is conservative for Annals. Peak RSS is /usr/bin/time's maximum resident set.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
ANNALS=${ANNALS:-$root/.build/release/annals}
SHARED=${SHARED:-$root/../shared/bench}
DATA=${DATA:-/tmp/annals-bench}
RUNS=${RUNS:-3}
EXTRACT_N=${EXTRACT_N:-200}
REPORT_SIZES=${REPORT_SIZES:-1000 10000 100000}
MPL=${MPL:-1}
BOUND=${BOUND:-900}

say() { printf '%s\n' "$*" >&2; }

# --- tools ---------------------------------------------------------------------------------
[ -x "$ANNALS" ] || { say "bench: $ANNALS missing; run: swift build -c release --product annals"; exit 1; }
if [ ! -x /usr/bin/time ]; then
  say "bench: installing Debian package 'time' (for peak RSS)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get install -y -qq time >/dev/null
fi
command -v taskset >/dev/null || { say "bench: taskset (util-linux) missing"; exit 1; }
bash "$SHARED/setup-peers.sh" >/dev/null
PY=/tmp/bench-venv/bin/python
FLOOR=/tmp/bench-venv/bin/cairo_floor

# --- data (deterministic generators; regenerated only when missing) ------------------------
mkdir -p "$DATA/out"
for n in 10000 100000; do
  [ -s "$DATA/ev$n.csv" ] || python3 "$SHARED/gen_events.py" "$n" "$DATA/ev$n.csv" >/dev/null
done
corpus() { # corpus N: the folder of a generated corpus of N articles
  local dir=$DATA/corpus$1
  [ -s "$dir/sources.csv" ] || { rm -rf "$dir"; python3 "$SHARED/gen_corpus.py" "$1" "$dir" >/dev/null; }
  printf '%s' "$dir"
}
# (a trailing slash makes find enter the folder when it is a symbolic link to one)
txt_bytes() { find "$1/" -maxdepth 1 -name '*.txt' -print0 | xargs -0 cat | wc -c; }

# --- measuring -----------------------------------------------------------------------------
# run CMD...: one timed run; sets WALL (s), RSS (MB) and OUT (the command's stdout+stderr).
run() {
  local t=$DATA/time.$$ rc=0
  OUT=$(timeout "$BOUND" /usr/bin/time -f '%e %M' -o "$t" "$@" 2>&1) || rc=$?
  if [ "$rc" != 0 ]; then say "bench: failed ($rc): $*"; say "$OUT" | tail -5; WALL=nan; RSS=nan; return 1; fi
  read -r WALL RSS < "$t"
  RSS=$(awk -v k="$RSS" 'BEGIN { printf "%.0f", k / 1024 }')
  rm -f "$t"
}
# best CMD...: RUNS runs; sets MIN (s, the smallest wall time) and PEAK (MB, the largest RSS).
best() {
  MIN=inf; PEAK=0
  local i
  for i in $(seq "$RUNS"); do
    run "$@" || { MIN=nan; return 1; }
    MIN=$(awk -v a="$MIN" -v b="$WALL" 'BEGIN { print (a == "inf" || b + 0 < a + 0) ? b : a }')
    PEAK=$(awk -v a="$PEAK" -v b="$RSS" 'BEGIN { print (b + 0 > a + 0) ? b : a }')
  done
}
metric() { printf '%s\n' "$OUT" | sed -n "s/.*$1=\([0-9.]*\).*/\1/p" | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v == "n/a" || v == "nan") { print "n/a"; exit }
  ok = (op == "<=") ? (v + 0 <= t + 0) : (v + 0 >= t + 0); print ok ? "meets" : "MISSES" }'; }

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 |"); printf '%-58s %-34s %-46s %s\n' "$1" "$2" "$3" "$4" >&2; }

say "bench: machine $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
say "bench: annals $ANNALS; data in $DATA; $RUNS runs per command, min kept"

# --- 1. timelines: 10 000 events to PNG and PDF against the C floor and matplotlib ----------
ev=$DATA/ev10000.csv
best "$FLOOR" "$ev" "$DATA/out/floor10k.png"; floor_png=$MIN
best "$ANNALS" timeline --events "$ev" --out "$DATA/out/annals10k.png" --width 2400 --height 1200; a_png=$MIN
r=$(ratio "$a_png" "$floor_png")
row "timeline 10k events → PNG 2400×1200 vs C floor" "${a_png} s / ${floor_png} s" "× floor $r (target ≤ 1.3)" "$(verdict "$r" "<=" 1.3)"
best "$FLOOR" "$ev" "$DATA/out/floor10k.pdf"; floor_pdf=$MIN
best "$ANNALS" timeline --events "$ev" --out "$DATA/out/annals10k.pdf" --width 1728 --height 864; a_pdf=$MIN
r=$(ratio "$a_pdf" "$floor_pdf")
row "timeline 10k events → PDF 1728×864 pt vs C floor" "${a_pdf} s / ${floor_pdf} s" "× floor $r (target ≤ 1.3)" "$(verdict "$r" "<=" 1.3)"
if [ "$MPL" = 1 ]; then
  for fmt in png pdf; do
    RUNS_SAVED=$RUNS; RUNS=1
    best "$PY" "$SHARED/peer_matplotlib_timeline.py" "$ev" "$DATA/out/mpl10k.$fmt"; RUNS=$RUNS_SAVED
    mpl=$(metric render_s)
    own=$a_png; [ "$fmt" = pdf ] && own=$a_pdf
    r=$(ratio "$mpl" "$own")
    row "timeline 10k events → ${fmt^^} vs matplotlib" "${own} s / ${mpl} s" "matplotlib is ${r}× slower (target ≥ 50)" "$(verdict "$r" ">=" 50)"
  done
else
  row "timeline 10k events vs matplotlib" "-" "skipped (MPL=0)" "n/a"
fi

# --- 2. timelines: 100 000 events, peak memory ---------------------------------------------
ev=$DATA/ev100000.csv
for fmt in png pdf; do
  size="--width 2400 --height 1200"; [ "$fmt" = pdf ] && size="--width 1728 --height 864"
  # shellcheck disable=SC2086  # the size flags must split into words
  best "$ANNALS" timeline --events "$ev" --out "$DATA/out/annals100k.$fmt" $size; a=$MIN; a_rss=$PEAK
  best "$FLOOR" "$ev" "$DATA/out/floor100k.$fmt"; f=$MIN; f_rss=$PEAK
  row "timeline 100k events → ${fmt^^}: peak RSS (time vs floor)" "${a_rss} MB (${a} s / floor ${f} s, ${f_rss} MB)" "× floor time $(ratio "$a" "$f"); matplotlib not run (>300 s)" "$(verdict "$a_rss" "<=" 300)"
done

# --- 3. extraction rate: one core, two cores, against dateparser ---------------------------
dir=$(corpus "$EXTRACT_N")
bytes=$(txt_bytes "$dir")
# --no-cache: the rate of extraction itself, not of reading the SQLite cache (section 6 times that).
best taskset -c 0 "$ANNALS" extract "$dir" --format json --no-cache; one=$MIN
best "$ANNALS" extract "$dir" --format json --no-cache; two=$MIN
RUNS_SAVED=$RUNS; RUNS=1
best "$PY" "$SHARED/peer_dateparser.py" "$dir"; RUNS=$RUNS_SAVED
dp_kbs=$(metric kb_per_s)
one_mbs=$(awk -v b="$bytes" -v s="$one" 'BEGIN { printf "%.2f", b / s / 1e6 }')
two_mbs=$(awk -v b="$bytes" -v s="$two" 'BEGIN { printf "%.2f", b / s / 1e6 }')
r=$(ratio "$(awk -v m="$one_mbs" 'BEGIN { print m * 1000 }')" "$dp_kbs")
row "extraction, 1 core ($EXTRACT_N articles, $bytes bytes)" "${one_mbs} MB/s (${one} s)" "${r}× dateparser (${dp_kbs} KB/s)" "$(verdict "$one_mbs" ">=" 25)"
s=$(ratio "$one" "$two")
row "extraction, 2 cores: speed-up over 1 core" "${two_mbs} MB/s (${two} s)" "×${s} (near-linear: ≥ 1.8)" "$(verdict "$s" ">=" 1.8)"

# --- 4. annals report on generated corpora: growth with size ---------------------------------
prev_n=""; prev_t=""
for n in $REPORT_SIZES; do
  dir=$(corpus "$n")
  mb=$(awk -v b="$(txt_bytes "$dir")" 'BEGIN { printf "%.1f", b / 1e6 }')
  rm -rf "$DATA/out/report$n"
  RUNS_SAVED=$RUNS; [ "$n" -ge 100000 ] && RUNS=1
  # Cold: --no-cache, so every run extracts every article (section 6 times the cached re-run).
  best "$ANNALS" report "$dir" --out "$DATA/out/report$n" --no-cache || true
  RUNS=$RUNS_SAVED
  per=$(awk -v t="$MIN" -v n="$n" 'BEGIN { if (t + 0 > 0) printf "%.3f", t / n * 1000; else print "nan" }')
  growth=""
  [ -n "$prev_t" ] && growth="; time ×$(ratio "$MIN" "$prev_t") for articles ×$(ratio "$n" "$prev_n")"
  v="n/a"
  if [ "$n" = 10000 ]; then v=$(awk -v t="$MIN" -v m="$PEAK" 'BEGIN { print (t + 0 <= 10 && m + 0 < 1024) ? "meets" : "MISSES" }'); fi
  row "annals report, $n articles ($mb MB), 2 cores" "${MIN} s, ${PEAK} MB peak" "${per} s per 1000 articles$growth" "$v"
  prev_n=$n; prev_t=$MIN
done

# --- 5. annals summary seeds ---------------------------------------------------------------
RUNS_SAVED=$RUNS; RUNS=5
best "$ANNALS" summary seeds; RUNS=$RUNS_SAVED
ms=$(awk -v s="$MIN" 'BEGIN { printf "%.0f", s * 1000 }')
row "annals summary seeds" "${ms} ms" "target < 50 ms" "$(verdict "$ms" "<=" 49.999)"

# --- 6. incremental runs: the extraction cache (CORPUS/.annals/) ---------------------------
n=${INCREMENTAL_N:-1000}
src=$(corpus "$n"); dir=$DATA/incremental$n
rm -rf "$dir"; cp -r "$src" "$dir"
RUNS_SAVED=$RUNS; RUNS=1
best "$ANNALS" summary "$dir" --format json; cold=$MIN          # fills the cache
best "$ANNALS" summary "$dir" --format json; warm=$MIN          # every article from the cache
articles=("$dir"/*.txt); first=${articles[0]}; printf '\nA sentence added for the benchmark.\n' >> "$first"
best "$ANNALS" summary "$dir" --format json; touched=$MIN       # one article re-read
best "$ANNALS" summary "$dir" --format json --no-cache; nocache=$MIN
RUNS=$RUNS_SAVED
row "annals summary, $n articles: cold (cache filled) / warm / one file changed" "${cold} s / ${warm} s / ${touched} s" "×$(ratio "$cold" "$touched") faster after one change; --no-cache ${nocache} s" "$(awk -v a="$touched" -v b="$nocache" 'BEGIN { print (a + 0 < b + 0) ? "meets" : "MISSES" }')"

# --- table ---------------------------------------------------------------------------------
echo "| benchmark | Annals | against the peer / target | verdict |"
echo "|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
