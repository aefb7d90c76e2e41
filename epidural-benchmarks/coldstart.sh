#!/usr/bin/env bash
# coldstart.sh: times cold starts of the SDK against a plain `java Hello`, in one interleaved run.
#
# Usage:
#   coldstart.sh [--pairs N] [--java PATH] [--raw FILE] \
#       --label NAME [--lib CLASSPATH] [--cli JAR] [--launcher SCRIPT] \
#       [--label NAME ...]
#
# For each label (a build: "before", "after", ...) it times, besides `java Hello`:
#   builtIn   java -cp PROBE:CLASSPATH dev.epidural.benchmarks.ColdStartProbe
#             (EpiduralContent.builtIn() and a first query; CLASSPATH = epidural-content, epidural-model
#             and their runtime dependencies, as for `java -cp`, e.g. 'dir/*')
#   cli       java -jar JAR validate --builtin   (JAR = the CLI's all jar)
#   launcher  SCRIPT validate --builtin with EPIDURAL_JAR=JAR (SCRIPT defaults to the repository's
#             bin/epidural; it writes and then uses a class-data-sharing archive on Java 19+; the
#             archive lives in this run's scratch folder and is made by an untimed first run)
# Each round runs Hello and every command once, in an order that reverses every other round, so
# drift on a busy machine falls on all of them alike. Every command also runs once untimed first.
# It prints each command's median wall time, the ratio of that median to Hello's median, and the
# median of the per-round ratios (each run against the Hello of its own round).
#
# The probe is compiled from src/main/java/.../ColdStartProbe.java against each label's own class
# path, so two builds whose API differs elsewhere can still be compared. JDK tools only (java, javac).
# Exit codes: 0 done, 1 a timed command failed (its output is shown), 2 bad usage.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
probe_src=$here/src/main/java/dev/epidural/benchmarks/ColdStartProbe.java
default_launcher=$here/../bin/epidural

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit 2
}
die() {
  printf 'coldstart.sh: %s\n' "$1" >&2
  exit 2
}

pairs=10
java=
raw=
labels=()
declare -A lib cli launcher
current=
while [ $# -gt 0 ]; do
  case $1 in
    --pairs) pairs=${2:?}; shift 2 ;;
    --java) java=${2:?}; shift 2 ;;
    --raw) raw=${2:?}; shift 2 ;;
    --label)
      current=${2:?}
      case $current in *[!A-Za-z0-9._-]*) die "label '$current': use letters, digits, '.', '_' or '-'" ;; esac
      for l in "${labels[@]}"; do [ "$l" != "$current" ] || die "label '$current' given twice"; done
      labels+=("$current"); shift 2 ;;
    --lib|--cli|--launcher)
      [ -n "$current" ] || die "$1 must follow a --label"
      [ $# -ge 2 ] || die "$1 needs a value"
      case $1 in
        --lib) lib[$current]=$2 ;;
        --cli) [ -f "$2" ] || die "--cli $2: no such file"; cli[$current]=$2 ;;
        --launcher) [ -f "$2" ] || die "--launcher $2: no such file"; launcher[$current]=$2 ;;
      esac
      shift 2 ;;
    -h|--help) usage ;;
    *) die "unknown argument '$1' (try --help)" ;;
  esac
