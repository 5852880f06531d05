#!/usr/bin/env bash
# Install Passerelle with its test tools (first time), lint, and run the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-env.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app tests scripts db
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
