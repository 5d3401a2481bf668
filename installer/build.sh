#!/usr/bin/env bash
# Builds the native installer for the OS this runs on: .deb (or .rpm) on Linux, .dmg on macOS,
# .msi on Windows (Git Bash; build.ps1 does the same in PowerShell). Output: target/installer/out/.
#
#   installer/build.sh                  mvn package (with tests), then the default package for this OS
#   installer/build.sh --type rpm       another type; repeat --type for several (app-image, deb, rpm, msi, exe, dmg, pkg)
#   installer/build.sh --skip-maven     package what target/ already holds (the -Pinstaller Maven profile uses this)
#   installer/build.sh --skip-tests     run mvn package with -DskipTests
#   installer/build.sh --print-module-deps   only measure which JDK modules the jars need (jdeps)
#
# Needs a JDK 17+ with jpackage (JAVA_HOME, or jpackage on PATH) and Maven. Options for jpackage live in the
# argument files beside this script; this script only computes paths, the version and the module list.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

types=() skip_maven=false skip_tests=false print_deps=false
while [ $# -gt 0 ]; do
  case "$1" in
    --type) types+=("$2"); shift 2 ;;
    --skip-maven) skip_maven=true; shift ;;
    --skip-tests) skip_tests=true; shift ;;
    --print-module-deps) print_deps=true; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "build.sh: $*" >&2; exit 1; }

jdk_tool() {
  local t="$1"
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$t" ]; then echo "$JAVA_HOME/bin/$t"; return; fi
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$t.exe" ]; then echo "$JAVA_HOME/bin/$t.exe"; return; fi
  command -v "$t" || fail "$t not found: install a JDK 17 or newer and set JAVA_HOME."
}
jpackage="$(jdk_tool jpackage)"
jdeps="$(jdk_tool jdeps)"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=macos ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) fail "unsupported OS $(uname -s)" ;;
esac
if [ ${#types[@]} -eq 0 ]; then
  case "$os" in
    linux) if command -v dpkg-deb >/dev/null; then types=(deb); else types=(rpm); fi ;;
    macos) types=(dmg) ;;
    windows) types=(msi) ;;
  esac
fi

if ! $skip_maven; then
  mvn_args=(-B -q package)
  $skip_tests && mvn_args+=(-DskipTests)
  mvn "${mvn_args[@]}"
fi
[ -f target/child-maintenance-log.jar ] && [ -d target/lib ] || fail "target/ has no app jar or lib/: run mvn package first."

