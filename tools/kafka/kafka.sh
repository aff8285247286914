#!/usr/bin/env bash
# A real Apache Kafka broker (KRaft, combined broker+controller, one node) for tests and development, without Docker.
#
#   tools/kafka/kafka.sh start    fetch the jars once (Maven Central -> .data/kafka/libs), format the storage once,
#                                 start the broker in the background and wait until it serves metadata.
#                                 Idempotent. Last line printed: KAFKA_BROKERS=127.0.0.1:<port>
#   tools/kafka/kafka.sh stop     SIGTERM, wait (KAFKA_STOP_TIMEOUT, 30 s), then SIGKILL; removes the pid file.
#   tools/kafka/kafka.sh status   exit 0 when running, 1 when not.
#   tools/kafka/kafka.sh reset    stop, then delete the broker's data (the downloaded jars are kept).
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), KAFKA_HEAP_OPTS (-Xms256m -Xmx512m),
#              KAFKA_START_TIMEOUT (90 s), KAFKA_STOP_TIMEOUT (30 s), JAVA_HOME (else `java` on PATH),
#              KAFKA_DATA_ROOT (<project>/.data/kafka).
# Everything lives under <project>/.data/kafka: libs/ (jars), data/ (log.dirs), logs/, server.properties, kafka.pid.
# The broker listens on 127.0.0.1 only.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd -P)"

KAFKA_HOME="${KAFKA_DATA_ROOT:-$ROOT/.data/kafka}"
LIBS="$KAFKA_HOME/libs"
DATA="$KAFKA_HOME/data"
LOGS="$KAFKA_HOME/logs"
CONFIG="$KAFKA_HOME/server.properties"
PID_FILE="$KAFKA_HOME/kafka.pid"
PORT_FILE="$KAFKA_HOME/kafka.port"
LOCK_FILE="$KAFKA_HOME/kafka.sh.lock" # (Kafka locks data/.lock itself)
POM="$SCRIPT_DIR/pom.xml"

PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi

log() { echo "kafka: $*"; }
die() { echo "kafka: ERROR: $*" >&2; exit 1; }

# --- helpers ---------------------------------------------------------------------------------------------------------

