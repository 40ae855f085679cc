#!/usr/bin/env bash
# Set up, build, and run every test. Prints one closing line: "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup-debian.sh --test
log=$(mktemp)
status=0
dotnet test StaticBench.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?
# dotnet test prints one summary per test assembly; add them up into the line CI reads.
awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
       }
       n++
     }
     END { gsub(",", "", p); printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s; if (n == 0) exit 1 }' "$log" || status=1
rm -f "$log"
exit $status
