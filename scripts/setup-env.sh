#!/usr/bin/env bash
# Prepare a fresh machine for Passerelle: system libraries Qt needs, a virtual
# environment in .venv, and the project installed in it (with test tools if asked).
#   scripts/setup-env.sh [app|test]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-app}

# Libraries the Qt wheels load (fonts, OpenGL/EGL, keyboard, X11 for a real screen).
need=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
      libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
      libnss3 fonts-dejavu-core)
[[ $what == test ]] && need+=(poppler-utils)
missing=()
for pkg in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installation des bibliothèques système : ${missing[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Bibliothèques système absentes (à installer par l'administrateur) : ${missing[*]}" >&2
  fi
fi

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "Création de l'environnement Python dans .venv"
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
if [[ $what == test ]]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
