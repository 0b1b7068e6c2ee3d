#!/usr/bin/env bash
# Benchmarks addlint against peer Markdown linters on generated ADD corpora
# (issue 6). Builds addlint and the corpus generator, writes corpora of 1,
# 100, 1,000 and 10,000 documents (internal/benchcorpus: 15-30 KB each, about
# 10 % with planted defects), measures whole-process wall time (median of
# --runs runs, with hyperfine when installed) and peak RSS (/usr/bin/time -v),
# and prints one table with ratios against addlint and the targets of issue 6.
# Times are reported, never asserted: the script fails only when something
# does not run (a build, the generator, or addlint exiting with 2).
#
# Usage: scripts/bench.sh [--sizes 1,100,1000,10000] [--runs 5] [--quick]
#                         [--install-peers] [--no-peers] [--peer-max-files 1000]
#                         [--addlint BIN] [--keep DIR]
set -euo pipefail

usage() {
	cat <<'EOF'
Usage: scripts/bench.sh [options]

  --sizes LIST          corpus sizes, comma-separated (default 1,100,1000,10000)
  --runs N              timed runs per measurement, median reported (default 5)
  --quick               100 files, 1 run, no peers (what CI runs)
  --install-peers       install the peers (npm, Go module proxy, apt) into the
                        cache directory first
  --no-peers            measure addlint only
  --peer-max-files N    measure peers only on corpora up to N files
                        (default 1000; markdownlint-cli2 needs minutes beyond)
  --addlint BIN         time this addlint binary instead of building one (to
                        compare two builds)
  --keep DIR            keep the corpora, reports and hyperfine JSON in DIR;
                        corpora already there are reused
  -h, --help            this help

Environment: ADDLINT_BENCH_CACHE (default ~/.cache/addlint-bench) holds the
installed peers; HYPERFINE names the hyperfine binary (empty: time with a
shell loop even when hyperfine is installed).
EOF
}

sizes="1,100,1000,10000"
runs=5
peers=1
install_peers=0
peer_max_files=1000
keep=""
addlint_bin=""
while [ $# -gt 0 ]; do
	case "$1" in
	--sizes) sizes="${2:?--sizes needs a list}"; shift 2 ;;
	--runs) runs="${2:?--runs needs a number}"; shift 2 ;;
	--quick) sizes="100"; runs=1; peers=0; shift ;;
	--install-peers) install_peers=1; shift ;;
	--no-peers) peers=0; shift ;;
	--peer-max-files) peer_max_files="${2:?--peer-max-files needs a number}"; shift 2 ;;
	--keep) keep="${2:?--keep needs a directory}"; shift 2 ;;
	--addlint) addlint_bin="${2:?--addlint needs a binary}"; shift 2 ;;
	-h | --help) usage; exit 0 ;;
	*) echo "bench.sh: unknown argument $1" >&2; usage >&2; exit 2 ;;
	esac
done
case "$runs" in '' | *[!0-9]* | 0) echo "bench.sh: --runs must be a positive number" >&2; exit 2 ;; esac
case "$peer_max_files" in '' | *[!0-9]*) echo "bench.sh: --peer-max-files must be a number" >&2; exit 2 ;; esac
IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
	case "$n" in '' | *[!0-9]* | 0) echo "bench.sh: bad size '$n' in --sizes" >&2; exit 2 ;; esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
peer_configs="$repo/scripts/peers"
cache="${ADDLINT_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/addlint-bench}"
if [ -n "$keep" ]; then
	mkdir -p "$keep"
	work="$(cd "$keep" && pwd)"
else
	work="$(mktemp -d "${TMPDIR:-/tmp}/addlint-bench.XXXXXX")"
	trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/bin" "$work/results"

log() { printf '%s\n' "$*" >&2; }

# Pinned peer versions.
MARKDOWNLINT_CLI2_VERSION=0.24.1
MDSCHEMA_VERSION=0.15.4
CONTEXTLINT_VERSION=0.5.3
VALE_MODULE=github.com/vale-cli/vale/v3/cmd/vale
VALE_VERSION=v3.21.0