# Stage: the app jar and the plain jars go into the app (class path); the JavaFX jars for this platform
# (javafx-*-<version>-<platform>.jar) go on --module-path so jlink links them into the runtime. The empty
# javafx-*-<version>.jar stubs are left out.
work=target/installer
rm -rf "$work/input" "$work/javafx"
mkdir -p "$work/input/lib" "$work/javafx" "$work/out"
cp target/child-maintenance-log.jar "$work/input/"
for jar in target/lib/*.jar; do
  name="$(basename "$jar")"
  case "$name" in
    javafx-*-[0-9]*-*.jar) cp "$jar" "$work/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$work/input/lib/" ;;
  esac
done
ls "$work"/javafx/javafx-graphics-*.jar >/dev/null 2>&1 || fail "no JavaFX platform jars in target/lib."

if $print_deps; then
  sep=":"; [ "$os" = windows ] && sep=";"
  fx_path="$(printf "%s$sep" "$work"/javafx/*.jar)"
  echo "JDK and JavaFX modules the jars use (jdeps):"
  "$jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$fx_path" \
    "$work/input/child-maintenance-log.jar" "$work"/input/lib/*.jar
  exit 0
fi

version="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties | tr -d '\r')"
[ -n "$version" ] || fail "no version in target/maven-archiver/pom.properties."
if [ "$os" = macos ] && [[ "$version" == 0.* ]]; then
  # macOS bundle versions must start with 1 or more; jpackage refuses 0.x.
  version="${MAC_APP_VERSION:-}"
  [ -n "$version" ] || fail "macOS needs a version of 1.0.0 or more (the pom says 0.x). Set MAC_APP_VERSION=1.0.0 to build anyway."
fi
modules="$(grep -v '^[[:space:]]*#' installer/modules.txt | grep -v '^[[:space:]]*$' | tr -d '\r' | paste -sd, -)"

# JVM options the launcher's configuration gets here (the heap and compiler ones, for every OS, are in image.args).
JVM_OPTIONS=()

# 1. The app image (a folder with the app and its trimmed Java runtime), built once; every installer packages it.
image_root="$work/image"
rm -rf "$image_root"
echo "Building the app image $version with $("$jpackage" --version 2>/dev/null | head -1) jpackage ..."
"$jpackage" @installer/common.args @installer/image.args @"installer/$os/app.args" --type app-image \
  --app-version "$version" --input "$work/input" --module-path "$work/javafx" --add-modules "$modules" --dest "$image_root"
case "$os" in
  macos) image="$image_root/Child Maintenance Log.app"; app_dir="$image/Contents/app"; launcher="$image/Contents/MacOS/Child Maintenance Log" ;;
  *) image="$image_root/Child Maintenance Log"; app_dir="$image/lib/app"; launcher="$image/bin/Child Maintenance Log" ;;
esac

# SQLite's native library, taken out of its jar once here: otherwise every start copies it (1 MB) to the temporary
# folder, and runs `uname` to tell Android from Linux, before the records can open. Measured on a busy 2-core
# machine: opening a database took 0.44 s of processor time against 0.65 s. Linux only (macOS and Windows keep
# the jar's own way, which works everywhere).
sqlite_dir=""
case "$os/$(uname -m)" in
  linux/x86_64) sqlite_dir=Linux/x86_64 ;;
  linux/aarch64) sqlite_dir=Linux/aarch64 ;;
esac
if [ -n "$sqlite_dir" ] && command -v unzip >/dev/null \
    && unzip -j -o -q "$work"/input/lib/sqlite-jdbc-*.jar "org/sqlite/native/$sqlite_dir/libsqlitejdbc.so" -d "$app_dir/native"; then
  JVM_OPTIONS+=(-Dorg.sqlite.lib.path=\$APPDIR/native -Dorg.sqlite.lib.name=libsqlitejdbc.so)
fi
# JavaFX's native libraries in the runtime's lib folder, where a linked JavaFX looks for them first: otherwise every
# start copies each one out of the runtime's modules into ~/.openjfx/cache and checksums it. Linux only, as above.
if [ "$os" = linux ]; then
  for jar in "$work"/javafx/javafx-*.jar; do
    unzip -j -o -q "$jar" '*.so' -d "$image/lib/runtime/lib" 2>/dev/null || true
  done
  ls "$image"/lib/runtime/lib/libglass.so >/dev/null 2>&1 || echo "JavaFX's native libraries were not copied; JavaFX will unpack them itself."
fi
# Memory: glibc keeps what Java's compilers freed while the app started (15-26 MB, measured) until it is asked to give
# it back; with this option the JVM asks every 5 s. Linux only (glibc), and only if this Java has the option (recent
# Java 17 updates and later), so an older JDK still builds an app that starts. The plain jar does the same once, from
# the app (NativeHeapTrim).
if [ "$os" = linux ] && "$image/lib/runtime/bin/java" -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
  JVM_OPTIONS+=(-XX:TrimNativeHeapInterval=5000)
fi
cfg="$app_dir/Child Maintenance Log.cfg"
# jpackage's Linux launcher asks rpm and dpkg which package owns it, twice, before it starts Java (0.3-0.4 s on every
# start, more on a desktop with thousands of packages): a small script reads the same configuration file instead.
# It needs the runtime's own java command, so image.args does not strip it.
if [ "$os" = linux ]; then
  cp installer/linux/launcher.sh "$launcher"
  chmod 755 "$launcher"
fi
write_options() {
  grep -q '^\[JavaOptions\]' "$cfg" || echo "[JavaOptions]" >> "$cfg"
  for option in "$@"; do
    echo "java-options=$option" >> "$cfg"
  done
}
# A runtime of Java 25 or later (the JDK that runs jpackage) can keep an ahead-of-time cache (below). It also warns
# on every start that JavaFX and SQLite load native libraries and that JavaFX uses sun.misc.Unsafe: allowed here,
# as Java 17 allows them without a word. Java 17 refuses the second option, so only when the runtime has it.
aot=false
if "$image/lib/runtime/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  aot=true
  JVM_OPTIONS+=(--enable-native-access=javafx.graphics,ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
fi
# Before the training run, so the archive holds the classes the app loads with these options.
write_options ${JVM_OPTIONS[@]+"${JVM_OPTIONS[@]}"}

# 2. Class data sharing: run the app once on a sample case until its window is up, and keep the classes it
# loaded, so every later start maps them instead of loading and verifying them again.
# Java 25 and later: an ahead-of-time cache (app.aot; JEP 483 and 515): the classes loaded and linked, and the
# profiles of the methods that ran, so the compilers start from them. It is used wherever the image is put, under a
# path with spaces too (checked with Temurin 25.0.3: 5,507 of 5,562 classes from the cache, 896 of them the app's,
# with the image moved and the build folder gone), so every package carries the cache made here.
# Java 17: app.jsa, a dynamic archive; on Linux the same run writes the list of the classes it loaded
# (classes.lst) for the .deb (below), as Java 17 uses an archive only in the folder it was made in.
if $aot; then
  "$(dirname "$0")/train-cds.sh" "$launcher" "$app_dir/app.aot" || echo "No ahead-of-time cache (see above); the app works without one, only starts slower."
  [ -f "$app_dir/app.aot" ] && write_options -XX:AOTCache=\$APPDIR/app.aot
else
  classlist=""
  [ "$os" = linux ] && classlist="$app_dir/classes.lst"
  "$(dirname "$0")/train-cds.sh" "$launcher" "$app_dir/app.jsa" ${classlist:+"$classlist"} || echo "No class data sharing archive (see above); the app works without one, only starts slower."
  if [ -f "$app_dir/app.jsa" ] || { [ -n "$classlist" ] && [ -f "$classlist" ]; }; then
    write_options -XX:SharedArchiveFile=\$APPDIR/app.jsa -Xshare:auto
  fi
fi

# 3. Each installer (or a copy of the image) from that one image.
for type in "${types[@]}"; do
  if [ "$type" = app-image ]; then
    rm -rf "$work/out/$(basename "$image")"
    cp -a "$image" "$work/out/"
    continue
  fi
  args=(@installer/common.args --license-file src/main/resources/uk/cml/ui/about/LICENSE.txt @"installer/$os/package.args")
  [ -f "installer/$os/$type.args" ] && args+=(@"installer/$os/$type.args")
  package_image="$image"
  # The .deb carries the class list, not the archive: JDK 17 takes no class of the app's from an archive whose jars'
  # path has a space (every path under "Child Maintenance Log"), and drops an archive used from another folder than
  # the one it was made in, wholly (measured: 0 classes shared). Its post-install script (linux/resources/postinst)
  # makes a static archive from the list where the app is installed, /opt/child-maintenance-log/lib/app/app.jsa,
  # and its removal scripts delete it. The .rpm and the app image keep the archive made here.
  if [ "$os" = linux ] && [ "$type" = deb ] && [ -f "$app_dir/classes.lst" ]; then
    package_image="$work/deb-image/$(basename "$image")"
    rm -rf "$work/deb-image"
    mkdir -p "$work/deb-image"
    cp -a "$image" "$package_image"
    rm -f "$package_image/lib/app/app.jsa"
  fi
  echo "Building $type $version from the app image ..."
  "$jpackage" "${args[@]}" --type "$type" --app-version "$version" --app-image "$package_image" --dest "$work/out"
done
echo "Done. Output in $root/$work/out:"
ls -l "$work/out"
