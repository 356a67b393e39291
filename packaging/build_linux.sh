#!/usr/bin/env bash
# Build Briefer's Linux one-folder bundle from a clean checkout and prove it works.
#
#   packaging/build_linux.sh            -> packaging/dist/Briefer/briefer
#
# Needs only python3, uv (`python3 -m pip install uv`) and binutils (objdump, strip).
# Steps: a separate build venv (runtime dependencies + PyInstaller, never the dev tools; the
# dev .venv is not touched), PyInstaller with packaging/briefer.spec, then checks: the bundle's
# own self-test (offscreen), its data files against the checkout, no bundled library needing a
# library the spec dropped, a short offscreen start of the desktop app, and the size budget.
# Exits non-zero on any failure.
#
# Environment: BRIEFER_BUILD_PYTHON (default 3.11), BRIEFER_BUNDLE_BUDGET_MB (default 200),
# BRIEFER_SKIP_GUI_SMOKE=1 to skip starting the desktop app.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

BUDGET_MB=${BRIEFER_BUNDLE_BUDGET_MB:-200}
PYTHON_VERSION=${BRIEFER_BUILD_PYTHON:-3.11}
BUILD_VENV=$REPO/packaging/.build-venv
WORK=$REPO/packaging/build
DIST=$REPO/packaging/dist
BUNDLE=$DIST/Briefer
started=$SECONDS

fail() { echo "build_linux.sh: $*" >&2; exit 1; }
phase() { echo "== $* ($((SECONDS - started)) s)"; }

# ---- tools ---------------------------------------------------------------------------------
[ "$(uname -s)" = Linux ] || fail "this script builds the Linux bundle; see packaging/README.md for Windows and macOS."
for tool in objdump strip ldd; do
  command -v "$tool" >/dev/null 2>&1 \
    || fail "'$tool' is missing: PyInstaller needs binutils on Linux (apt-get install binutils)."
done
if command -v uv >/dev/null 2>&1; then
  UV=(uv)
elif python3 -m uv --version >/dev/null 2>&1; then
  UV=(python3 -m uv)
else
  fail "uv is missing: python3 -m pip install uv"
fi

# ---- build venv: runtime dependencies + PyInstaller, from uv.lock ---------------------------
phase "build venv $BUILD_VENV (Python $PYTHON_VERSION, runtime dependencies + PyInstaller)"
UV_PROJECT_ENVIRONMENT=$BUILD_VENV "${UV[@]}" sync --frozen --no-default-groups --group packaging \
  --python "$PYTHON_VERSION" --quiet
PY=$BUILD_VENV/bin/python
for forbidden in pytest hypothesis mypy ruff; do
  if "$PY" -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('$forbidden') is None)"; then
    fail "the build venv has $forbidden: it must hold runtime dependencies and PyInstaller only."
  fi
done
"$PY" -c "import sysconfig, sys; sys.exit(not sysconfig.get_config_var('Py_ENABLE_SHARED'))" \
  || fail "Python $("$PY" -V) was built without a shared libpython, which PyInstaller needs."

# ---- PyInstaller ---------------------------------------------------------------------------
phase "PyInstaller (packaging/briefer.spec)"
rm -rf "$WORK" "$DIST"
pyi_started=$SECONDS
QT_QPA_PLATFORM=offscreen "$BUILD_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/briefer.spec
pyi_seconds=$((SECONDS - pyi_started))
[ -x "$BUNDLE/briefer" ] || fail "PyInstaller finished but $BUNDLE/briefer is missing."

# Everything below runs in a scratch HOME: a check must never touch the user's folders.
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/briefer-bundle-check.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
export BRIEFER_HOME=$SCRATCH/home XDG_CONFIG_HOME=$SCRATCH/config XDG_DATA_HOME=$SCRATCH/data \
  XDG_CACHE_HOME=$SCRATCH/cache XDG_RUNTIME_DIR=$SCRATCH/runtime
