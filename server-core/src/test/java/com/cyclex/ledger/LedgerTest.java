package com.cyclex.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Double entry: every posting takes from one account what it gives to another, and nothing else moves. */
class LedgerTest {
    static final long ALICE = 1;
    static final long BOB = 2;

    Ledger ledger;
    final List<String> heard = new ArrayList<>();

    @BeforeEach
    void setUp() {
        ledger = new Ledger();
        ledger.openMember(ALICE);
        ledger.openMember(BOB);
        ledger.setListener((from, to, amount, reason) -> heard.add(from + ">" + to + ":" + amount + ":" + reason));
    }

    @Test
    void eachMemberHasItsOwnAvailableAndHeldAccountsAfterTheSystemOnes() {
        int[] accounts = {Ledger.ISSUANCE, Ledger.FEES, Ledger.LEASE_ESCROW, Ledger.availableAccount(ALICE),
            Ledger.heldAccount(ALICE), Ledger.availableAccount(BOB), Ledger.heldAccount(BOB)};
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, accounts);
        assertEquals(7, ledger.accountCount());
    }

    @Test
    void aPostingMovesExactlyItsAmountAndIsHeard() {
        ledger.transfer(Ledger.ISSUANCE, Ledger.availableAccount(ALICE), 1_000, PostingReason.MINT);
        ledger.transfer(Ledger.availableAccount(ALICE), Ledger.heldAccount(ALICE), 300, PostingReason.BID_HOLD);

        assertEquals(-1_000, ledger.balance(Ledger.ISSUANCE));
        assertEquals(1_000, ledger.issued());
        assertEquals(700, ledger.available(ALICE));
        assertEquals(300, ledger.held(ALICE));
        assertEquals(0, ledger.available(BOB));
        assertEquals(0, ledger.sum());
        assertEquals(2, ledger.postingCount());
        assertEquals(List.of("0>3:1000:MINT", "3>4:300:BID_HOLD"), heard);
    }

    @Test
    void aZeroAmountPostsNothing() {
        ledger.transfer(Ledger.ISSUANCE, Ledger.availableAccount(ALICE), 50, PostingReason.MINT);
        long[] before = ledger.snapshot();
        ledger.transfer(Ledger.availableAccount(ALICE), Ledger.FEES, 0, PostingReason.FEE);
        assertArrayEquals(before, ledger.snapshot());
        assertEquals(1, ledger.postingCount());
        assertEquals(1, heard.size());
    }

    @Test
    void aNegativeAmountIsRefusedAndMovesNothing() {
        ledger.transfer(Ledger.ISSUANCE, Ledger.availableAccount(ALICE), 50, PostingReason.MINT);
        long[] before = ledger.snapshot();
        assertThrows(IllegalArgumentException.class,
                () -> ledger.transfer(Ledger.availableAccount(BOB), Ledger.availableAccount(ALICE), -10, PostingReason.BID_RELEASE));
        assertArrayEquals(before, ledger.snapshot());
        assertEquals(1, ledger.postingCount());
    }

    /** Callers check balances first; an overdraft that slips through is a bug and must stop before anything moves. */
    @Test
    void aMemberOverdraftThrowsAndMovesNothing() {
        ledger.transfer(Ledger.ISSUANCE, Ledger.availableAccount(ALICE), 100, PostingReason.MINT);
        long[] before = ledger.snapshot();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ledger.transfer(Ledger.availableAccount(ALICE), Ledger.heldAccount(ALICE), 101, PostingReason.BID_HOLD));
        assertTrue(e.getMessage().contains("holds 100"), e.getMessage());
        assertArrayEquals(before, ledger.snapshot());
        assertEquals(1, ledger.postingCount());
        assertEquals(1, heard.size());
    }

    @Test
    void systemAccountsOtherThanIssuanceCannotBeOverdrawnEither() {
        assertThrows(IllegalStateException.class,
                () -> ledger.transfer(Ledger.FEES, Ledger.availableAccount(ALICE), 1, PostingReason.FEE));
        assertThrows(IllegalStateException.class,
                () -> ledger.transfer(Ledger.LEASE_ESCROW, Ledger.availableAccount(ALICE), 1, PostingReason.LEASE_ESCROW));
        assertEquals(0, ledger.postingCount());
    }

    @Test
    void restoreTakesBalancesThatSumToZero() {
        long[] saved = new long[7];
        saved[Ledger.ISSUANCE] = -500;
        saved[Ledger.FEES] = 20;
        saved[Ledger.availableAccount(BOB)] = 480;
        ledger.restore(saved, 9);
        assertEquals(500, ledger.issued());
        assertEquals(480, ledger.available(BOB));
        assertEquals(9, ledger.postingCount());
        assertEquals(0, ledger.sum());
        saved[Ledger.FEES] = 999;
        assertEquals(20, ledger.balance(Ledger.FEES), "restore copies; the saved array is not shared");
    }

    @Test
    void restoreRefusesBalancesThatDoNotSumToZeroAndKeepsWhatWasThere() {
        ledger.transfer(Ledger.ISSUANCE, Ledger.availableAccount(ALICE), 70, PostingReason.MINT);
        long[] before = ledger.snapshot();
        long[] broken = new long[7];
        broken[Ledger.ISSUANCE] = -500;
        broken[Ledger.availableAccount(BOB)] = 501;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.restore(broken, 3));
        assertTrue(e.getMessage().contains("sum to 1"), e.getMessage());
        assertArrayEquals(before, ledger.snapshot());
        assertEquals(1, ledger.postingCount());
    }

    @Test
    void aSnapshotIsACopy() {
        ledger.transfer(Ledger.ISSUANCE, Ledger.availableAccount(ALICE), 10, PostingReason.MINT);
        long[] snapshot = ledger.snapshot();
        snapshot[Ledger.availableAccount(ALICE)] = 1_000_000;
        assertEquals(10, ledger.available(ALICE));
    }

    /** Accounts of members opened later start empty, and opening many grows the ledger without losing balances. */
    @Test
    void openingMoreMembersKeepsEveryBalance() {
        ledger.transfer(Ledger.ISSUANCE, Ledger.availableAccount(BOB), 42, PostingReason.MINT);
        ledger.openMember(500);
        assertEquals(42, ledger.available(BOB));
        assertEquals(0, ledger.available(500));
        assertEquals(0, ledger.held(499));
        assertEquals(Ledger.heldAccount(500) + 1, ledger.accountCount());
        assertEquals(0, ledger.sum());
    }

    // ---- any sequence of postings ----------------------------------------------------------------------------

    record Posting(int from, int to, long amount) {
    }

    @Provide
    Arbitrary<List<Posting>> postings() {
        Arbitrary<Integer> account = Arbitraries.integers().between(0, Ledger.heldAccount(4));
        Arbitrary<Long> amount = Arbitraries.longs().between(0, 5_000);
        return Combinators.combine(account, account, amount).as(Posting::new).list().ofMaxSize(200);
    }

    /**
     * Whatever postings are tried, in any order between any accounts: the ones that go through move exactly
     * their amount, the ones that would overdraw throw and move nothing, the sum stays zero, and only ISSUANCE
     * is ever negative.
     */
    @Property(tries = 300)
    void postingsNeverCreateOrDestroyCredits(@ForAll("postings") List<Posting> postings) {
        Ledger l = new Ledger();
        l.openMember(4);
        long count = 0;
        for (Posting p : postings) {
            long[] before = l.snapshot();
            boolean covered = p.from() == Ledger.ISSUANCE || before[p.from()] >= p.amount();
            if (covered) {
                l.transfer(p.from(), p.to(), p.amount(), PostingReason.BID_HOLD);
                long[] expected = before.clone();
                expected[p.from()] -= p.amount();
                expected[p.to()] += p.amount();
                assertArrayEquals(expected, l.snapshot(), p.toString());
                count += p.amount() == 0 ? 0 : 1;
            } else {
                assertThrows(IllegalStateException.class, () -> l.transfer(p.from(), p.to(), p.amount(), PostingReason.BID_HOLD));
                assertArrayEquals(before, l.snapshot(), p.toString());
            }
            assertEquals(0, l.sum());
            assertEquals(count, l.postingCount());
            long[] now = l.snapshot();
            for (int account = 1; account < now.length; account++) {
                assertTrue(now[account] >= 0, "account " + account + " went negative");
            }
            assertEquals(-now[Ledger.ISSUANCE], l.issued());
        }
    }
}
