#!/usr/bin/env bash
# Measures `staticbench build` through the CLI, exactly as a user calls it, side by side for two
# StaticBench revisions, on generated data repositories (benchmarks/StaticBench.ScaleData).
# Prints a Markdown table of medians and head/base ratios on stdout; progress goes to stderr.
# See benchmarks/README.md for what each case means.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: benchmarks/scale/measure.sh [options]
  --base REV        StaticBench revision to compare against (default HEAD~1)
  --head REV        revision to measure (default HEAD)
  --reps N          repetitions per shape, case and side (default 5); medians are reported
  --shapes "..."    shapes BxR or BxR/K (K results per file) (default "100x1000 200x3000";
                    with --growth, the shapes to fit over instead of its four)
  --cases "..."     any of full one-new-run nothing-new (default all three)
  --growth          instead: full builds of 50x1000 100x2000 200x3000 400x6000, and the exponent
                    of time and peak memory against the number of results (log-log least squares)
  --files100k       instead: the 100,000-file history (200 benchmarks, 100,000 runs, 2 results each)
  --pages           also time every page of head's 200x3000 site in Chromium (page-timing.mjs)
  --seed N          generator seed (default 1)
  --samples N       raw samples per result (default 10)
  --timeout S       give up on one build after S seconds (default 3600)
  --work DIR        where builds, data, sites and results are kept
                    (default ${STATICBENCH_SCALE_WORK:-${TMPDIR:-/tmp}/staticbench-scale})
--growth and --files100k can be combined; either replaces the default shapes. The exponent is
fitted over the BxR shapes built in full, never the 100,000-file history (K results per file).
EOF
}

base=HEAD~1 head=HEAD reps=5 shapes="100x1000 200x3000" cases="full one-new-run nothing-new"
growth=0 files100k=0 pages=0 seed=1 samples=10 timeout_s=3600 shapes_given=0
work=${STATICBENCH_SCALE_WORK:-${TMPDIR:-/tmp}/staticbench-scale}
while (($#)); do
  case $1 in
    --base) base=$2; shift 2 ;;
    --head) head=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    --shapes) shapes=$2; shapes_given=1; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    --growth) growth=1; shift ;;
    --files100k) files100k=1; shift ;;
    --pages) pages=1; shift ;;
    --seed) seed=$2; shift 2 ;;
    --samples) samples=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mkdir -p "$work"
work=$(cd "$work" && pwd)
log() { printf '%s\n' "$*" >&2; }
[[ -x /usr/bin/time ]] || { log "GNU time is missing: apt-get install -y time"; exit 1; }
# Every build runs in $work/run: two runs sharing a work folder would overwrite each other's state.
exec 9>"$work/measure.lock"
flock -n 9 || { log "another measure.sh is using $work; wait for it, or pass another --work"; exit 1; }

base_sha=$(git -C "$root" rev-parse --verify "$base^{commit}")
head_sha=$(git -C "$root" rev-parse --verify "$head^{commit}")
stamp=$(date -u +%Y%m%dT%H%M%SZ) started=$(date -u '+%Y-%m-%d %H:%M UTC')
results="$work/results-$stamp.tsv" steps="$work/steps-$stamp.tsv"
printf 'shape\tcase\tside\tsha\trep\twall_s\trss_kb\tsite_bytes\tsite_files\ttouched\tcontent_changed\tcache_rewritten\texit\tread\tcpu_s\tload1\n' >"$results"
build_flags=(-c Release -nologo -v:quiet -nodeReuse:false -p:UseSharedCompilation=false)

# --- the two StaticBench revisions, each built once (cached under $work/cli/<sha>) ---------------
build_cli() {
  local sha=$1 out="$work/cli/$1" tree="$work/src-$1"
  [[ -d "$out" ]] && return 0
  log "building StaticBench ${sha:0:7} (src/StaticBench.Cli, Release) in a temporary worktree..."
  rm -rf "$tree"
  git -C "$root" worktree prune
  git -C "$root" worktree add --quiet --detach "$tree" "$sha"
  # As that revision's scripts/setup-debian.sh leaves it: the native program in bin/ where it makes one, else the
  # managed one, compiled ahead of time (ReadyToRun) where the project asks for it.
  local program=src/StaticBench.Cli/bin/Release/net10.0
  grep -q PublishAot=true "$tree/scripts/setup-debian.sh" && program=bin
  if ! (cd "$tree" && if [[ $program == bin ]]; then
           dotnet publish src/StaticBench.Cli "${build_flags[@]}" -p:PublishAot=true -o bin
         else
           dotnet build src/StaticBench.Cli "${build_flags[@]}" \
             && if grep -q PublishReadyToRun src/StaticBench.Cli/StaticBench.Cli.csproj; then
                  dotnet publish src/StaticBench.Cli "${build_flags[@]}" --no-build -o "$program"
                fi
         fi) >"$work/build-$sha.log" 2>&1; then
    tail -30 "$work/build-$sha.log" >&2
    git -C "$root" worktree remove --force "$tree"
    return 1
  fi
  [[ -f "$tree/$program/staticbench.dll" || -x "$tree/$program/staticbench" ]] \
    || { log "no staticbench in $program after building ${sha:0:7}"; git -C "$root" worktree remove --force "$tree"; return 1; }
  rm -rf "$out.tmp" && mkdir -p "$out.tmp"
  cp -a "$tree/$program/." "$out.tmp/"
  mv "$out.tmp" "$out"
  git -C "$root" worktree remove --force "$tree"
}

