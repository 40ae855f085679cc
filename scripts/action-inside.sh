#!/usr/bin/env bash
# Inside the action's container: build StaticBench from the action's own checkout, then record,
# build and publish. Arguments are passed as bash arrays; result globs are expanded as file names only.
set -euo pipefail
git config --global --add safe.directory '*'
cp -r /staticbench /tmp/staticbench && cd /tmp/staticbench
scripts/setup-debian.sh --no-native
staticbench=(dotnet /tmp/staticbench/src/StaticBench.Cli/bin/Release/net10.0/staticbench.dll)
cd /workspace

shopt -s nullglob globstar
read -r -a patterns <<< "${STATICBENCH_RESULTS:-}"
files=()
for pattern in "${patterns[@]}"; do
  matches=($pattern)
  files+=("${matches[@]}")
done

data=(--data "$STATICBENCH_DATA" --branch "${STATICBENCH_DATA_BRANCH:-main}" --path "${STATICBENCH_DATA_PATH:-}")
if [ ${#files[@]} -gt 0 ]; then
  "${staticbench[@]}" record "${data[@]}" -- "${files[@]}"
elif [ ${#patterns[@]} -gt 0 ]; then
  echo "staticbench: no result files match: ${STATICBENCH_RESULTS}" >&2
  exit 1
fi

if [ "${STATICBENCH_PUBLISH:-true}" = "true" ]; then
  "${staticbench[@]}" build "${data[@]}" --out /tmp/site --title "${STATICBENCH_TITLE:-Benchmarks}"
  "${staticbench[@]}" publish --site /tmp/site --repo "$STATICBENCH_DATA" --branch "${STATICBENCH_PAGES_BRANCH:-gh-pages}"
fi
