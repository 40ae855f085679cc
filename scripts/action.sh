#!/usr/bin/env bash
# The reusable action (action.yml): runs StaticBench in a Debian 12 + .NET 10 container, with the
# workspace and the incremental cache mounted. Every input comes
# in as an environment variable; none is ever evaluated as shell code.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$HOME/.cache/staticbench"
docker run --rm \
  -v "$GITHUB_WORKSPACE:/workspace" -w /workspace \
  -v "$here:/staticbench:ro" \
  -v "$HOME/.cache/staticbench:/root/.cache/staticbench" \
  -e STATICBENCH_RESULTS -e STATICBENCH_DATA -e STATICBENCH_DATA_BRANCH -e STATICBENCH_DATA_PATH \
  -e STATICBENCH_PAGES_BRANCH -e STATICBENCH_PUBLISH -e STATICBENCH_TITLE -e STATICBENCH_GIT_TOKEN \
  mcr.microsoft.com/dotnet/sdk:10.0-bookworm-slim \
  bash /staticbench/scripts/action-inside.sh
