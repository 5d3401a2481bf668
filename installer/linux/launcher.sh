#!/bin/sh
# Starts Child Maintenance Log with the Java runtime inside the installed folder. installer/build.sh puts this script
# in place of jpackage's own Linux launcher, which asks rpm and dpkg which package owns it, twice, on every start:
# 0.4 s and more before Java even begins (dpkg reads every installed package's file list; measured 1 Dec 2026 on a
# machine with 769 packages). It reads the same configuration file jpackage wrote (lib/app/<name>.cfg: class path,
# main class, JVM options with $APPDIR), so build.sh keeps one list of options.
root="$(dirname "$(dirname "$(readlink -f "$0")")")"
app="$root/lib/app"
cfg="$app/Child Maintenance Log.cfg"
java="$root/lib/runtime/bin/java"
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
  echo "Child Maintenance Log is not installed completely ($root). Please install it again." >&2
  exit 1
fi

# The parent's own arguments (for example --data-dir) stay first while the options are added after them; they are
# moved to the end below, so Java sees: options, class path, main class, then the parent's arguments.
own=$#
classpath="" main=""
while IFS= read -r line || [ -n "$line" ]; do
  value="${line#*=}"
  case "$value" in
    *'$APPDIR'*) value="${value%%\$APPDIR*}$app${value#*\$APPDIR}" ;;
  esac
  case "$line" in
    app.classpath=*) classpath="${classpath:+$classpath:}$value" ;;
    app.mainclass=*) main="$value" ;;
    java-options=*) set -- "$@" "$value" ;;
  esac
done < "$cfg"
set -- "$@" -cp "$classpath" "$main"
while [ "$own" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  own=$((own - 1))
done
exec "$java" "$@"