unset BRIEFER_STORE
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# ---- the bundle's self-test ----------------------------------------------------------------
phase "self-test: $BUNDLE/briefer selftest"
(cd "$SCRATCH" && QT_QPA_PLATFORM=offscreen "$BUNDLE/briefer" selftest) \
  || fail "the bundle's self-test failed (see above)."

# ---- data files: every template, font, translation and the demo pack of this checkout -------
phase "data files against the checkout"
"$PY" packaging/bundle_manifest.py --check-bundle "$BUNDLE" \
  || fail "the bundle's data files do not match the checkout."

# ---- no bundled binary needs a library the spec dropped ------------------------------------
phase "shared libraries (ldd)"
INTERNAL=$BUNDLE/_internal
DROPPED=$WORK/briefer/dropped-files.txt
missing_libs=$(
  find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0 \
    | { xargs -0 -r env LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" ldd 2>/dev/null || true; } \
    | awk '/=> not found/ {print $1}' | sort -u
)
dropped_names=$(awk -F/ '{print $NF}' "$DROPPED")
broken=""
for lib in $missing_libs; do
  if grep -qxF "$lib" <<<"$dropped_names" || [[ $lib == libQt6* || $lib == libpyside6* || $lib == libshiboken6* ]]; then
    broken="$broken $lib"
  else
    echo "   note: $lib is not on this build machine (a system library the desktop provides)"
  fi
done
[ -z "$broken" ] || fail "bundled binaries need libraries the spec dropped:$broken"
echo "   ok: nothing in the bundle needs a dropped or missing Qt library"

# ---- the desktop app starts (offscreen) and quits cleanly on SIGTERM -------------------------
if [ "${BRIEFER_SKIP_GUI_SMOKE:-}" != 1 ]; then
  phase "desktop app: start offscreen, quit on SIGTERM after 8 s"
  status=0
  (cd "$SCRATCH" && QT_QPA_PLATFORM=offscreen timeout --preserve-status -s TERM -k 5 8 \
    "$BUNDLE/briefer" --store "$SCRATCH/gui.sqlite" >"$SCRATCH/gui.log" 2>&1) || status=$?
  if [ "$status" -ne 0 ] || grep -q "Traceback\|internal error\|cannot start" "$SCRATCH/gui.log"; then
    cat "$SCRATCH/gui.log" >&2
    fail "the desktop app did not run cleanly from the bundle (exit $status)."
  fi
  [ -f "$SCRATCH/gui.sqlite" ] || fail "the desktop app ran but did not create its first-run store."
  echo "   ok: window up, first-run store created, clean exit"
fi

# ---- size ----------------------------------------------------------------------------------
phase "size"
bytes=$(du -sb "$BUNDLE" | cut -f1)
echo "   bundle: $BUNDLE  $((bytes / 1000000)) MB ($bytes bytes, du -sb), $(find "$BUNDLE" -type f | wc -l) files"
echo "   largest parts:"
# awk stops printing after N rows instead of `head`: under `set -o pipefail` a `head` that
# exits early kills `sort` with SIGPIPE and the whole script with status 141.
du -sb "$INTERNAL"/* "$BUNDLE/briefer" | sort -rn \
  | awk -v root="$BUNDLE/" 'NR <= 12 {sub(root, "", $2); printf "     %7.1f MB  %s\n", $1 / 1e6, $2}'
echo "   largest files:"
find "$BUNDLE" -type f -printf '%s %P\n' | sort -rn \
  | awk 'NR <= 8 {printf "     %7.1f MB  %s\n", $1 / 1e6, $2}'
[ "$bytes" -le $((BUDGET_MB * 1000000)) ] \
  || fail "the bundle is $((bytes / 1000000)) MB, over the ${BUDGET_MB} MB budget."

phase "done: PyInstaller ${pyi_seconds} s, total $((SECONDS - started)) s; bundle ok ($((bytes / 1000000)) MB <= ${BUDGET_MB} MB)"