# The command line of a revision's program: the native executable, or the managed assembly under dotnet.
program_of() {
  if [[ -f "$work/cli/$1/staticbench.dll" ]]; then echo dotnet "$work/cli/$1/staticbench.dll"; else echo "$work/cli/$1/staticbench"; fi
}

# --- the generator (this checkout's) and the data shapes, each generated once ----------------------
log "building the generator (benchmarks/StaticBench.ScaleData)..."
dotnet build "$root/benchmarks/StaticBench.ScaleData" "${build_flags[@]}" >"$work/build-generator.log" 2>&1 \
  || { tail -30 "$work/build-generator.log" >&2; exit 1; }
generator="$root/benchmarks/StaticBench.ScaleData/bin/Release/net10.0/StaticBench.ScaleData.dll"

# "200x3000" or "200x100000/2" -> benchmarks, runs, results per file
parse_shape() {
  [[ $1 =~ ^([0-9]+)x([0-9]+)(/([0-9]+))?$ ]] || { log "bad shape '$1' (BxR or BxR/K)"; exit 2; }
  B=${BASH_REMATCH[1]} R=${BASH_REMATCH[2]} K=${BASH_REMATCH[4]:-${BASH_REMATCH[1]}}
}

data_for() {
  parse_shape "$1"
  local data="$work/data/b$B-r$R-k$K-s$samples-seed$seed.git"
  if [[ ! -f "$data.done" ]]; then
    rm -rf "$data" "$data.labels.json"
    mkdir -p "$work/data"
    log "generating $1 (seed $seed)..."
    dotnet "$generator" --benchmarks "$B" --runs "$R" --results-per-file "$K" --samples "$samples" --seed "$seed" --out "$data" >&2
    touch "$data.done"
  fi
  echo "$data"
}

# --- one build, timed --------------------------------------------------------------------------------
# Every build runs in $work/run/{data.git,site,cache}: the history cache is keyed by the repository's
# path, so a snapshot restored there is exactly the state the previous build left.
# A finished build's folder is moved aside and deleted only when the measurement ends: ext4 slows down creating files
# next to ones deleted in the last minutes (a full build's 2,285 files took about 0.3 s longer after deleting the last
# build's), a cost a build on a fresh CI runner does not pay.
run="$work/run"
trash="$work/trash"
discard() { if [[ -e $1 ]]; then mkdir -p "$trash" && mv "$1" "$trash/$(date +%s%N)"; fi; }
trap 'rm -rf "$trash"' EXIT
fresh_run() { discard "$run" && mkdir -p "$run" && cp -a "$(data_for "$1")" "$run/data.git"; }
snapshot_of() { echo "$work/snap/$1/$(tr '/' 'k' <<<"$2")"; }
save_snapshot() { local s; s=$(snapshot_of "$1" "$2"); rm -rf "$s" && mkdir -p "$(dirname "$s")" && cp -a "$run" "$s"; }
restore_snapshot() {
  local sha=$1 shape=$2 s; s=$(snapshot_of "$1" "$2")
  if [[ ! -d "$s" ]]; then
    log "  (untimed full build to have something to rebuild)"
    fresh_run "$shape" && timed_build "$sha" && save_snapshot "$sha" "$shape"
  fi
  discard "$run" && cp -a "$s" "$run"
}

# `--timings` for a revision whose build has it (older ones refuse the option): asked of each program once.
timings_option() {
  local marker="$work/cli/$1/timings-option"
  if [[ ! -f $marker ]]; then
    if $(program_of "$1") build --help 2>&1 | grep -q -- '--timings'; then echo --timings >"$marker"; else : >"$marker"; fi
  fi
  cat "$marker"
}

