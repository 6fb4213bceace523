package com.cyclex.sim.session;

import com.cyclex.store.SessionRecord;
import com.cyclex.store.SessionStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a live session's record in the host's store: after each step a restart must not lose (a trade, a period
 * started, paused, resumed or ended, a seat taken or given back) the record is saved, and synced, before the step is
 * answered. Steps that leave only the book changed (a shout that stands, a refusal) save nothing: the exchange's
 * journal has the book. The session's thread owns it.
 */
final class SessionKeeper {
    /** Seqs reserved at each save: a restart goes on above them, so no seq is given out twice. */
    static final long SEQ_BLOCK = 1_000;
    /** A running period's clock is saved this often, so a restart loses at most this much of it. */
    static final long CLOCK_MILLIS = 1_000;

    private final SessionStore store;
    private final String symbol;
    private final int market;
    private final String scenario;
    private final long seed;
    private final long startedAt;
    private final List<TradeRecord> unsaved = new ArrayList<>();
    private Kept saved;
    private long seqFloor;
    private long savedAt;

    /** What the last save held, but for the clock and the seqs: a step that changes none of it need not save. */
    private record Kept(int period, boolean open, boolean paused, long periodEnd, long pausedAt,
                        List<SessionRecord.Seat> seats, boolean reshuffle) {
    }

    SessionKeeper(SessionStore store, String symbol, int market, String scenario, long seed, long startedAt) {
        this.store = store;
        this.symbol = symbol;
        this.market = market;
        this.scenario = scenario;
        this.seed = seed;
        this.startedAt = startedAt;
    }

    /** A trade to save with the next record. */
    void trade(TradeRecord t) {
        unsaved.add(t);
    }

    /**
     * Saves the record when anything in it changed since the last save; throws when the store cannot. The robots'
     * learning rides along with a save but calls for none: a running period saves its clock often enough anyway.
     */
    void saveIfChanged(Session s, SeatHolders holders, boolean reshuffle, String robotLearning) {
        List<SessionRecord.Seat> seats = new ArrayList<>();
        for (SessionSeat seat : s.seats()) {
            SeatHolders.Holder h = holders.holder(seat.index());
            seats.add(new SessionRecord.Seat(seat.memberId(), h == null ? 0 : h.memberId(), h == null ? null : h.name()));
        }
        Session.Saved now = s.saved(0);
        Kept state = new Kept(now.period(), now.open(), now.paused(), now.periodEnd(), now.pausedAt(), seats, reshuffle);
        boolean clockMoved = s.open() && !s.paused() && s.now() - savedAt >= CLOCK_MILLIS;
        if (state.equals(saved) && unsaved.isEmpty() && s.seq() < seqFloor && !clockMoved) {
            return;
        }
        long floor = s.seq() + SEQ_BLOCK;
        Session.Saved at = s.saved(floor);
        store.save(new SessionRecord(symbol, market, scenario, seed, startedAt, at.period(), at.open(), at.paused(),
                at.periodStart(), at.periodEnd(), at.pausedAt(), at.sessionTime(), at.seqFloor(), reshuffle, seats, robotLearning),
                unsaved.stream().map(SessionKeeper::row).toList());
        unsaved.clear();
        saved = state;
        seqFloor = floor;
        savedAt = s.now();
    }

    /** The session made way for another: a restart leaves it be. */
    void end() {
        store.end(symbol);
    }

    static SessionRecord.Trade row(TradeRecord t) {
        return new SessionRecord.Trade(t.period(), t.seq(), t.time(), t.buyer(), t.seller(), t.price(), t.value(), t.cost(),
                t.aggressor(), t.tradeId());
    }

    static TradeRecord trade(SessionRecord.Trade t) {
        return new TradeRecord(t.period(), t.seq(), t.time(), t.buyer(), t.seller(), t.price(), t.value(), t.cost(),
                t.aggressor(), t.tradeId());
    }
}