done
[ ${#labels[@]} -gt 0 ] || die "give at least one --label NAME with --lib and/or --cli (try --help)"
case $pairs in ''|*[!0-9]*) die "--pairs must be a whole number" ;; esac
[ "$pairs" -ge 10 ] || die "--pairs must be at least 10"

if [ -z "$java" ]; then
  if [ -n "${JAVA_HOME:-}" ]; then java=$JAVA_HOME/bin/java; else java=$(command -v java) || die "no java on PATH"; fi
fi
java=$(readlink -f "$java")
[ -x "$java" ] || die "$java is not an executable"
javac=$(dirname "$java")/javac
[ -x "$javac" ] || die "no javac next to $java: give a JDK's java with --java"
java_home=$(dirname "$(dirname "$java")")

work=$(mktemp -d "${TMPDIR:-/tmp}/coldstart.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The commands, by name; each is a bash array stored as a declare -p string.
names=(hello)
declare -A cmd
mkdir -p "$work/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n' \
  > "$work/hello/Hello.java"
"$javac" -d "$work/hello" "$work/hello/Hello.java"
cmd[hello]=$(printf '%q ' "$java" -cp "$work/hello" Hello)

for l in "${labels[@]}"; do
  if [ -n "${lib[$l]:-}" ]; then
    mkdir -p "$work/probe-$l"
    "$javac" -cp "${lib[$l]}" -d "$work/probe-$l" "$probe_src" \
      || die "label $l: the probe does not compile against --lib ${lib[$l]}"
    names+=("$l:builtIn")
    cmd[$l:builtIn]=$(printf '%q ' "$java" -cp "$work/probe-$l:${lib[$l]}" dev.epidural.benchmarks.ColdStartProbe)
  fi
  if [ -n "${cli[$l]:-}" ]; then
    names+=("$l:cli")
    cmd[$l:cli]=$(printf '%q ' "$java" -jar "${cli[$l]}" validate --builtin)
    script=${launcher[$l]:-$default_launcher}
    if [ -f "$script" ]; then
      names+=("$l:launcher")
      cmd[$l:launcher]=$(printf '%q ' env "JAVA_HOME=$java_home" "EPIDURAL_JAR=${cli[$l]}" \
        "EPIDURAL_CDS_DIR=$work/cds-$l" sh "$script" validate --builtin)
    fi
  fi
  [ -n "${lib[$l]:-}${cli[$l]:-}" ] || die "label $l has neither --lib nor --cli"
done

# One run of a command; its output is kept for a failure report only.
run() {
  if ! eval "${cmd[$1]}" > "$work/out" 2>&1; then
    printf 'coldstart.sh: %s failed:\n  %s\n' "$1" "${cmd[$1]}" >&2
    cat "$work/out" >&2
    exit 1
  fi
}

# Milliseconds, from bash's own clock (no process started to read it).
now_us() {
  local t=${EPOCHREALTIME/[.,]/}
  printf '%s' "$t"
}

printf 'java: %s (%s)\n' "$java" "$("$java" -version 2>&1 | head -n 1)"
printf 'warming up (each command once, untimed; creates the CDS archives)\n'
for n in "${names[@]}"; do run "$n"; done

declare -A samples
for ((round = 0; round < pairs; round++)); do
  order=("${names[@]}")
  if ((round % 2 == 1)); then
    order=()
    for ((i = ${#names[@]} - 1; i >= 0; i--)); do order+=("${names[i]}"); done
  fi
  for n in "${order[@]}"; do
    start=$(now_us)
    run "$n"
    end=$(now_us)
    samples[$n]+="$(( end - start )) "
  done
  printf '\rround %d/%d' $((round + 1)) "$pairs"
done
printf '\n'

if [ -n "$raw" ]; then
  { printf 'command'; for ((r = 1; r <= pairs; r++)); do printf '\tround%d_us' "$r"; done; printf '\n'
    for n in "${names[@]}"; do printf '%s\t%s\n' "$n" "$(echo ${samples[$n]} | tr ' ' '\t')"; done; } > "$raw"
fi

median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

hello_median=$(echo "${samples[hello]}" | median)
printf '\n%-22s %10s %10s %16s\n' command 'median ms' 'x Hello' 'median of pairs'
for n in "${names[@]}"; do
  m=$(echo "${samples[$n]}" | median)
  paired=$(paste -d' ' <(echo "${samples[$n]}" | tr ' ' '\n' | grep .) <(echo "${samples[hello]}" | tr ' ' '\n' | grep .) \
    | awk '{print $1/$2}' | tr '\n' ' ' | median)
  awk -v n="$n" -v m="$m" -v h="$hello_median" -v p="$paired" \
    'BEGIN {printf "%-22s %10.1f %10.2f %16.2f\n", n, m/1000, m/h, p}'
done
printf '\n%d rounds; builtIn = EpiduralContent.builtIn() + a first query; cli = java -jar ... validate --builtin;\n' "$pairs"
printf 'launcher = bin/epidural validate --builtin (with the CDS archive it keeps).\n'
