#!/usr/bin/env bash
# Validates every GitHub Actions workflow in .github/workflows against the workflow schema, offline,
# with action-validator (https://github.com/mpalmer/action-validator, shipped to npm as WebAssembly).
# The pinned version is installed once into a cache directory and reused.
set -euo pipefail

readonly VERSION="0.6.0"
readonly CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/ecs-platform/action-validator-${VERSION}"
readonly VALIDATOR="${CACHE_DIR}/node_modules/.bin/action-validator"

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v npm >/dev/null 2>&1; then
  echo "validate-workflows: npm is required (apt-get install nodejs npm)" >&2
  exit 1
fi

if [[ ! -x "${VALIDATOR}" ]]; then
  mkdir -p "${CACHE_DIR}"
  # The CLI declares the core (the WebAssembly validator) as a peer: pin both.
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix "${CACHE_DIR}" \
    "@action-validator/cli@${VERSION}" "@action-validator/core@${VERSION}"
fi

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
if (( ${#workflows[@]} == 0 )); then
  echo "validate-workflows: no workflow files in .github/workflows" >&2
  exit 1
fi

failed=0
for workflow in "${workflows[@]}"; do
  if "${VALIDATOR}" "${workflow}"; then
    echo "ok      ${workflow}"
  else
    echo "INVALID ${workflow}" >&2
    failed=1
  fi
done
exit "${failed}"
