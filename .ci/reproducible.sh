#!/usr/bin/env bash
# Builds the published artifacts twice from clean and fails unless every jar (classes, sources,
# javadoc) and every pom is byte for byte the same. Run from .ci/run after the tests.
# Extra arguments go to Maven (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

MODULES=crm-bom,crm-core,crm-spi,crm-rules,crm-memory,crm-jdbc,crm-testkit
FIRST="$(mktemp -d)"
trap 'rm -rf "$FIRST"' EXIT

build() {
  mvn -B -q clean package -pl "$MODULES" -am -DskipTests -Denforcer.skip=true "$@"
}

collect() {
  local into="$1"
  for module in ${MODULES//,/ }; do
    mkdir -p "$into/$module"
    cp "$module"/pom.xml "$into/$module/"
    if compgen -G "$module/target/*.jar" >/dev/null; then
      cp "$module"/target/*.jar "$into/$module/"
    fi
  done
}

echo "reproducible.sh: first build"
build "$@"
collect "$FIRST/one"
echo "reproducible.sh: second build"
build "$@"
collect "$FIRST/two"

jars="$(cd "$FIRST/one" && find . -name '*.jar' | sort)"
count="$(echo "$jars" | grep -c . || true)"
if [[ "$count" -lt 18 ]]; then
  echo "reproducible.sh: expected the classes, sources and javadoc jars of six modules, found $count jars" >&2
  exit 1
fi
different=0
while read -r file; do
  if ! cmp -s "$FIRST/one/$file" "$FIRST/two/$file"; then
    echo "reproducible.sh: $file differs between two builds" >&2
    if command -v unzip >/dev/null; then
      diff <(unzip -lv "$FIRST/one/$file") <(unzip -lv "$FIRST/two/$file") | head -20 >&2 || true
    fi
    different=1
  fi
done < <(cd "$FIRST/one" && find . -type f | sort)
if [[ "$different" == 1 ]]; then
  exit 1
fi
echo "reproducible.sh: $count jars identical in two clean builds"
