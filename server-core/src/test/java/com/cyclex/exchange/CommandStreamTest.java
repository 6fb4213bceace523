package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.CommandStream.Step;
import com.cyclex.member.MemberInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Random command streams that mix every kind of command, many of them refused, checked after every single
 * command ({@link ExchangeAudit}) and replayed to show the exchange is a deterministic state machine: the
 * journal of (command, time) pairs, alone or on top of a checkpoint, rebuilds exactly the same exchange.
 */
class CommandStreamTest {
    /** Outcomes the streams must reach somewhere in a run; if the generator drifts away from one, say so. */
    private static final ResultCode[] MUST_OCCUR = {
        ResultCode.OK, ResultCode.MEMBER_UNKNOWN, ResultCode.MEMBER_NOT_ACTIVE, ResultCode.NOT_HOST,
        ResultCode.MEMBER_STATUS_CONFLICT, ResultCode.NAME_INVALID, ResultCode.NAME_TAKEN, ResultCode.CAPACITY_INVALID,
        ResultCode.CAPACITY_BELOW_COMMITTED, ResultCode.MARKET_UNKNOWN, ResultCode.MARKET_HALTED, ResultCode.MARKET_CLOSED,
        ResultCode.MARKET_SPEC_INVALID, ResultCode.SYMBOL_TAKEN, ResultCode.MARKET_STATUS_CONFLICT,
        ResultCode.PRICE_OUTSIDE_BAND, ResultCode.UNITS_OUT_OF_LIMITS, ResultCode.ORDER_TYPE_INVALID,
        ResultCode.ORDER_UNKNOWN, ResultCode.ORDER_NOT_YOURS, ResultCode.NO_LIQUIDITY, ResultCode.INSUFFICIENT_CREDITS,
        ResultCode.INSUFFICIENT_CAPACITY, ResultCode.AMOUNT_INVALID, ResultCode.LIMIT_EXCEEDED, ResultCode.FEES_INVALID,
        ResultCode.LEASE_UNKNOWN, ResultCode.LEASE_NOT_YOURS, ResultCode.LEASE_END_INVALID,
    };

    @Provide
    Arbitrary<List<Step>> streams() {
        return CommandStream.streams(250, 400);
    }

    @Property(tries = 150)
    void everyCommandKeepsLedgerBooksAndLeasesConsistent(@ForAll("streams") List<Step> steps) {
        Fixture f = new Fixture();
        CommandStream stream = new CommandStream(f);
        stream.open();
        ExchangeAudit audit = new ExchangeAudit(f.exchange);
        Set<ResultCode> seen = EnumSet.noneOf(ResultCode.class);
        for (Step s : steps) {
            long time = stream.timeFor(s);
            Command c = stream.commandFor(s, time);
            audit.before(time);
            CommandResult r = f.applyAt(c, time);
            seen.add(r.code());
            audit.after(c, r);
        }
        // Once per stream, not per command: collecting statistics is slow, and "in how many streams" is the question.
        for (ResultCode code : seen) {
            Statistics.label("streams with result").collect(code);
        }
        long trades = f.exchange.tradeCount();
        Statistics.label("trades per stream").collect(trades == 0 ? "0" : trades < 10 ? "1-9" : trades < 30 ? "10-29" : "30+");
        Statistics.label("streams with result").coverage(checker -> {
            for (ResultCode code : MUST_OCCUR) {
                checker.check(code).count(n -> n > 0);
            }
        });
        // Streams are for trading: few may pass without a single trade, and many should have dozens.
        Statistics.label("trades per stream").coverage(checker -> {
            checker.check("0").percentage(p -> p < 5);
            checker.check("30+").percentage(p -> p > 10);
        });
    }

    /**
     * The same stream on a fresh exchange answers every command the same and reaches the same state hash after
     * each; a checkpoint taken anywhere (here: after the setup, at two random points, and at the end) restores
     * to the same state and then answers the rest of the stream exactly as the original did.
     */
    @Property(tries = 100)
    void aReplayOrARestoredCheckpointBehavesExactlyLikeTheOriginal(
            @ForAll("streams") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 999) int firstCut,
            @ForAll @IntRange(min = 0, max = 999) int secondCut) {
        Fixture f = new Fixture();
        CommandStream stream = new CommandStream(f);
        stream.open();
        int setup = f.journal.size();
        List<Integer> cuts = List.of(setup - 1, setup - 1 + steps.size() * firstCut / 1000,
                setup - 1 + steps.size() * secondCut / 1000, setup - 1 + steps.size());
        List<Checkpoint> checkpoints = new ArrayList<>();
        checkpoints.add(new Checkpoint(setup - 1, f.exchange.capture()));
        for (Step s : steps) {
            long time = stream.timeFor(s);
            f.applyAt(stream.commandFor(s, time), time);
            int index = f.journal.size() - 1;
            for (int cut : cuts) {
                if (cut == index) {
                    checkpoints.add(new Checkpoint(index, f.exchange.capture()));
                }
            }
        }

        Exchange fresh = new Exchange();
        replay(fresh, f.journal, 0, "replay from scratch");
        assertSameView(f.exchange, fresh);

        for (Checkpoint cp : checkpoints) {
            Exchange restored = Exchange.restore(cp.state());
            assertEquals(f.journal.get(cp.index()).hashAfter(), restored.stateHash(), "restored at command " + cp.index());
            replay(restored, f.journal, cp.index() + 1, "restored at command " + cp.index());
            assertSameView(f.exchange, restored);
        }
    }

    private record Checkpoint(int index, ExchangeState state) {
    }

    /** Applies the journal from {@code from} on and compares every answer and state with the original's. */
    private static void replay(Exchange x, List<Fixture.Applied> journal, int from, String how) {
        for (int i = from; i < journal.size(); i++) {
            Fixture.Applied a = journal.get(i);
            CommandResult r = x.apply(a.command(), a.time());
            String what = how + ", command " + i + " " + a.command();
            assertEquals(a.result(), r, what);
            assertEquals(a.changed(), x.lastChangedState(), what);
            assertEquals(a.hashAfter(), x.stateHash(), what);
        }
    }

    /** What readers see, beyond the hash: members, markets, books, accounts, leases, totals and the clock. */
    private static void assertSameView(Exchange expected, Exchange actual) {
        assertEquals(expected.stateHash(), actual.stateHash());
        assertEquals(expected.clock(), actual.clock());
        assertEquals(expected.nextOrderId(), actual.nextOrderId());
        assertEquals(expected.members(), actual.members());
        assertEquals(expected.markets(), actual.markets());
        assertEquals(expected.ledgerTotals(), actual.ledgerTotals());
        for (MarketInfo m : expected.markets()) {
            assertEquals(expected.orders(m.id()), actual.orders(m.id()));
        }
        for (MemberInfo m : expected.members()) {
            assertEquals(expected.account(m.id()), actual.account(m.id()));
            assertEquals(expected.leasesOf(m.id()), actual.leasesOf(m.id()));
        }
    }
}
