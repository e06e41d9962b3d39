#!/usr/bin/env bash
# The README's promise, checked as a new user would meet it: a throwaway Maven project that
# imports crm-bom and depends on crm-rules and crm-memory at compile scope only, with the
# README's quick start as its main class, compiled and run against the artifacts installed into
# a temporary local repository (never ~/.m2). Fails if it does not compile, if a test framework
# is on its run-time class path, or if it prints anything else than the README shows.
# Extra arguments go to every Maven call (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
REPO="$WORK/repository"
HOST="$WORK/host"

say() { echo "host-project.sh: $*" >&2; }

# A private local repository: a copy of the user's (plugins and third-party libraries, so this
# works offline), without any clientbase artifact, then the ones built here.
mkdir -p "$REPO"
if [[ -d "$HOME/.m2/repository" ]]; then
  cp -a "$HOME/.m2/repository/." "$REPO/"
  rm -rf "$REPO/org/clientbase"
fi
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)"
say "installing clientbase $version into $REPO"
mvn -B -q install -pl crm-bom,crm-rules,crm-memory -am -DskipTests -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true -Dmaven.repo.local="$REPO" "$@"

# The quick start: the first ```java block of README.md with a main method, and the ```text
# block after the "Prints:" line that follows it.
mkdir -p "$HOST/src/main/java"
awk '
  /^```java$/ { inblock = 1; text = ""; next }
  inblock && /^```$/ { inblock = 0; if (text ~ /static void main\(/ && !done) { printf "%s", text; done = 1 } next }
  inblock { text = text $0 "\n" }
' README.md > "$HOST/src/main/java/QuickStart.java"
awk '
  /^```java$/ { inblock = 1; text = ""; next }
  inblock && /^```$/ { inblock = 0; if (text ~ /static void main\(/ && !found) { found = 1; wait = 1 } next }
  inblock { text = text $0 "\n"; next }
  wait && /^Prints:$/ { prints = 1; next }
  wait && prints && /^```text$/ { copying = 1; next }
  copying && /^```$/ { exit }
  copying { print }
' README.md > "$WORK/expected.txt"
grep -q "public class QuickStart" "$HOST/src/main/java/QuickStart.java" \
  || { say "README.md has no quick start class QuickStart with a main method"; exit 1; }
[[ -s "$WORK/expected.txt" ]] || { say "README.md shows no output (Prints:) after the quick start"; exit 1; }

cat > "$HOST/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>crm-host</artifactId>
  <version>1.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>org.clientbase</groupId>
        <artifactId>crm-bom</artifactId>
        <version>$version</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency>
      <groupId>org.clientbase</groupId>
      <artifactId>crm-rules</artifactId>
    </dependency>
    <dependency>
      <groupId>org.clientbase</groupId>
      <artifactId>crm-memory</artifactId>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.5.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.16.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.8.1</version>
      </plugin>
    </plugins>
  </build>
</project>
POM

say "compiling the quick start in $HOST"
(cd "$HOST" && mvn -B -q compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" \
  -Dmdep.includeScope=runtime -Dmaven.repo.local="$REPO" "$@")
if tr ':' '\n' < "$WORK/classpath.txt" | grep -E -i 'junit|assertj|quicktheories|byte-buddy|opentest4j'; then
  say "a test framework is on the quick start's run-time class path (above)"
  exit 1
fi
java -cp "$HOST/target/classes:$(cat "$WORK/classpath.txt")" QuickStart > "$WORK/actual.txt"
if ! diff -u "$WORK/expected.txt" "$WORK/actual.txt"; then
  say "the quick start prints something else than README.md shows (diff above: - README, + real)"
  exit 1
fi
say "the README quick start compiles and prints what the README shows ($(wc -l < "$WORK/actual.txt") lines)"