timed_build() {
  local sha=$1 status=0 user sys
  load1=$(cut -d' ' -f1 /proc/loadavg)
  timeout "$timeout_s" /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" \
    $(program_of "$sha") build --data "$run/data.git" --out "$run/site" --cache "$run/cache" $(timings_option "$sha") \
    >"$work/stdout.txt" 2>"$work/stderr.txt" || status=$?
  exit_code=$status
  read -r wall rss user sys < <(tail -1 "$work/time.txt" 2>/dev/null || echo "NA NA 0 0")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  [[ $status -eq 0 ]] || { wall=NA rss=NA cpu=NA; log "  build failed (exit $status):"; tail -5 "$work/stderr.txt" >&2; }
  read_note=$(sed -n 's/^built .*(read \(.*\))$/\1/p' "$work/stdout.txt" | head -1)
  return 0
}

# path, mtime and size of every file: what a rewrite would change even when the bytes are the same
listing() { [[ -d $1 ]] && (cd "$1" && find . -type f -printf '%P %T@ %s\n' | sort) || true; }
hashes() { [[ -d $1 ]] && (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) || true; }
changed_lines() { diff <(echo "$1") <(echo "$2") | grep -c '^>' || true; }

measure() { # shape case side sha rep
  local shape=$1 kase=$2 side=$3 sha=$4 rep=$5 touched=- content=- cache=-
  case $kase in
    full) fresh_run "$shape" ;;
    one-new-run) restore_snapshot "$sha" "$shape"
                 dotnet "$generator" --append 1 --out "$run/data.git" >/dev/null ;;
    nothing-new) restore_snapshot "$sha" "$shape" ;;
  esac
  local site_before cache_before hash_before
  if [[ $kase == nothing-new ]]; then
    site_before=$(listing "$run/site") cache_before=$(listing "$run/cache") hash_before=$(hashes "$run/site")
  fi
  timed_build "$sha"
  if [[ $kase == nothing-new ]]; then
    touched=$(changed_lines "$site_before" "$(listing "$run/site")")
    content=$(changed_lines "$hash_before" "$(hashes "$run/site")")
    cache=$(changed_lines "$cache_before" "$(listing "$run/cache")")
  fi
  local bytes files
  bytes=$(du -sb "$run/site" 2>/dev/null | cut -f1 || echo NA)
  files=$(find "$run/site" -type f 2>/dev/null | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$shape" "$kase" "$side" "$sha" "$rep" \
    "$wall" "$rss" "$bytes" "$files" "$touched" "$content" "$cache" "$exit_code" "$read_note" "$cpu" "$load1" >>"$results"
  log "  $shape $kase rep $rep/$reps $side ${sha:0:7}: ${wall} s (CPU $cpu s, load $load1), $((${rss/NA/0} / 1024)) MiB${read_note:+ (read $read_note)}$([[ $touched == - ]] || echo "; files touched $touched, content changed $content, cache files rewritten $cache")"
  # `--timings` lines on stderr: "<step>   <seconds> s   cpu <seconds> s   gc pause ..." (older builds print no CPU time)
  sed -n 's/^\([a-z][a-z: -]*[a-z]\)  *\([0-9.]*\) s\(  *cpu  *\([0-9.]*\) s\)\{0,1\}\(  .*\)\{0,1\}$/\1\t\2\t\4/p' "$work/stderr.txt" \
    | awk -F'\t' -v pre="$shape\t$kase\t$side\t$rep" '{ print pre "\t" $1 "\t" $2 "\t" $3 }' >>"$steps"
  if [[ $kase == full && $rep == 1 && $keep_snapshot == 1 ]]; then save_snapshot "$sha" "$shape"; fi
}

# Base and head take turns, the order flipping every repetition (ABBA), so drift on a shared
# machine falls on both sides alike.
measure_shapes() { # "shapes" "cases"
  local shape kase rep
  for shape in $1; do
    data_for "$shape" >/dev/null
    for kase in $2; do
      for ((rep = 1; rep <= reps; rep++)); do
        if ((rep % 2)); then
          measure "$shape" "$kase" base "$base_sha" "$rep"; measure "$shape" "$kase" head "$head_sha" "$rep"
        else
          measure "$shape" "$kase" head "$head_sha" "$rep"; measure "$shape" "$kase" base "$base_sha" "$rep"
        fi
      done
    done
  done
}

