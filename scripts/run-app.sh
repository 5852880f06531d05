#!/usr/bin/env bash
# Install Passerelle (first time) and start it on the default database:
# a SQLite file in the user's data folder, created and filled with the sample catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-env.sh app
exec .venv/bin/passerelle "$@"
