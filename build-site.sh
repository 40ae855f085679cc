#!/usr/bin/env bash
# The main job: set up, then build the site from this repository's own benchmark history (data/)
# into site/. Open site/index.html in a browser; no server needed.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup-debian.sh
bin/staticbench build --data . --path data --out site "$@"
echo "site: file://$PWD/site/index.html"
