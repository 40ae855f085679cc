#!/usr/bin/env bash
# Proves the .NET tool works outside a checkout: packs src/StaticBench.Cli, installs the package with
# `dotnet tool install` into a throwaway tool path, and from a folder outside this repository runs
# import, migrate and build (templates found) and run of the bundled suite (suite and drivers found).
# Prints "tool install: ok" at the end; any failure stops it with a non-zero exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fixtures="$root/tests/StaticBench.Importers.Tests/Fixtures"

dotnet pack "$root/src/StaticBench.Cli" -c Release -nologo -v q -o "$work/packages"
dotnet tool install staticbench --tool-path "$work/tool" --add-source "$work/packages" --version 0.1.0
sb="$work/tool/staticbench"

# A benchmarked project outside this repository, and an empty data repository.
mkdir -p "$work/outside/project"
cd "$work/outside/project"
git init -q -b main . && git -c user.name=t -c user.email=t@example.org commit -q --allow-empty -m "the measured commit"
git init -q --bare "$work/outside/data.git"

"$sb" --version
"$sb" import --format go --output "$work/outside/go.json" "$fixtures/go/bench.txt"
"$sb" record --data "$work/outside/data.git" "$work/outside/go.json"
"$sb" migrate --from gab --data "$work/outside/data.git" "$fixtures/gab/data.js"
"$sb" build --data "$work/outside/data.git" --out "$work/outside/site" --cache "$work/outside/cache"
test -f "$work/outside/site/index.html"
"$sb" engines
"$sb" run --bench sort --engine native --size small --samples 1 --warmup 0 --scaling false --output "$work/outside/run.json"
"$sb" validate "$work/outside/run.json"
echo "tool install: ok"