# The machine's own speed: the same small build (5 benchmarks x 10 runs, base revision, fresh folders) timed at the
# start and at the end. On a shared VM it drifts by a third within an hour, which ratios survive but absolute times
# from different reports do not.
calibrate() {
  local data walls=() cpus=() i w c user sys
  data=$(data_for 5x10/5)
  for i in 1 2 3; do
    discard "$run" && mkdir -p "$run" && cp -a "$data" "$run/data.git"
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" $(program_of "$base_sha") build \
      --data "$run/data.git" --out "$run/site" --cache "$run/cache" >/dev/null 2>&1 || { echo "NA"; return; }
    read -r w _ user sys < "$work/time.txt"
    walls+=("$w") cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
  done
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p) s (CPU $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 2p) s)"
}

build_cli "$base_sha"
build_cli "$head_sha"
log "calibrating: the same small build of base, three times..."
speed_start=$(calibrate)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "measuring base ${base_sha:0:7} against head ${head_sha:0:7}, $reps repetition(s); raw rows in $results"

keep_snapshot=0
if [[ $growth == 1 ]]; then
  keep_snapshot=0
  measure_shapes "$([[ $shapes_given == 1 ]] && echo "$shapes" || echo "50x1000 100x2000 200x3000 400x6000")" full
fi
[[ $files100k == 1 ]] && { keep_snapshot=1; measure_shapes "200x100000/2" "$cases"; }
if [[ $growth == 0 && $files100k == 0 ]]; then keep_snapshot=1; measure_shapes "$shapes" "$cases"; fi
speed_end=$(calibrate)
rm -rf "$run"