port_open() { # port_open PORT -> 0 when something accepts TCP connections on 127.0.0.1:PORT
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

running_pid() { # prints the broker's pid and returns 0 when the pid file names a live Kafka broker of ours
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  # Guard against pid reuse: the process must be a kafka.Kafka JVM started with our config.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "kafka.Kafka $CONFIG" || return 1
  echo "$pid"
}

running_port() { # the port the running broker was started with
  if [[ -f "$PORT_FILE" ]]; then tr -dc '0-9' <"$PORT_FILE"; else echo "$PORT"; fi
}

SERVER_LOG_OFFSET=0 # size of server.log before this start, so that only this start's lines are shown on failure

show_log_tail() {
  if [[ -s "$LOGS/kafka.out" ]]; then
    echo "----- last 40 lines of $LOGS/kafka.out -----" >&2
    tail -n 40 "$LOGS/kafka.out" >&2
  fi
  if [[ -f "$LOGS/server.log" ]] && (($(stat -c %s "$LOGS/server.log") > SERVER_LOG_OFFSET)); then
    echo "----- last 40 lines of $LOGS/server.log (this start) -----" >&2
    tail -c +$((SERVER_LOG_OFFSET + 1)) "$LOGS/server.log" | tail -n 40 >&2
  fi
}

lock() { # serialize start/stop/reset of this project's broker
  mkdir -p "$KAFKA_HOME"
  exec 9>"$LOCK_FILE"
  flock -w 300 9 || die "could not lock $LOCK_FILE (another kafka.sh still running?)"
}

pom_stamp() { sha256sum "$POM" | cut -d' ' -f1; }

# --- jars --------------------------------------------------------------------------------------------------------------

ensure_libs() {
  local stamp
  stamp="$(pom_stamp)"
  if [[ -f "$LIBS/.complete" && "$(cat "$LIBS/.complete")" == "$stamp" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Kafka's jars from Maven Central, and it is not on PATH"
  local version tmp mvn_log rc
  version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")"
  tmp="$KAFKA_HOME/libs.tmp"
  mvn_log="$KAFKA_HOME/mvn.log"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  log "fetching Apache Kafka $version and its dependencies with Maven (from ~/.m2, or ~45 MB from Maven Central the first time on a machine)"
  set +e
  # -B: plain log lines ("Downloaded from central: ...") that we condense to one line per jar as progress.
  mvn -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" 2>&1 \
    | tee "$mvn_log" \
    | sed -u -n 's|^\(\[INFO\] \)\{0,1\}Downloaded from [^:]*: .*/\([^/]*\.jar\) (\(.*\))$|kafka:   downloaded \2 (\3)|p'
  rc="${PIPESTATUS[0]}"
  set -e
  if [[ "$rc" -ne 0 ]] || ! ls "$tmp"/kafka_2.13-*.jar >/dev/null 2>&1; then
    echo "----- last 30 lines of $mvn_log -----" >&2
    tail -n 30 "$mvn_log" >&2
    rm -rf "$tmp"
    die "Maven could not fetch Kafka $version (exit $rc). Is Maven Central reachable? Full log: $mvn_log"
  fi
  echo "$stamp" >"$tmp/.complete"
  rm -rf "$LIBS"
  mv "$tmp" "$LIBS"
  log "jars ready in $LIBS ($(find "$LIBS" -name '*.jar' | wc -l) jars, $(du -sh "$LIBS" | cut -f1))"
}

# --- config and storage ------------------------------------------------------------------------------------------------

write_config() {
  mkdir -p "$DATA" "$LOGS"
  cat >"$CONFIG" <<EOF
# Written by tools/kafka/kafka.sh at every start; edit the script, not this file.
# KRaft, one node acting as broker and controller, loopback only.
process.roles=broker,controller
node.id=1
# Static quorum: the voter set comes from this file, so the ports may change between runs.
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT

log.dirs=$DATA
num.partitions=3
default.replication.factor=1
auto.create.topics.enable=true
delete.topic.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0

num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=168
log.segment.bytes=67108864
EOF
}

ensure_formatted() {
  if [[ -f "$DATA/meta.properties" ]]; then
    return 0
  fi
  local cluster_id
  cluster_id="$("$JAVA" -Xmx128m -cp "$LIBS/*" -Dlog4j2.configurationFile="$SCRIPT_DIR/log4j2.xml" \
    -Dkafka.logs.dir="$LOGS" kafka.tools.StorageTool random-uuid | tail -n 1)"
  [[ -n "$cluster_id" ]] || die "kafka.tools.StorageTool random-uuid printed no cluster id"
  log "formatting the storage in $DATA (cluster id $cluster_id)"
  "$JAVA" -Xmx256m -cp "$LIBS/*" -Dlog4j2.configurationFile="$SCRIPT_DIR/log4j2.xml" -Dkafka.logs.dir="$LOGS" \
    kafka.tools.StorageTool format --cluster-id "$cluster_id" --config "$CONFIG" >"$LOGS/format.out" 2>&1 \
    || { cat "$LOGS/format.out" >&2; die "formatting the storage failed"; }
}

# --- readiness ---------------------------------------------------------------------------------------------------------

node_bin() {
  if [[ -x "$ROOT/node_modules/.bin/node" ]]; then echo "$ROOT/node_modules/.bin/node"
  elif command -v node >/dev/null; then command -v node
  else return 1; fi
}

metadata_ok() { # one metadata round trip: kafkajs when the project's node_modules has it, else Kafka's own AdminClient
  local port="$1" node
  if [[ -d "$ROOT/node_modules/kafkajs" ]] && node="$(node_bin)"; then
    KAFKA_BROKERS="127.0.0.1:$port" timeout 20 "$node" "$SCRIPT_DIR/ready.mjs" >>"$LOGS/ready.out" 2>&1
  else
    timeout 40 "$JAVA" -Xmx128m -XX:TieredStopAtLevel=1 -cp "$LIBS/*" \
      -Dlog4j2.configurationFile="$SCRIPT_DIR/log4j2.xml" -Dkafka.logs.dir="$LOGS" \
      "$SCRIPT_DIR/Ready.java" "127.0.0.1:$port" >>"$LOGS/ready.out" 2>&1
  fi
}

wait_ready() { # wait_ready PID PORT START_EPOCH
  local pid="$1" port="$2" t0="$3"
  local deadline=$((t0 + START_TIMEOUT))
  while ! port_open "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      show_log_tail
      rm -f "$PID_FILE"
      die "the broker exited during start-up (see the log above; all logs in $LOGS)"
    fi
    if (($(date +%s) >= deadline)); then
      show_log_tail
      die "the broker did not open 127.0.0.1:$port within ${START_TIMEOUT}s (it is still running as pid $pid; logs in $LOGS)"
    fi
    sleep 0.2
  done
  : >"$LOGS/ready.out"
  until metadata_ok "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      show_log_tail
      rm -f "$PID_FILE"
      die "the broker exited during start-up (see the log above; all logs in $LOGS)"
    fi
    if (($(date +%s) >= deadline)); then
      show_log_tail
      tail -n 10 "$LOGS/ready.out" >&2 || true
      die "the broker accepts connections on $port but did not answer a metadata request within ${START_TIMEOUT}s"
    fi
    sleep 0.5
  done
}

# --- commands ----------------------------------------------------------------------------------------------------------

cmd_start() {
  lock
  local pid port t0
  t0="$(date +%s)"
  if pid="$(running_pid)"; then
    port="$(running_port)"
    if port_open "$port"; then
      log "already running (pid $pid) on 127.0.0.1:$port"
    else
      log "already starting (pid $pid); waiting for 127.0.0.1:$port"
    fi
    wait_ready "$pid" "$port" "$t0" # quick when it is up; covers a start that timed out earlier
    echo "KAFKA_BROKERS=127.0.0.1:$port"
    return 0
  fi
  rm -f "$PID_FILE"

  command -v "$JAVA" >/dev/null || die "java is not installed (Kafka 4 needs Java 17 or newer)"
  if port_open "$PORT"; then die "127.0.0.1:$PORT is already taken by another process (set KAFKA_PORT to use another port)"; fi
  if port_open "$CONTROLLER_PORT"; then
    die "127.0.0.1:$CONTROLLER_PORT is already taken by another process (set KAFKA_CONTROLLER_PORT to use another port)"
  fi

  ensure_libs
  write_config
  ensure_formatted

  SERVER_LOG_OFFSET="$(stat -c %s "$LOGS/server.log" 2>/dev/null || echo 0)"
  log "starting the broker on 127.0.0.1:$PORT (controller 127.0.0.1:$CONTROLLER_PORT), logs in $LOGS"
  # setsid + nohup: the broker gets its own session, so it outlives this script and its terminal;
  # fd 9 (our lock) is closed for it. Without job control the background child is no process-group leader,
  # so setsid execs java in place and $! is the JVM's pid (checked just below).
  # shellcheck disable=SC2086
  nohup setsid "$JAVA" $HEAP_OPTS \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$SCRIPT_DIR/log4j2.xml" -Dkafka.logs.dir="$LOGS" \
    -cp "$LIBS/*" kafka.Kafka "$CONFIG" \
    >"$LOGS/kafka.out" 2>&1 </dev/null 9>&- &
  pid=$!
  echo "$pid" >"$PID_FILE"
  echo "$PORT" >"$PORT_FILE"
  sleep 0.3
  if ! running_pid >/dev/null; then
    show_log_tail
    rm -f "$PID_FILE"
    die "the broker did not start (pid $pid is not a running kafka.Kafka)"
  fi
  wait_ready "$pid" "$PORT" "$t0"
  log "ready (pid $pid) after $(($(date +%s) - t0))s"
  echo "KAFKA_BROKERS=127.0.0.1:$PORT"
}

stop_broker() {
  local pid i
  if ! pid="$(running_pid)"; then
    if [[ -f "$PID_FILE" ]]; then log "not running (removing a stale pid file)"; else log "not running"; fi
    rm -f "$PID_FILE" "$PORT_FILE"
    return 0
  fi
  log "stopping the broker (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still running after ${STOP_TIMEOUT}s: sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -f "$PID_FILE" "$PORT_FILE"
  log "stopped"
}

cmd_stop() {
  lock
  stop_broker
}

cmd_status() {
  local pid port
  if pid="$(running_pid)"; then
    port="$(running_port)"
    if port_open "$port"; then
      log "running (pid $pid) on 127.0.0.1:$port"
    else
      log "running (pid $pid) but 127.0.0.1:$port is not accepting connections yet"
    fi
    return 0
  fi
  log "not running"
  return 1
}

cmd_reset() {
  lock
  stop_broker
  rm -rf "$DATA" "$LOGS" "$CONFIG"
  log "deleted the broker's data ($DATA) and logs; the jars in $LIBS are kept"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  *)
    echo "usage: $0 start|stop|status|reset" >&2
    exit 2
    ;;
esac
