#!/usr/bin/env bash
# Start-up of a fresh installation: from `java -jar` to the first page (GET / answered 200, redirects
# followed to the sign-in page), on an empty data folder with the demo on; also when the demo is ready
# (GET /api/meetings lists it), and the CPU time the JVM had used by the first page (user + system, all
# threads: less moved than wall time by other work on a shared machine). Prints each run and the medians.
# Figures: docs/PERFORMANCE.md.
#
#   docs/benchmarks/startup.sh [runs=3] [java options…]         the jar of `./mvnw package`
#   START=target/fast/start docs/benchmarks/startup.sh [runs]    the fast form (./mvnw -Pfast-start package)
#
# BUILD=no skips building (`./mvnw -o -DskipTests package`, with -Pfast-start when START is set); JAR=…
# times another jar; JAVA_HOME picks the JDK (default: the newest 21+ under /usr/lib/jvm, as ./mvnw does).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
shift || true
jar=${JAR:-target/partnership-workshop-1.0.0-SNAPSHOT.jar}

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ]; then
  for jdk in $(ls -d /usr/lib/jvm/*/ | sort -r); do
    if [ "$(java_major "${jdk%/}" 2>/dev/null || echo 0)" -ge 21 ]; then JAVA_HOME=${jdk%/}; break; fi
  done
fi
[ "${BUILD:-yes}" = no ] || ./mvnw -q -o -B -DskipTests ${START:+-Pfast-start} package

now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
secs() { awk "BEGIN {printf \"%.2f\", $1 / 1000}"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
pages=() demos=() cpus=()
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / tck)}' "/proc/$1/stat"; }
for run in $(seq "$runs"); do
  port=$(free_port)
  data="$work/data-$run"
  started=$(now_ms)
  if [ -n "${START:-}" ]; then command=("$START" "$@"); else command=("$JAVA_HOME/bin/java" "$@" -jar "$jar"); fi
  WORKSHOP_DATA_DIR="$data" WORKSHOP_ADMIN_PASSWORD=startup-benchmark SERVER_PORT="$port" \
    "${command[@]}" > "$work/log-$run" 2>&1 &
  pid=$!
  page=""
  demo=""
  while [ -z "$demo" ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/log-$run" >&2; echo "the application exited" >&2; exit 1; }
    [ $(( $(now_ms) - started )) -lt 180000 ] || { echo "no first page within 180 s" >&2; exit 1; }
    if [ -z "$page" ] && [ "$(curl -s -L -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; then
      page=$(( $(now_ms) - started ))
      cpu=$(cpu_ms "$pid")
    fi
    if [ -n "$page" ] && curl -s -u admin:startup-benchmark "http://127.0.0.1:$port/api/meetings" | grep -q '"id"'; then
      demo=$(( $(now_ms) - started ))
    fi
    # Until the first page every 50 ms; then every 250 ms (each API call checks a password: not free).
    [ -n "$demo" ] || { [ -z "$page" ] && sleep 0.05 || sleep 0.25; }
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "run $run: first page $(secs "$page") s (CPU $(secs "$cpu") s), demo ready $(secs "$demo") s"
  pages+=("$page")
  demos+=("$demo")
  cpus+=("$cpu")
done
echo "median of $runs: first page $(secs "$(printf '%s\n' "${pages[@]}" | median)") s" \
  "(CPU $(secs "$(printf '%s\n' "${cpus[@]}" | median)") s), demo ready $(secs "$(printf '%s\n' "${demos[@]}" | median)") s" \
  "(JDK $(java_major "$JAVA_HOME"), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
