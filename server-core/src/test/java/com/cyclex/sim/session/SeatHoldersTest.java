package com.cyclex.sim.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeatHoldersTest {

    @Test
    void studentsSeatsAreDealtFirstThenTheRobotsOnes() {
        SeatHolders h = new SeatHolders(new boolean[] {false, true, false, true}, 1_000);
        assertEquals(1, h.claim(10, "a", 0));
        assertEquals(3, h.claim(11, "b", 0));
        assertEquals(0, h.claim(12, "c", 0));
        assertEquals(1, h.claim(10, "a", 0), "asking again gives the same seat");
        assertEquals(2, h.claim(13, "d", 0));
        assertEquals(-1, h.claim(14, "e", 0));
    }

    @Test
    void aHolderSilentPastTheAllowanceIsAwayUntilHeard() {
        SeatHolders h = new SeatHolders(new boolean[] {true}, 1_000);
        h.claim(10, "a", 0);
        assertTrue(h.present(0, 1_000));
        assertFalse(h.present(0, 1_001));
        h.heard(10, 1_500);
        assertTrue(h.present(0, 2_000));
    }

    @Test
    void reshufflingMovesHoldersAcrossSidesAndNeverDoublesASeat() {
        // seats 0-1 buyers, 2-3 sellers; two holders start as buyers
        SeatHolders h = new SeatHolders(new boolean[] {true, true, true, true}, 1_000);
        h.claim(10, "a", 0);
        h.claim(11, "b", 0);
        SplittableRandom random = new SplittableRandom(7);
        boolean sideChanged = false;
        for (int i = 0; i < 20; i++) {
            h.reshuffle(random);
            Set<Long> seen = new HashSet<>();
            for (int s = 0; s < 4; s++) {
                if (h.holder(s) != null) {
                    assertTrue(seen.add(h.holder(s).memberId()));
                }
            }
            assertEquals(Set.of(10L, 11L), seen, "every holder keeps a seat");
            sideChanged |= h.seatOf(10) >= 2;
        }
        assertTrue(sideChanged, "a buyer became a seller at least once in 20 reshuffles");
    }
}
