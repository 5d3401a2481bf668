#!/usr/bin/env bash
# Makes the app's class data sharing archive (AppCDS): starts the built app on a made-up case, waits for its main
# window (the log's "Window ready" line), lets the Overview fill, then ends it; the JVM writes every class it loaded
# to the archive as it exits. Needs a display: $DISPLAY, or Debian's xvfb-run.
#   installer/train-cds.sh LAUNCHER ARCHIVE.jsa [CLASSES.lst]
# With CLASSES.lst the same run also writes the list of every class it loaded (-XX:DumpLoadedClassList): the .deb's
# post-install script makes a static archive from it at the install folder, with no display (see linux/resources).
# An ARCHIVE named *.aot is an ahead-of-time cache instead (Java 25 and later, -XX:AOTCacheOutput): the classes
# loaded and linked and the methods' profiles, usable wherever the image is put (see build.sh).
set -euo pipefail
launcher="$1" archive="$2" classlist="${3:-}"
if [ -n "${CDS_TMP:-}" ]; then   # the second run, inside xvfb-run: only the training run itself
  tmp="$CDS_TMP"
else
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
fi
export HOME="$tmp/home"   # never the builder's own records
mkdir -p "$HOME"
# The runtime's base archive first (the app's archive sits on it); jlink's --generate-cds-archive would need
# the java command, which the trimmed runtime leaves out.
if [ -z "${CDS_TMP:-}" ]; then
  JAVA_TOOL_OPTIONS="-Xshare:dump" "$launcher" >/dev/null 2>&1 || true
  "$launcher" sample-data --data-dir "$tmp/sample" >/dev/null
fi

run_app() {
  # JAVA_TOOL_OPTIONS splits on spaces, and the install folder's name has them: write to tmp, then move.
  local options="-XX:ArchiveClassesAtExit=$tmp/app.jsa"
  case "$archive" in *.aot) options="-XX:AOTCacheOutput=$tmp/app.jsa" ;; esac
  [ -n "$classlist" ] && options="$options -XX:DumpLoadedClassList=$tmp/classes.lst"
  JAVA_TOOL_OPTIONS="$options" "$launcher" --data-dir "$tmp/sample" >"$tmp/app.out" 2>&1 &
  pid=$!
  for _ in $(seq 300); do
    grep -qs "Window ready" "$tmp"/sample/logs/app-*.log && break
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/app.out" >&2; return 1; }
    sleep 0.1
  done
  sleep 3   # the Overview's data and charts arrive just after the window
  kill -TERM "$pid"
  wait "$pid" || true
  mv "$tmp/app.jsa" "$archive"
  if [ -n "$classlist" ]; then mv "$tmp/classes.lst" "$classlist"; fi
}
if [ -n "${DISPLAY:-}" ]; then
  run_app
  [ -n "${CDS_TMP:-}" ] && exit 0
elif command -v xvfb-run >/dev/null; then
  # xvfb-run runs its command through sh, which drops exported bash functions: run this script again inside.
  xvfb-run -a -s "-screen 0 1366x768x24" env CDS_TMP="$tmp" bash "$0" "$launcher" "$archive" "$classlist"
else
  echo "train-cds.sh: no display and no xvfb-run (Debian: apt-get install xvfb)" >&2
  exit 1
fi
[ -s "$archive" ] || { echo "train-cds.sh: no archive was written" >&2; cat "$tmp/app.out" >&2; exit 1; }
echo "Class data sharing archive: $archive ($(du -h "$archive" | cut -f1))"
if [ -n "$classlist" ]; then
  [ -s "$classlist" ] || { echo "train-cds.sh: no class list was written" >&2; exit 1; }
  echo "Class list: $classlist ($(grep -vc '^#' "$classlist") lines)"
fi
