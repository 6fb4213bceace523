#!/usr/bin/env python3
"""Run your own WebAssembly (WASI preview 1) program on capacity bought on a Cyclex exchange.

It joins (or resumes its identity), waits to be admitted, buys a lease of one core on a spot market unless it
already holds an active one, stores the module and the input on the host, submits the job, waits for it to end
and writes the job's standard output to stdout. The seller's computer runs it in its sandbox; a share of jobs
is run again by the host and compared.

    python3 cyclex_job.py 'cyclex://127.0.0.1:7741#ab12...' wc.wasm --args wc --input notes.txt

Exit code 0 when the job ended DONE, 1 when it failed or could not run, 2 for bad arguments.
"""
import argparse
import os
import ssl
import sys
import time

from cyclex_bot import Exchange, Refused, join_or_resume, wait_for_admission


def active_lease(exchange, me, seconds):
    """An active lease this member bought, buying one unit at the best ask of a spot market when it has none."""
    deadline = time.time() + seconds
    while True:
        for lease in exchange.request("GET", "/leases"):
            if lease["trade"]["buyerId"] == me["id"] and lease["state"] == "ACTIVE":
                return lease
        if time.time() > deadline:
            raise TimeoutError("no active lease after %d s" % seconds)
        spot = [m for m in exchange.request("GET", "/markets")
                if m["status"] == "OPEN" and m["spec"]["delivery"] == "SPOT"]
        if not spot:
            raise RuntimeError("the exchange has no open spot market")
        market = min(spot, key=lambda m: m["spec"]["termMinutes"])  # the shortest term costs least
        book = exchange.request("GET", "/markets/%d/depth?levels=1" % market["id"])
        if book["askPrices"]:
            try:
                exchange.command(command="PlaceOrder", market=market["id"], side="BID", type="LIMIT",
                                 timeInForce="IOC", price=book["askPrices"][0], units=1)
            except Refused as e:
                print("bid refused: %s" % e, file=sys.stderr)
        time.sleep(0.5)


def run(exchange, lease, module, args, data, seconds):
    module_hash = exchange.put_blob("module", module)
    input_hash = exchange.put_blob("input", data)
    job = exchange.command(command="SubmitJob", lease=lease["id"], moduleHash=module_hash, args=args,
                           inputHash=input_hash)["id"]
    print("job %d queued on lease %d (seller %d)" % (job, lease["id"], lease["trade"]["sellerId"]), file=sys.stderr)
    deadline = time.time() + seconds
    while time.time() < deadline:
        for j in exchange.request("GET", "/jobs/history?limit=50"):
            if j["id"] == job and j["state"] in ("DONE", "FAILED"):
                return j
        time.sleep(0.3)
    raise TimeoutError("job %d did not end within %d s" % (job, seconds))


def main():
    p = argparse.ArgumentParser(description="Run a WASI program on capacity bought on a Cyclex exchange.")
    p.add_argument("join_address")
    p.add_argument("module", help="a .wasm file (WASI preview 1 command)")
    p.add_argument("--args", nargs="*", default=None, help="its arguments, the first its name (default: the file's name)")
    p.add_argument("--input", help="a file given as standard input (default: none)")
    p.add_argument("--name", default="pyjob")
    p.add_argument("--identity", default="cyclex-job-identity.json")
    p.add_argument("--seconds", type=int, default=120)
    a = p.parse_args()
    try:
        exchange = Exchange(a.join_address)
        with open(a.module, "rb") as f:
            module = f.read()
        data = b""
        if a.input:
            with open(a.input, "rb") as f:
                data = f.read()
    except (ValueError, OSError) as e:
        print(e, file=sys.stderr)
        return 2
    args = a.args if a.args else [os.path.splitext(os.path.basename(a.module))[0]]
    try:
        join_or_resume(exchange, a.name, a.identity)
        me = wait_for_admission(exchange, a.seconds)
        lease = active_lease(exchange, me, a.seconds)
        job = run(exchange, lease, module, args, data, a.seconds)
        print("job %d: %s %s, exit code %d, %d ms on the seller's cores" % (job["id"], job["state"], job.get("outcome"),
              job["exitCode"], job["wallMillis"]), file=sys.stderr)
        if job.get("outputHash"):
            sys.stdout.buffer.write(exchange.get_blob(job["outputHash"]))
            sys.stdout.flush()
        return 0 if job["state"] == "DONE" else 1
    except (Refused, TimeoutError, RuntimeError, ConnectionError, ssl.SSLError) as e:
        print("the job did not run: %s" % e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
