package com.cyclex.sim.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Who holds which seat of a live session, and whether they are there. A member holds at most one seat; a holder
 * who has not been heard from for longer than the silence allowed is away, and the seat's robot trades for it
 * until the holder is heard again. Not thread-safe: the live session's thread owns it.
 */
final class SeatHolders {
    /** A member at a seat. */
    record Holder(long memberId, String name, long lastHeard) {
    }

    private final Holder[] seats;
    /** Seats in the order they are dealt: students' seats first, then the robots', each in the scenario's order. */
    private final int[] dealOrder;
    private final long silenceMillis;

    SeatHolders(boolean[] studentSeat, long silenceMillis) {
        this.seats = new Holder[studentSeat.length];
        this.silenceMillis = silenceMillis;
        List<Integer> order = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < studentSeat.length; i++) {
                if (studentSeat[i] == (pass == 0)) {
                    order.add(i);
                }
            }
        }
        this.dealOrder = order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The seat the member holds, or -1. */
    int seatOf(long member) {
        for (int i = 0; i < seats.length; i++) {
            if (seats[i] != null && seats[i].memberId() == member) {
                return i;
            }
        }
        return -1;
    }

    /** The member's seat, or the next free one given to it; -1 when every seat is held. */
    int claim(long member, String name, long now) {
        int held = seatOf(member);
        if (held >= 0) {
            heard(member, now);
            return held;
        }
        for (int i : dealOrder) {
            if (seats[i] == null) {
                seats[i] = new Holder(member, name, now);
                return i;
            }
        }
        return -1;
    }

    /** The member gives up its seat; false when it held none. */
    boolean release(long member) {
        int i = seatOf(member);
        if (i < 0) {
            return false;
        }
        seats[i] = null;
        return true;
    }

    void heard(long member, long now) {
        int i = seatOf(member);
        if (i >= 0 && now > seats[i].lastHeard()) {
            seats[i] = new Holder(member, seats[i].name(), now);
        }
    }

    /** Gives a seat back to the member that held it before a restart; away until it is heard from. */
    void restore(int seat, long member, String name) {
        seats[seat] = new Holder(member, name, Long.MIN_VALUE / 2);
    }

    /** Who holds the seat, or null. */
    Holder holder(int seat) {
        return seats[seat];
    }

    /** Whether the seat's holder trades it now: held, and heard from within the silence allowed. */
    boolean present(int seat, long now) {
        Holder h = seats[seat];
        return h != null && now - h.lastHeard() <= silenceMillis;
    }

    /** Deals the holders to seats drawn at random, so a buyer may become a seller (roles reshuffled). */
    void reshuffle(SplittableRandom random) {
        List<Holder> holders = new ArrayList<>();
        for (Holder h : seats) {
            if (h != null) {
                holders.add(h);
            }
        }
        int[] order = java.util.stream.IntStream.range(0, seats.length).toArray();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Arrays.fill(seats, null);
        for (int k = 0; k < holders.size(); k++) {
            seats[order[k]] = holders.get(k);
        }
    }

    int size() {
        return seats.length;
    }
}
