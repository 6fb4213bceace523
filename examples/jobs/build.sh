#!/bin/sh
# Rebuilds the built-in workloads (sources here) and the hostile test modules (sources beside them in
# server-core/src/test/resources/job) from their WebAssembly text.
# The .wasm files are committed, so the Maven build never needs wabt; run this after editing a .wat.
# The C example (c/wc.c, a buyer's own program) is built with clang for wasm32-wasi into the test resources.
# Usage: examples/jobs/build.sh   (from anywhere; installs Debian's wabt, clang, lld and wasi-libc when missing)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
builtins="$repo/server-core/src/main/resources/com/cyclex/job"
tests="$repo/server-core/src/test/resources/job"

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
need() { # need COMMAND PACKAGE...: installs the Debian packages when COMMAND is missing
    command -v "$1" >/dev/null 2>&1 && return 0
    shift
    echo "installing $* (Debian)" >&2
    $sudo apt-get update -q
    $sudo apt-get install -y -q "$@"
}
need wat2wasm wabt
need clang clang lld wasi-libc libclang-rt-14-dev-wasm32

mkdir -p "$builtins" "$tests"
for src in "$here"/*.wat; do
    name=$(basename "$src" .wat)
    wat2wasm "$src" -o "$builtins/$name.wasm"
    echo "built $builtins/$name.wasm ($(wc -c < "$builtins/$name.wasm") bytes)"
done
for src in "$tests"/*.wat; do
    name=$(basename "$src" .wat)
    wat2wasm --no-check "$src" -o "$tests/$name.wasm" # some test modules are invalid on purpose
    echo "built $tests/$name.wasm"
done
clang --target=wasm32-wasi -Os -s "$here/c/wc.c" -o "$tests/wc.wasm"
echo "built $tests/wc.wasm ($(wc -c < "$tests/wc.wasm") bytes)"
