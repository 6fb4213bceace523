#!/bin/sh
# Rebuilds the built-in workloads (sources here) and the hostile test modules (sources beside them in
# server-core/src/test/resources/job) from their WebAssembly text.
# The .wasm files are committed, so the Maven build never needs wabt; run this after editing a .wat.
# Usage: examples/jobs/build.sh   (from anywhere; installs Debian's wabt when wat2wasm is missing)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
builtins="$repo/server-core/src/main/resources/com/cyclex/job"
hostile="$repo/server-core/src/test/resources/job"

if ! command -v wat2wasm >/dev/null 2>&1; then
    echo "wat2wasm not found: installing Debian's wabt" >&2
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -q
    $sudo apt-get install -y -q wabt
fi

mkdir -p "$builtins" "$hostile"
for src in "$here"/*.wat; do
    name=$(basename "$src" .wat)
    wat2wasm "$src" -o "$builtins/$name.wasm"
    echo "built $builtins/$name.wasm ($(wc -c < "$builtins/$name.wasm") bytes)"
done
for src in "$hostile"/*.wat; do
    name=$(basename "$src" .wat)
    wat2wasm "$src" -o "$hostile/$name.wasm"
    echo "built $hostile/$name.wasm"
done