install_peer_tools() {
	mkdir -p "$cache/npm" "$cache/bin"
	log "installing markdownlint-cli2, mdschema and contextlint from npm into $cache/npm"
	if ! npm install --prefix "$cache/npm" --no-audit --no-fund --loglevel=error \
		"markdownlint-cli2@$MARKDOWNLINT_CLI2_VERSION" \
		"@jackchuka/mdschema-linux-x64@$MDSCHEMA_VERSION" \
		"@contextlint/cli@$CONTEXTLINT_VERSION" >&2; then
		log "npm install failed: the npm peers will show as not installed"
	fi
	if [ ! -x "$cache/bin/vale" ]; then
		log "building Vale $VALE_VERSION from the Go module proxy into $cache/bin (a few minutes)"
		if ! GOBIN="$cache/bin" GOFLAGS=-buildvcs=false go install "$VALE_MODULE@$VALE_VERSION" >&2; then
			log "go install of Vale failed: Vale will show as not installed"
		fi
	fi
	if ! command -v hyperfine >/dev/null; then
		log "installing hyperfine from Debian"
		if ! { apt-get update -qq && apt-get install -y -qq hyperfine; } >&2; then
			log "apt-get install hyperfine failed: timing falls back to a shell loop"
		fi
	fi
	if [ ! -x /usr/bin/time ]; then
		if ! { apt-get update -qq && apt-get install -y -qq time; } >&2; then
			log "apt-get install time failed: peak RSS will show as n/a"
		fi
	fi
}

# find_tool NAME PATH...: prints the first executable among the cache paths,
# else the tool on PATH, else nothing.
find_tool() {
	local name="$1"
	shift
	local candidate
	for candidate in "$@"; do
		if [ -x "$candidate" ]; then
			printf '%s\n' "$candidate"
			return
		fi
	done
	command -v "$name" || true
}

if [ "$install_peers" = 1 ]; then
	install_peer_tools
fi

log "building the corpus generator"
(cd "$repo" && go build -o "$work/bin/addlint-benchcorpus" ./cmd/addlint-benchcorpus)
if [ -n "$addlint_bin" ]; then
	[ -x "$addlint_bin" ] || { echo "bench.sh: $addlint_bin is not an executable" >&2; exit 2; }
	addlint="$(cd "$(dirname "$addlint_bin")" && pwd)/$(basename "$addlint_bin")"
else
	log "building addlint"
	(cd "$repo" && go build -o "$work/bin/addlint" ./cmd/addlint)
	addlint="$work/bin/addlint"
fi

markdownlint="" vale="" mdschema="" contextlint=""
if [ "$peers" = 1 ]; then
	markdownlint="$(find_tool markdownlint-cli2 "$cache/npm/node_modules/.bin/markdownlint-cli2")"
	vale="$(find_tool vale "$cache/bin/vale")"
	mdschema="$(find_tool mdschema "$cache/npm/node_modules/.bin/mdschema")"
	contextlint="$(find_tool contextlint "$cache/npm/node_modules/.bin/contextlint")"
fi
hyperfine="${HYPERFINE-$(command -v hyperfine || true)}"
time_v=""
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
	time_v=/usr/bin/time
fi

# Each tool's command line, as a shell command run in the corpus directory
# (".") with its report sent to a file.
tool_command() {
	local tool="$1" out="$2"
	case "$tool" in
	addlint) printf '%q lint --format text --output %q --jobs 2 --no-config .' "$addlint" "$out" ;;
	markdownlint-cli2) printf '%q --config %q %q >%q 2>&1' "$markdownlint" "$peer_configs/markdownlint/.markdownlint-cli2.jsonc" '**/*.md' "$out" ;;
	vale) printf '%q --config %q --output line --no-exit . >%q 2>&1' "$vale" "$peer_configs/vale/.vale.ini" "$out" ;;
	mdschema) printf '%q check --schema %q %q >%q 2>&1' "$mdschema" "$peer_configs/mdschema/.mdschema.yml" '**/*.md' "$out" ;;
	contextlint) printf '%q --config %q >%q 2>&1' "$contextlint" "$peer_configs/contextlint/contextlint.config.json" "$out" ;;
	esac
}

tool_path() {
	case "$1" in
	addlint) printf '%s' "$addlint" ;;
	markdownlint-cli2) printf '%s' "$markdownlint" ;;
	vale) printf '%s' "$vale" ;;
	mdschema) printf '%s' "$mdschema" ;;
	contextlint) printf '%s' "$contextlint" ;;
	esac
}

