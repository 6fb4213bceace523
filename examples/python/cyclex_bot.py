#!/usr/bin/env python3
"""A Cyclex trading bot in plain Python (standard library only).

It joins an exchange from its join address (cyclex://HOST:PORT#FINGERPRINT), keeps its token in a file so it is
the same member next time, waits for the host to admit it, reads the book and trades: it buys a unit at the best
ask, or bids one tick under the best bid when nobody sells. It pins the host's certificate by the fingerprint in
the join address (there is no certificate authority between a host and its members).

    python3 cyclex_bot.py 'cyclex://127.0.0.1:7741#ab12...' --name pybot --trades 3

Exit code 0 when it made the trades it was asked for, 1 when it could not, 2 for a bad join address.
"""
import argparse
import hashlib
import http.client
import json
import os
import re
import secrets
import ssl
import sys
import time

JOIN = re.compile(r"cyclex://(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-]+):(\d{1,5})#([0-9A-Fa-f:]{64,95})$")


class Refused(Exception):
    """The exchange said no: its code number, name and sentence."""

    def __init__(self, status, body):
        self.status = status
        self.code = body.get("code")
        self.name = body.get("name")
        super().__init__("%s (%s): %s" % (body.get("name"), body.get("code"), body.get("sentence")))


class Exchange:
    """HTTPS to one gateway, trusting only the certificate whose SHA-256 the join address names."""

    def __init__(self, join_address):
        m = JOIN.match(join_address.strip())
        if not m:
            raise ValueError("not a join address: expected cyclex://HOST:PORT#<64 hex digits>")
        self.host = m.group(1).strip("[]")
        self.port = int(m.group(2))
        self.fingerprint = m.group(3).replace(":", "").lower()
        self.credential = None
        self.conn = None

    def _connect(self):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # the fingerprint check below is the whole proof
        conn = http.client.HTTPSConnection(self.host, self.port, context=context, timeout=15)
        conn.connect()
        seen = hashlib.sha256(conn.sock.getpeercert(binary_form=True)).hexdigest()
        if seen != self.fingerprint:
            conn.close()
            raise ssl.SSLError("the host's certificate fingerprint is %s, not %s: not the exchange you were invited to"
                               % (seen, self.fingerprint))
        self.conn = conn

    def send(self, method, path, data=None, content_type=None, key=None):
        """One request, retried on a new connection while the host cannot be reached: (status, body bytes)."""
        for attempt in range(5):
            try:
                if self.conn is None:
                    self._connect()
                headers = {"Accept": "application/json"}
                if self.credential:
                    headers["Authorization"] = "Bearer " + self.credential
                if key:
                    headers["Idempotency-Key"] = key  # a retry with the same key is applied once
                if data is not None:
                    headers["Content-Type"] = content_type
                self.conn.request(method, "/api/v1" + path, body=data, headers=headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (ConnectionError, http.client.HTTPException, OSError) as e:
                if isinstance(e, ssl.SSLError) and "fingerprint" in str(e):
                    raise
                self.conn = None
                time.sleep(0.2 * (attempt + 1))
        raise ConnectionError("the host at %s:%d does not answer" % (self.host, self.port))

    def request(self, method, path, body=None, key=None):
        """A JSON request; a refusal raises Refused with the exchange's code and sentence."""
        data = None if body is None else json.dumps(body).encode()
        status, raw = self.send(method, path, data, "application/json", key)
        answer = json.loads(raw or b"null")
        if status >= 400:
            raise Refused(status, answer)
        return answer

    def put_blob(self, kind, data):
        """Stores bytes on the host (kind: module, input or output) and returns their SHA-256, the name jobs use."""
        status, raw = self.send("PUT", "/blobs/" + kind, data, "application/octet-stream")
        if status >= 400:
            raise Refused(status, json.loads(raw))
        return json.loads(raw)["hash"]

    def get_blob(self, digest):
        """The bytes of a blob one of this member's jobs names, checked against its hash."""
        status, raw = self.send("GET", "/blobs/" + digest)
        if status >= 400:
            raise Refused(status, json.loads(raw))
        if hashlib.sha256(raw).hexdigest() != digest:
            raise RuntimeError("the host sent other bytes than blob %s" % digest)
        return raw

    def command(self, **fields):
        return self.request("POST", "/commands", fields, key="py-" + secrets.token_hex(8))


def join_or_resume(exchange, name, identity_file):
    """The member kept in identity_file for this exchange, or a newly joined one."""
    if os.path.exists(identity_file):
        with open(identity_file) as f:
            kept = json.load(f)
        if kept.get("fingerprint") == exchange.fingerprint:
            exchange.credential = "%d.%s" % (kept["memberId"], kept["token"])
            return kept["memberId"]
    token = secrets.token_urlsafe(32)
    joined = exchange.request("POST", "/join", {"name": name, "token": token})
    with open(identity_file, "w") as f:
        os.chmod(identity_file, 0o600)
        json.dump({"fingerprint": exchange.fingerprint, "memberId": joined["memberId"], "token": token}, f)
    exchange.credential = "%d.%s" % (joined["memberId"], token)
    print("joined as member %d: %s" % (joined["memberId"], joined["sentence"]), file=sys.stderr)
    return joined["memberId"]


def wait_for_admission(exchange, seconds):
    deadline = time.time() + seconds
    while True:
        me = exchange.request("GET", "/me")["member"]
        if me["status"] == "ACTIVE":
            return me
        if time.time() > deadline:
            raise TimeoutError("the host has not admitted member %d yet" % me["id"])
        print("waiting for the host to admit you (status %s)" % me["status"], file=sys.stderr)
        time.sleep(1)


def trade(exchange, me, wanted, seconds):
    """Buys one unit at a time at the best ask of the busiest market until `wanted` trades happened."""
    markets = [m for m in exchange.request("GET", "/markets") if m["status"] == "OPEN"]
    if not markets:
        raise RuntimeError("the exchange has no open market")
    market = markets[0]
    print("trading in %s (market %d)" % (market["spec"]["symbol"], market["id"]))
    deadline = time.time() + seconds
    mine = set()
    while len(mine) < wanted:
        if time.time() > deadline:
            raise TimeoutError("made %d of %d trades in time" % (len(mine), wanted))
        book = exchange.request("GET", "/markets/%d/depth?levels=5" % market["id"])
        if book["askPrices"]:
            price = book["askPrices"][0]
            try:
                result = exchange.command(command="PlaceOrder", market=market["id"], side="BID", type="LIMIT",
                                          timeInForce="IOC", price=price, units=1)
                print("bid 1 at %d: filled %d" % (price, result["filledUnits"]))
            except Refused as e:
                print("refused: %s" % e)
        else:
            time.sleep(0.2)
        for t in exchange.request("GET", "/trades?market=%d&count=200" % market["id"]):
            if t["buyerId"] == me["id"]:
                mine.add(t["id"])
    return mine


def main():
    p = argparse.ArgumentParser(description="A Cyclex trading bot (standard library only).")
    p.add_argument("join_address")
    p.add_argument("--name", default="pybot")
    p.add_argument("--identity", default="cyclex-bot-identity.json", help="where the bot keeps its token")
    p.add_argument("--trades", type=int, default=3)
    p.add_argument("--seconds", type=int, default=120)
    args = p.parse_args()
    try:
        exchange = Exchange(args.join_address)
    except ValueError as e:
        print(e, file=sys.stderr)
        return 2
    try:
        join_or_resume(exchange, args.name, args.identity)
        me = wait_for_admission(exchange, args.seconds)
        account = exchange.request("GET", "/account")
        print("member %d, %d credits available" % (me["id"], account["available"]))
        mine = trade(exchange, me, args.trades, args.seconds)
        print("made %d trades: %s" % (len(mine), sorted(mine)))
        return 0
    except (Refused, TimeoutError, RuntimeError, ConnectionError, ssl.SSLError) as e:
        print("the bot stopped: %s" % e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