# --- the report --------------------------------------------------------------------------------------
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
runtime=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {v = $2} END {print v}')
report="$work/report-$stamp.md"
{
  echo "## staticbench build at scale, $started to $(date -u '+%H:%M UTC')"
  echo
  echo "Machine: $(hostname), $(nproc) cores ($cpu_model), $memory, .NET $runtime; load average $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "Machine speed: a build of 5 benchmarks x 10 runs at base, median of 3 into new folders, took $speed_start at the start and $speed_end at the end (compare it between reports before comparing their times)."
  echo "Base \`$base_sha\` ($base), head \`$head_sha\` ($head); $reps repetition(s) per side, alternating; medians."
  echo "Data: benchmarks/StaticBench.ScaleData, seed $seed, $samples samples per result. Raw rows: \`$results\`."
  echo
  awk -F'\t' -f - "$results" <<'AWK'
function median(list,   n, a, i, j, t) {
  n = split(list, a, " "); if (n == 0) return "NA"
  for (i = 1; i <= n; i++) { if (a[i] == "NA") return "NA"; a[i] += 0 }
  for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
  return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
}
function range(list,   n, a, i, lo, hi) {
  n = split(list, a, " "); if (n < 2) return ""
  for (i = 1; i <= n; i++) { if (a[i] == "NA") return ""; if (i == 1 || a[i] + 0 < lo) lo = a[i] + 0; if (i == 1 || a[i] + 0 > hi) hi = a[i] + 0 }
  return sprintf(" [%.2f, %.2f]", lo, hi)
}
function ratio(h, b) { return (h == "NA" || b == "NA" || b == 0) ? "NA" : sprintf("%.3f", h / b) }
function num(x, f) { return x == "NA" ? "NA" : sprintf(f, x) }
NR == 1 { next }
{
  key = $1 SUBSEP $2
  if (!(key in seen)) { seen[key] = 1; order[++n] = key }
  wall[key, $3] = wall[key, $3] " " $6; cpu[key, $3] = cpu[key, $3] " " $15
  rss[key, $3] = rss[key, $3] " " ($7 == "NA" ? "NA" : $7 / 1024)
  bytes[key, $3] = $8; files[key, $3] = $9; read[key, $3] = $14
  if ($10 != "-") { touched[key, $3] = touched[key, $3] " " $10; content[key, $3] = content[key, $3] " " $11; cache[key, $3] = cache[key, $3] " " $12 }
}
END {
  print "| shape (B x R) | results | case | base s median [min, max] | head s median [min, max] | head/base | base CPU s | head CPU s | base peak MiB | head peak MiB | head/base | site MiB | site files | head read (last rep) | nothing-new: files touched / content changed / cache files rewritten (base; head, medians) |"
  print "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for (i = 1; i <= n; i++) {
    split(order[i], p, SUBSEP); shape = p[1]
    split(shape, d, "[x/]"); results = (d[3] != "" ? d[3] : d[1]) * d[2]  # K results per file, else B
    bw = median(wall[order[i], "base"]); hw = median(wall[order[i], "head"])
    bm = median(rss[order[i], "base"]); hm = median(rss[order[i], "head"])
    extra = "-"
    if ((order[i], "head") in touched)
      extra = median(touched[order[i], "base"]) " / " median(content[order[i], "base"]) " / " median(cache[order[i], "base"]) "; " \
              median(touched[order[i], "head"]) " / " median(content[order[i], "head"]) " / " median(cache[order[i], "head"])
    printf "| %s | %d | %s | %s%s | %s%s | %s | %s | %s | %s | %s | %s | %.1f | %s | %s | %s |\n", shape, results, p[2],
      num(bw, "%.2f"), range(wall[order[i], "base"]), num(hw, "%.2f"), range(wall[order[i], "head"]), ratio(hw, bw),
      num(median(cpu[order[i], "base"]), "%.1f"), num(median(cpu[order[i], "head"]), "%.1f"), num(bm, "%.0f"), num(hm, "%.0f"), ratio(hm, bm),
      bytes[order[i], "head"] / 1048576, files[order[i], "head"], read[order[i], "head"], extra
    # The fit is over one file per result; the 100,000-file history (K results per file, sparse series) would bend it.
    if (p[2] == "full" && shape !~ /\//) {
      fx = fx " " log(results); nf++
      ft["base"] = ft["base"] " " bw; ft["head"] = ft["head"] " " hw; fm["base"] = fm["base"] " " bm; fm["head"] = fm["head"] " " hm
    }
  }
  if (nf >= 3) {  # three or more shapes built in full: fit cost ~ results^exponent
    print ""
    for (s = 0; s < 2; s++) { side = s ? "head" : "base"
      printf "Full build, %s: time ~ results^%s, peak memory ~ results^%s (least squares on log-log over %d shapes)\n",
        side, slope(fx, ft[side]), slope(fx, fm[side]), nf
    }
  }
}
function slope(xs, ys,   n, x, y, i, sx, sy, sxx, sxy) {
  n = split(xs, x, " "); split(ys, y, " ")
  for (i = 1; i <= n; i++) { if (y[i] == "NA" || y[i] <= 0) return "NA"; y[i] = log(y[i]); sx += x[i]; sy += y[i]; sxx += x[i] * x[i]; sxy += x[i] * y[i] }
  return sprintf("%.2f", (n * sxy - sx * sy) / (n * sxx - sx * sx))
}
AWK
  # Where the time went: each `build --timings` step, medians per side, steps over 0.05 s on either side.
  awk -F'\t' '
    function median(list,   n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) a[i] += 0
      for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
      return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
    }
    {
      key = $1 " " $2
      if (!(key in seen)) { seen[key] = 1; keys[++nk] = key }
      if (!((key, $5) in known)) { known[key, $5] = 1; stepsof[key] = stepsof[key] SUBSEP $5 }
      t[key, $5, $3] = t[key, $5, $3] " " $6
      if ($7 != "") c[key, $5, $3] = c[key, $5, $3] " " $7
    }
    END {
      if (nk == 0) exit
      print ""; print "Steps (`build --timings`, seconds, medians; CPU: the whole process during the step, every thread):"; print ""
      print "| shape | case | step | base | head | head/base | CPU base | CPU head |"; print "|---|---|---|---|---|---|---|---|"
      for (k = 1; k <= nk; k++) {
        n = split(substr(stepsof[keys[k]], 2), st, SUBSEP); split(keys[k], kk, " ")
        for (i = 1; i <= n; i++) {
          b = median(t[keys[k], st[i], "base"]); h = median(t[keys[k], st[i], "head"])
          if (b < 0.05 && h < 0.05) continue
          cb = ((keys[k], st[i], "base") in c) ? sprintf("%.2f", median(c[keys[k], st[i], "base"])) : "-"
          ch = ((keys[k], st[i], "head") in c) ? sprintf("%.2f", median(c[keys[k], st[i], "head"])) : "-"
          printf "| %s | %s | %s | %.2f | %.2f | %s | %s | %s |\n", kk[1], kk[2], st[i], b, h, (b > 0 ? sprintf("%.2f", h / b) : "NA"), cb, ch
        }
      }
    }' "$steps"
} >"$report"

if [[ $pages == 1 ]]; then
  site="$(snapshot_of "$head_sha" 200x3000)/site"
  if [[ ! -d $site ]]; then keep_snapshot=1; restore_snapshot "$head_sha" 200x3000; rm -rf "$run"; fi
  [[ -d "$root/benchmarks/scale/node_modules/playwright-core" ]] || npm ci --prefix "$root/benchmarks/scale" --no-audit --no-fund >&2
  log "timing every page of head's 200x3000 site in Chromium..."
  { echo; echo "### Pages of head's 200x3000 site (Chromium, file://)"; echo
    node "$root/benchmarks/scale/page-timing.mjs" "$site" --markdown; } >>"$report"
fi

cat "$report"
log "report: $report"