# median_seconds FILE: the median of the numbers in FILE, one a line.
median_seconds() {
	sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure_time DIR NAME COMMAND: prints the median wall time and the mean
# CPU time (user + system; "n/a" without hyperfine), in seconds.
measure_time() {
	local dir="$1" name="$2" cmd="$3"
	local json="$work/results/$name.json"
	if [ -n "$hyperfine" ]; then
		(cd "$dir" && "$hyperfine" --runs "$runs" --warmup 1 --ignore-failure --style none \
			--export-json "$json" --command-name "$name" "$cmd" >/dev/null 2>&1)
		# hyperfine pretty-prints its JSON, one field a line.
		local median user system
		median="$(json_number "$json" median)"
		user="$(json_number "$json" user)"
		system="$(json_number "$json" system)"
		printf '%s\t%s\n' "$median" "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')"
		return
	fi
	local times="$work/results/$name.times" i start end
	: >"$times"
	(cd "$dir" && bash -c "$cmd" >/dev/null 2>&1) || true # warm-up
	for ((i = 0; i < runs; i++)); do
		start=$(date +%s%N)
		(cd "$dir" && bash -c "$cmd" >/dev/null 2>&1) || true
		end=$(date +%s%N)
		echo "$(((end - start) / 1000))e-6" >>"$times"
	done
	printf '%s\tn/a\n' "$(median_seconds "$times")"
}

# json_number FILE KEY: the first number after "KEY": in FILE.
json_number() {
	sed -n "s/^ *\"$2\": *\([0-9.eE+-]*\),*\$/\1/p" "$1" | head -n 1
}

# measure_rss DIR COMMAND: prints the peak RSS in KiB of one run, or n/a.
measure_rss() {
	local dir="$1" cmd="$2" report="$work/results/time-v.txt"
	if [ -z "$time_v" ]; then
		echo n/a
		return
	fi
	(cd "$dir" && "$time_v" -v -o "$report" bash -c "$cmd" >/dev/null 2>&1) || true
	sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): *\([0-9]*\)$/\1/p' "$report" | head -n 1
}

# check_addlint DIR N: one run that must lint all N files and exit 0 or 1.
check_addlint() {
	local dir="$1" n="$2" out="$work/results/addlint-check.txt" rc=0
	(cd "$dir" && "$addlint" lint --format text --output "$out" --jobs 2 --no-config .) || rc=$?
	if [ "$rc" -gt 1 ]; then
		log "addlint exited $rc on the $n-file corpus:"
		[ -f "$out" ] && head -n 20 "$out" >&2
		exit 1
	fi
	local want="in $n files"
	[ "$n" = 1 ] && want="in 1 file"
	if ! grep -q "$want" "$out"; then
		log "addlint did not report on all $n files; the last lines of its report:"
		[ -f "$out" ] && tail -n 5 "$out" >&2
		exit 1
	fi
}

rows="$work/results/rows.tsv"
: >"$rows"
tools=(addlint markdownlint-cli2 vale mdschema contextlint)
for n in "${size_list[@]}"; do
	corpus="$work/corpus-$n"
	if [ ! -d "$corpus" ]; then
		log "generating $n documents"
		"$work/bin/addlint-benchcorpus" -n "$n" -seed 1 -out "$corpus" >&2
	fi
	check_addlint "$corpus" "$n"
	for tool in "${tools[@]}"; do
		path="$(tool_path "$tool")"
		if [ "$tool" != addlint ] && [ "$peers" = 0 ]; then
			continue
		fi
		if [ -z "$path" ]; then
			printf '%s\t%s\tnot installed\t\t\n' "$tool" "$n" >>"$rows"
			continue
		fi
		if [ "$tool" != addlint ] && [ "$n" -gt "$peer_max_files" ]; then
			printf '%s\t%s\tskipped (> --peer-max-files)\t\t\n' "$tool" "$n" >>"$rows"
			continue
		fi
		log "timing $tool on $n files ($runs runs)"
		cmd="$(tool_command "$tool" "$work/results/$tool-$n.out")"
		timing="$(measure_time "$corpus" "$tool-$n" "$cmd")"
		rss="$(measure_rss "$corpus" "$cmd")"
		printf '%s\t%s\t%s\t%s\n' "$tool" "$n" "$timing" "${rss:-n/a}" >>"$rows"
	done
