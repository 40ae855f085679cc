#!/usr/bin/env bash
# Long fuzz run of the result reader and the history reader (docs/result-format.md, "Fuzzing"):
# every seeded property test for SECONDS each, from SEED (default: a new one, printed). Inputs that
# break a property are written to tests/fuzz-corpus/ and named in the failure; commit them with the fix.
# Usage: scripts/fuzz.sh [SECONDS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
seed="${2:-$(date +%s)}"
echo "fuzz: ${seconds} s per property, seed ${seed}"
dotnet build StaticBench.sln -c Release -nologo -v q
export STATICBENCH_FUZZ_SECONDS="$seconds" STATICBENCH_FUZZ_SEED="$seed"
status=0
for target in "StaticBench.Schema.Tests:ResultReaderPropertyTests" "StaticBench.Store.Tests:HistoryReaderPropertyTests"; do
  project="${target%%:*}"
  dotnet test "tests/$project" -c Release --no-build --filter "FullyQualifiedName~${target#*:}" \
    --logger "console;verbosity=detailed" | grep -E "inputs in|Passed |Failed |kept as|Exception:" || status=1
done
exit "$status"
