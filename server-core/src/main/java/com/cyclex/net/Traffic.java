package com.cyclex.net;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the gateway notices about each member's traffic: where from, how often, how fast. Never exchange state. */
final class Traffic {
    private final ConcurrentHashMap<Long, Seen> members = new ConcurrentHashMap<>();
    private final Set<Long> disconnected = ConcurrentHashMap.newKeySet();

    private static final class Seen {
        volatile String address = "";
        volatile long lastSeen;
        volatile long latencyMicros = -1;
        volatile int streams;
        private long second;
        private long inSecond;
        private long lastSecondCount;

        synchronized void command(long nowMillis) {
            long s = nowMillis / 1000;
            roll(s);
            inSecond++;
        }

        synchronized long perSecond(long nowMillis) {
            roll(nowMillis / 1000);
            return lastSecondCount;
        }

        private void roll(long s) {
            if (s != second) {
                lastSecondCount = s == second + 1 ? inSecond : 0;
                inSecond = 0;
                second = s;
            }
        }
    }

    private Seen seen(long member) {
        return members.computeIfAbsent(member, m -> new Seen());
    }

    void request(long member, String address) {
        Seen s = seen(member);
        s.address = address;
        s.lastSeen = System.currentTimeMillis();
    }

    void command(long member) {
        seen(member).command(System.currentTimeMillis());
    }

    void latency(long member, long micros) {
        seen(member).latencyMicros = micros;
    }

    void streams(long member, int delta) {
        Seen s = seen(member);
        synchronized (s) {
            s.streams += delta;
        }
    }

    void disconnect(long member) {
        disconnected.add(member);
    }

    void allow(long member) {
        disconnected.remove(member);
    }

    boolean isDisconnected(long member) {
        return disconnected.contains(member);
    }

    List<ConnectedMember> snapshot() {
        long now = System.currentTimeMillis();
        List<ConnectedMember> out = new ArrayList<>();
        members.forEach((id, s) -> out.add(new ConnectedMember(id, s.address, s.latencyMicros, s.perSecond(now),
                s.lastSeen, s.streams, disconnected.contains(id))));
        out.sort(Comparator.comparingLong(ConnectedMember::memberId));
        return out;
    }
}