done

# The table and the targets, from rows.tsv (tool, files, median wall seconds
# or a note, mean CPU seconds or n/a, peak RSS in KiB or n/a).
awk -F'\t' -v runs="$runs" -v timer="${hyperfine:+hyperfine}" '
function human_time(s) { return s < 1 ? sprintf("%.1f ms", s * 1000) : sprintf("%.2f s", s) }
function human_rss(k) { return k == "n/a" || k == "" ? "n/a" : sprintf("%.0f MB", k / 1024) }
function numeric(v) { return v ~ /^[0-9.eE+-]+$/ }
{
	tool[NR] = $1; files[NR] = $2; secs[NR] = $3; cpu[NR] = $4; rss[NR] = $5
	if ($1 == "addlint" && numeric($3)) { base[$2] = $3; base_rss[$2] = $5 }
	if (numeric($3)) { t[$1, $2] = $3 } else { note[$1, $2] = $3 }
	seen[$1] = 1
}
END {
	printf "\naddlint benchmark: median wall of %d run(s) and mean CPU (user+sys) by %s, peak RSS of one run;\n", runs, (timer == "" ? "a shell loop" : timer)
	printf "addlint: full catalog, text report to a file, --jobs 2. Ratio = peer median / addlint median.\n\n"
	printf "%-18s %7s %12s %10s %9s %14s\n", "tool", "files", "median wall", "CPU", "peak RSS", "vs addlint"
	printf "%-18s %7s %12s %10s %9s %14s\n", "------------------", "-------", "------------", "----------", "---------", "--------------"
	for (i = 1; i <= NR; i++) {
		if (!numeric(secs[i])) { printf "%-18s %7s %12s\n", tool[i], files[i], secs[i]; continue }
		ratio = "-"
		if (tool[i] == "addlint") ratio = "1.0x"
		else if (files[i] in base && base[files[i]] > 0) {
			r = secs[i] / base[files[i]]
			ratio = (r >= 1) ? sprintf("%.1fx slower", r) : sprintf("%.1fx faster", 1 / r)
		}
		printf "%-18s %7s %12s %10s %9s %14s\n", tool[i], files[i], human_time(secs[i]), (numeric(cpu[i]) ? human_time(cpu[i]) : "n/a"), human_rss(rss[i]), ratio
	}
	printf "\nTargets of issue 6 (reported, not enforced):\n"
	check_time(1, 0.012, "1 file: wall <= 12 ms")
	check_time(1000, 0.5, "1,000 files: wall <= 0.5 s")
	check_rss(1000, 100, "1,000 files: peak RSS <= 100 MB")
	check_time(10000, 5, "10,000 files: wall <= 5 s")
	check_rss(10000, 150, "10,000 files: peak RSS <= 150 MB")
	check_ratio("vale", 5, ">= 5x faster than Vale on 1,000 files")
	check_ratio("markdownlint-cli2", 50, ">= 50x faster than markdownlint-cli2 on 1,000 files")
}
function check_time(n, limit, label) {
	if (!(n in base)) { printf "  [ -- ] %s: not measured\n", label; return }
	printf "  [%s] %s: %s\n", (base[n] <= limit ? "PASS" : "FAIL"), label, human_time(base[n])
}
function check_rss(n, limit, label) {
	if (!(n in base) || !numeric(base_rss[n])) { printf "  [ -- ] %s: not measured\n", label; return }
	printf "  [%s] %s: %s\n", (base_rss[n] / 1024 <= limit ? "PASS" : "FAIL"), label, human_rss(base_rss[n])
}
function check_ratio(peer, factor, label) {
	if (!(1000 in base)) { printf "  [ -- ] %s: addlint not measured on 1,000 files\n", label; return }
	if (!((peer, 1000) in t)) {
		why = ((peer, 1000) in note) ? note[peer, 1000] : "not measured"
		printf "  [ -- ] %s: %s %s\n", label, peer, why
		return
	}
	ratio = t[peer, 1000] / base[1000]
	printf "  [%s] %s: %.1fx\n", (ratio >= factor ? "PASS" : "FAIL"), label, ratio
}
' "$rows"
if [ -n "$keep" ]; then
	log "corpora, reports and timings kept in $work"
fi
