package com.cyclex.store;

import com.cyclex.market.Side;
import java.util.List;

/**
 * What a live classroom session keeps in the store to be taken up again after a restart: what only the session
 * knows (its scenario, the period and its clock, who holds which seat); the orders and trades themselves are the
 * exchange's, journaled as every command is.
 *
 * @param scenario the scenario in its file format
 * @param sessionTime the session's clock at the last save, epoch ms
 * @param seqFloor above every seq the session has given out: it goes on from here after a restart
 * @param robotLearning what the session's learning robots had learned at the save, or null (see V6's script)
 */
public record SessionRecord(String symbol, int market, String scenario, long seed, long startedAt, int period,
                            boolean open, boolean paused, long periodStart, long periodEnd, long pausedAt,
                            long sessionTime, long seqFloor, boolean rolesReshuffled, List<Seat> seats,
                            String robotLearning) {

    public SessionRecord {
        seats = List.copyOf(seats);
    }

    /**
     * One seat: the member that trades it on the exchange and who holds it.
     *
     * @param holderId 0 while nobody holds it; {@code holderName} is then null
     */
    public record Seat(long memberId, long holderId, String holderName) {
    }

    /** One trade of the session with its unit's induced value and cost (seats by their index). */
    public record Trade(int period, long seq, long time, int buyer, int seller, long price, long value, long cost,
                        Side aggressor, long tradeId) {
    }
}
