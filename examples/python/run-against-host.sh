#!/usr/bin/env bash
# Starts a headless host with the demo robots, open on a loopback port with every joiner admitted and granted
# credits, runs the Python bot against it, and checks the bot's trades happened (the bot's exit code, and the
# host's own count after it stops). Used by .ci/run; needs ./cyclex built and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$here/cyclex" --headless --demo --data-dir "$work/host" --listen 127.0.0.1:0 --admit-all --grant 100000000 \
    > "$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 240); do
    address=$(grep -o 'cyclex://[^ ]*' "$work/host.log" | head -n 1 || true)
    [ -n "$address" ] && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log"; echo "the host stopped" >&2; exit 1; }
    sleep 0.5
done
[ -n "${address:-}" ] || { cat "$work/host.log"; echo "the host printed no join address" >&2; exit 1; }
echo "host at $address"

python3 "$here/examples/python/cyclex_bot.py" "$address" --name pybot --identity "$work/bot.json" --trades 3 --seconds 180
echo "bot: 3 trades made"

# A buyer's own program (C compiled to WASI) on a lease bought from a robot: the robot's agent runs it.
printf 'one two three\nfour five\n' > "$work/words.txt"
output=$(python3 "$here/examples/python/cyclex_job.py" "$address" "$here/server-core/src/test/resources/job/wc.wasm" \
    --args wc words.txt --input "$work/words.txt" --name pyjob --identity "$work/job.json" --seconds 180)
echo "job: $output"
[ "$output" = "words.txt: 2 lines, 5 words, 24 bytes" ] || { echo "the job's output is not what wc says" >&2; exit 1; }
