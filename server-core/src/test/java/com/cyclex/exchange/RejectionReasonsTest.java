package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.AdvanceClock;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.LeaveExchange;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SetFees;
import com.cyclex.api.SuspendMember;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.OrderType;
import com.cyclex.market.PriceBand;
import com.cyclex.market.Resource;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each refusal the exchange can give, with the sentence a person reads: it must name the particular problem
 * (the name, the number, the status), not just the general rule. {@link Fixture#reject} also checks that the
 * refusal changed nothing and reported no change.
 */
class RejectionReasonsTest {
    Fixture f;
    long alice;
    int cpu;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        alice = f.member("alice", 10_000, 8);
        cpu = f.spotMarket("CPU");
    }

    @Nested
    class Membership {
        @Test
        void aNameMustNotBeBlank() {
            f.reject(new RegisterMember(0, "   ", ""), ResultCode.NAME_INVALID, "needs a name");
            f.reject(new RegisterMember(0, null, ""), ResultCode.NAME_INVALID, "needs a name");
        }

        @Test
        void aNameHasAtMostFortyCharacters() {
            String longest = "n".repeat(MemberRegistry.MAX_NAME_LENGTH);
            f.reject(new RegisterMember(0, longest + "x", ""), ResultCode.NAME_INVALID, "at most 40 characters", "this one has 41");
            f.ok(new RegisterMember(0, longest, ""));
        }

        @Test
        void aNameCannotHoldControlCharacters() {
            f.reject(new RegisterMember(0, "bell\u0007", ""), ResultCode.NAME_INVALID, "control characters");
        }

        /** Names compare without case and without surrounding spaces; a member who left frees its name. */
        @Test
        void aNameInUseIsTakenUntilItsMemberLeaves() {
            f.reject(new RegisterMember(0, " ALICE ", ""), ResultCode.NAME_TAKEN, "already called ALICE.");
            f.ok(new LeaveExchange(alice));
            f.ok(new RegisterMember(0, "Alice", ""));
        }

        @Test
        void onlyTheHostRegistersOthers() {
            f.reject(new RegisterMember(alice, "zed", ""), ResultCode.NOT_HOST, "register members for others");
        }

        @Test
        void anActiveMemberCannotBeAdmittedAgain() {
            f.reject(new AdmitMember(Fixture.HOST, alice), ResultCode.MEMBER_STATUS_CONFLICT, "alice is active", "cannot be admitted");
        }

        @Test
        void aMemberWhoLeftCannotBeAdmitted() {
            f.ok(new LeaveExchange(alice));
            f.reject(new AdmitMember(Fixture.HOST, alice), ResultCode.MEMBER_STATUS_CONFLICT, "alice has left", "cannot be admitted");
        }

        @Test
        void admittingNeedsTheHostAndAKnownMember() {
            long bob = f.pending("bob");
            f.reject(new AdmitMember(alice, bob), ResultCode.NOT_HOST, "admit members");
            f.reject(new AdmitMember(Fixture.HOST, 99), ResultCode.MEMBER_UNKNOWN, "id 99");
        }

        @Test
        void theHostCannotBeSuspended() {
            f.reject(new SuspendMember(Fixture.HOST, Fixture.HOST), ResultCode.MEMBER_STATUS_CONFLICT, "host cannot suspend itself");
        }

        @Test
        void onlyAnActiveMemberCanBeSuspended() {
            long bob = f.pending("bob");
            f.reject(new SuspendMember(Fixture.HOST, bob), ResultCode.MEMBER_STATUS_CONFLICT, "bob is waiting to be admitted", "cannot be suspended");
            f.reject(new SuspendMember(alice, bob), ResultCode.NOT_HOST, "suspend members");
        }

        @Test
        void theHostCannotLeaveAndNobodyLeavesTwice() {
            f.reject(new LeaveExchange(Fixture.HOST), ResultCode.MEMBER_STATUS_CONFLICT, "host cannot leave");
            f.ok(new LeaveExchange(alice));
            f.reject(new LeaveExchange(alice), ResultCode.MEMBER_STATUS_CONFLICT, "alice has left", "cannot leave again");
            f.reject(new LeaveExchange(42), ResultCode.MEMBER_UNKNOWN, "id 42");
        }

        @Test
        void onlyActiveMembersTrade() {
            long bob = f.pending("bob");
            f.ok(new MintCredits(Fixture.HOST, bob, 1_000));
            f.reject(f.limit(bob, cpu, Side.BID, 10, 1), ResultCode.MEMBER_NOT_ACTIVE, "bob is PENDING", "only active members");
            f.ok(new AdmitMember(Fixture.HOST, bob));
            f.ok(new SuspendMember(Fixture.HOST, bob));
            f.reject(f.limit(bob, cpu, Side.BID, 10, 1), ResultCode.MEMBER_NOT_ACTIVE, "bob is SUSPENDED");
        }
    }

    @Nested
    class Capacity {
        /** Cores held by an open ask and cores already leased both count as committed. */
        @Test
        void declaredCoresCannotDropBelowWhatIsCommitted() {
            long bob = f.member("bob", 10_000, 0);
            f.ok(f.limit(alice, cpu, Side.ASK, 50, 3));
            f.ok(f.limit(bob, cpu, Side.BID, 50, 2));
            assertEquals(2, f.exchange.account(alice).leasedCores());
            f.reject(new DeclareCapacity(alice, 2), ResultCode.CAPACITY_BELOW_COMMITTED, "You have 3 cores committed");
            f.ok(new DeclareCapacity(alice, 3));
            assertEquals(0, f.exchange.account(alice).spareCores());
        }

        @Test
        void declaredCoresStayWithinRange() {
            f.reject(new DeclareCapacity(alice, -1), ResultCode.CAPACITY_INVALID, "not -1");
            f.reject(new DeclareCapacity(alice, MemberRegistry.MAX_CORES + 1), ResultCode.CAPACITY_INVALID, "between 0 and 1048576", "not 1048577");
            f.ok(new DeclareCapacity(alice, MemberRegistry.MAX_CORES));
        }

        @Test
        void aMemberWhoLeftOrNeverWasDeclaresNothing() {
            f.ok(new LeaveExchange(alice));
            f.reject(new DeclareCapacity(alice, 4), ResultCode.MEMBER_STATUS_CONFLICT, "alice has left", "cannot declare capacity");
            f.reject(new DeclareCapacity(77, 4), ResultCode.MEMBER_UNKNOWN, "id 77");
        }

        @Test
        void anAskCannotOfferMoreThanTheSpareCores() {
            f.reject(f.limit(alice, cpu, Side.ASK, 50, 9), ResultCode.INSUFFICIENT_CAPACITY, "offers 9 cores", "only 8");
        }
    }

    @Nested
    class Credits {
        @Test
        void mintingNeedsAPositiveAmount() {
            f.reject(new MintCredits(Fixture.HOST, alice, 0), ResultCode.AMOUNT_INVALID, "not 0");
            f.reject(new MintCredits(Fixture.HOST, alice, -5), ResultCode.AMOUNT_INVALID, "not -5");
        }

        /** Everything ever minted stays within the limit: up to it exactly is fine, one credit more is not. */
        @Test
        void mintingStopsAtTheLimitOfTheExchange() {
            long room = Admin.MAX_CREDITS - f.exchange.ledgerTotals().issued();
            f.ok(new MintCredits(Fixture.HOST, alice, room));
            f.reject(new MintCredits(Fixture.HOST, alice, 1), ResultCode.LIMIT_EXCEEDED,
                    "at most " + Admin.MAX_CREDITS, Admin.MAX_CREDITS + " exist already");
        }

        @Test
        void onlyTheHostMintsAndOnlyForMembersWhoStay() {
            f.reject(new MintCredits(alice, alice, 10), ResultCode.NOT_HOST, "mint credits");
            f.reject(new MintCredits(Fixture.HOST, 55, 10), ResultCode.MEMBER_UNKNOWN, "id 55");
            f.ok(new LeaveExchange(alice));
            f.reject(new MintCredits(Fixture.HOST, alice, 10), ResultCode.MEMBER_STATUS_CONFLICT, "alice has left", "cannot receive credits");
        }

        /** The escrow of a bid is its value plus the fee reserve, and the sentence says both numbers. */
        @Test
        void aBidMustAffordItsFeeReserveToo() {
            int fee = f.market(MarketSpec.spot("FEE", 10, 1, 1, 1000).withFees(50, 100));
            f.reject(f.limit(alice, fee, Side.BID, 100, 100), ResultCode.INSUFFICIENT_CREDITS, "holds 101.00 credits", "only 100.00");
            f.ok(f.limit(alice, fee, Side.BID, 99, 100));
        }
    }

    @Nested
    class Listing {
        final MarketSpec valid = MarketSpec.spot("NEW", 10, 1, 1, 100);

        private void invalid(MarketSpec spec, String... fragments) {
            f.reject(new CreateMarket(Fixture.HOST, spec), ResultCode.MARKET_SPEC_INVALID, fragments);
        }

        private static MarketSpec with(MarketSpec s, String symbol, int term, long tick, long minUnits, long maxUnits,
                                       long priceMin, long priceMax, long protection) {
            return new MarketSpec(symbol, s.resource(), s.delivery(), s.windowStart(), term, tick, minUnits, maxUnits,
                    priceMin, priceMax, s.makerFeeBps(), s.takerFeeBps(), protection);
        }

        @Test
        void aSymbolIsOneToTwentyFourPlainCharacters() {
            for (String bad : new String[] {null, "", "two words", "x".repeat(25), "CPU/1", "ÜBER"}) {
                invalid(with(valid, bad, 10, 1, 1, 10, 1, 100, 1), "symbol is 1 to 24");
            }
            f.market(with(valid, "A-b_c.9" + "x".repeat(17), 10, 1, 1, 10, 1, 100, 1));
        }

        @Test
        void aMarketNeedsAResourceAndADelivery() {
            invalid(new MarketSpec("NEW", null, Delivery.SPOT, 0, 10, 1, 1, 10, 1, 100, 0, 0, 1), "resource and a delivery");
            invalid(new MarketSpec("NEW", Resource.CPU_CORE, null, 0, 10, 1, 1, 10, 1, 100, 0, 0, 1), "resource and a delivery");
        }

        @Test
        void theTermIsAMinuteToAWeek() {
            invalid(with(valid, "NEW", 0, 1, 1, 10, 1, 100, 1), "term is 1 to 10080 minutes, not 0");
            invalid(with(valid, "NEW", 10_081, 1, 1, 10, 1, 100, 1), "not 10081");
        }

        @Test
        void aTickIsWorthOneToAMillionMinorUnits() {
            invalid(with(valid, "NEW", 10, 0, 1, 10, 1, 100, 1), "tick is worth 1 to 1000000 minor units, not 0");
            invalid(with(valid, "NEW", 10, 1_000_001, 1, 10, 1, 10, 1), "not 1000001");
        }

        @Test
        void lotLimitsRunFromOneUpToAMillionInOrder() {
            invalid(with(valid, "NEW", 10, 1, 0, 10, 1, 100, 1), "Lot limits");
            invalid(with(valid, "NEW", 10, 1, 5, 4, 1, 100, 1), "the minimum not above the maximum");
            invalid(with(valid, "NEW", 10, 1, 1, 1_000_001, 1, 100, 1), "at most 1000000 units");
        }

        @Test
        void thePriceBandStartsAtOneTickRunsUpwardsAndHasALimitedWidth() {
            invalid(with(valid, "NEW", 10, 1, 1, 10, 0, 100, 1), "price band runs from at least 1 tick");
            invalid(with(valid, "NEW", 10, 1, 1, 10, 50, 49, 1), "not below the lowest");
            invalid(with(valid, "NEW", 10, 1, 1, 10, 1, PriceBand.MAX_WIDTH + 1, 1), "at most 1048576 ticks");
            f.market(with(valid, "WIDEST", 10, 1, 1, 10, 1, PriceBand.MAX_WIDTH, 1));
        }

        @Test
        void feesAreZeroToAThousandBasisPoints() {
            invalid(valid.withFees(-1, 0), "Fees are between 0 and 1000");
            invalid(valid.withFees(0, 1001), "Fees are between 0 and 1000");
        }

        @Test
        void theProtectionOfMarketOrdersIsNotNegative() {
            invalid(with(valid, "NEW", 10, 1, 1, 10, 1, 100, -1), "protection");
        }

        /** Max units x highest price x tick may reach the limit of one order's value, not pass it. */
        @Test
        void theLargestOrderStaysWithinTheOrderValueLimit() {
            invalid(with(valid, "NEW", 10, 1_000_000, 1, 1_000_000, 1, 1_001, 1),
                    "largest order", "at most " + MarketRules.MAX_ORDER_VALUE);
            f.market(with(valid, "NEW", 10, 1_000_000, 1, 1_000_000, 1, 1_000, 1));
        }

        /** A command at time t lists a window market only if its delivery starts after t. */
        @Test
        void aWindowStartsInTheFutureAndASpotMarketHasNoWindow() {
            long commandTime = f.now() + 1;
            invalid(valid.withWindow(commandTime), "must start in the future");
            invalid(valid.withWindow(commandTime - 10), "must start in the future");
            f.market(valid.withWindow(f.now() + 60_000));
            invalid(new MarketSpec("SPOT", Resource.CPU_CORE, Delivery.SPOT, f.now() + 60_000, 10, 1, 1, 10, 1, 100, 0, 0, 1),
                    "spot market has no window");
        }

        @Test
        void aSymbolIsTakenWhateverItsCase() {
            f.reject(new CreateMarket(Fixture.HOST, MarketSpec.spot("cpu", 10, 1, 1, 100)), ResultCode.SYMBOL_TAKEN,
                    "market called cpu exists");
        }

        @Test
        void onlyTheHostListsAMarketAndItNeedsADefinition() {
            f.reject(new CreateMarket(alice, valid), ResultCode.NOT_HOST, "list markets");
            f.reject(new CreateMarket(Fixture.HOST, null), ResultCode.COMMAND_INVALID, "needs a definition");
        }

        @Test
        void haltAndResumeMustChangeTheStatus() {
            f.ok(new HaltMarket(Fixture.HOST, cpu));
            f.reject(new HaltMarket(Fixture.HOST, cpu), ResultCode.MARKET_STATUS_CONFLICT, "CPU is halted", "only an open market can be halted");
            f.ok(new ResumeMarket(Fixture.HOST, cpu));
            f.reject(new ResumeMarket(Fixture.HOST, cpu), ResultCode.MARKET_STATUS_CONFLICT, "CPU is open", "only a halted market can be resumed");
            f.reject(new HaltMarket(Fixture.HOST, 9), ResultCode.MARKET_UNKNOWN, "id 9");
            f.reject(new ResumeMarket(alice, cpu), ResultCode.NOT_HOST, "resume markets");
        }

        @Test
        void aClosedWindowMarketCanNeitherBeHaltedNorTraded() {
            int window = f.market(valid.withWindow(f.now() + 1_000));
            f.advance(1_000);
            f.ok(new AdvanceClock());
            f.reject(new HaltMarket(Fixture.HOST, window), ResultCode.MARKET_STATUS_CONFLICT, "NEW has closed");
            f.reject(f.limit(alice, window, Side.BID, 10, 1), ResultCode.MARKET_CLOSED, "NEW has closed");
        }

        @Test
        void setFeesNeedsTheHostAKnownMarketAndRatesInRange() {
            f.reject(new SetFees(alice, cpu, 1, 1), ResultCode.NOT_HOST, "set fees");
            f.reject(new SetFees(Fixture.HOST, 5, 1, 1), ResultCode.MARKET_UNKNOWN, "id 5");
            f.reject(new SetFees(Fixture.HOST, cpu, -1, 0), ResultCode.FEES_INVALID, "got maker -1 and taker 0");
            f.reject(new SetFees(Fixture.HOST, cpu, 0, 1001), ResultCode.FEES_INVALID, "taker 1001");
        }
    }

    @Nested
    class Orders {
        long bob;

        @BeforeEach
        void bob() {
            bob = f.member("bob", 10_000, 4);
        }

        @Test
        void aMarketOrderCannotRestForADayEither() {
            f.ok(f.limit(bob, cpu, Side.ASK, 50, 1));
            f.reject(PlaceOrder.market(alice, cpu, Side.BID, 1, TimeInForce.DAY), ResultCode.ORDER_TYPE_INVALID, "not DAY");
        }

        @Test
        void aMarketSellNeedsBids() {
            f.reject(PlaceOrder.market(alice, cpu, Side.ASK, 1, TimeInForce.FOK), ResultCode.NO_LIQUIDITY, "no bids in CPU");
        }

        @Test
        void anOrderNeedsASideATypeAndATimeInForce() {
            f.reject(new PlaceOrder(alice, cpu, null, OrderType.LIMIT, TimeInForce.GTC, 10, 1), ResultCode.COMMAND_INVALID, "side");
            f.reject(new PlaceOrder(alice, cpu, Side.BID, null, TimeInForce.GTC, 10, 1), ResultCode.COMMAND_INVALID, "type");
            f.reject(new PlaceOrder(alice, cpu, Side.BID, OrderType.LIMIT, null, 10, 1), ResultCode.COMMAND_INVALID, "time in force");
            f.reject(null, ResultCode.COMMAND_INVALID, "no command");
        }

        @Test
        void unitsAndPricesKeepToTheMarketsLimits() {
            int lots = f.market(MarketSpec.spot("LOTS", 10, 1, 10, 20).withLots(2, 20));
            f.reject(f.limit(alice, lots, Side.BID, 15, 1), ResultCode.UNITS_OUT_OF_LIMITS, "LOTS is for 2 to 20 units, not 1");
            f.reject(f.limit(alice, lots, Side.BID, 15, 21), ResultCode.UNITS_OUT_OF_LIMITS, "not 21");
            f.reject(f.limit(alice, lots, Side.BID, 9, 2), ResultCode.PRICE_OUTSIDE_BAND, "Price 9", "10 to 20 ticks");
        }

        @Test
        void aReplaceMustBeOfAnOpenOrderOfYourOwn() {
            CommandResult bid = f.ok(f.limit(alice, cpu, Side.BID, 50, 2));
            f.reject(new ReplaceOrder(bob, cpu, bid.id(), 51, 2), ResultCode.ORDER_NOT_YOURS, "Order " + bid.id(), "another member");
            f.reject(new ReplaceOrder(alice, cpu, 77, 51, 2), ResultCode.ORDER_UNKNOWN, "Order 77 is not open in CPU");
            int other = f.spotMarket("OTHER");
            f.reject(new ReplaceOrder(alice, other, bid.id(), 51, 2), ResultCode.ORDER_UNKNOWN, "not open in OTHER");
        }

        @Test
        void aReplaceKeepsToTheLimitsToo() {
            CommandResult bid = f.ok(f.limit(alice, cpu, Side.BID, 50, 2));
            f.reject(new ReplaceOrder(alice, cpu, bid.id(), 1001, 2), ResultCode.PRICE_OUTSIDE_BAND, "Price 1001");
            f.reject(new ReplaceOrder(alice, cpu, bid.id(), 50, 0), ResultCode.UNITS_OUT_OF_LIMITS, "not 0");
            f.ok(new HaltMarket(Fixture.HOST, cpu));
            f.reject(new ReplaceOrder(alice, cpu, bid.id(), 49, 2), ResultCode.MARKET_HALTED, "CPU is halted");
        }

        /** The sentence says how much more a replace needs: the difference of the holds, not the whole. */
        @Test
        void aReplaceMustAffordTheExtraEscrowOrCores() {
            CommandResult bid = f.ok(f.limit(alice, cpu, Side.BID, 100, 50));          // holds 5 000 of 10 000
            f.reject(new ReplaceOrder(alice, cpu, bid.id(), 201, 50), ResultCode.INSUFFICIENT_CREDITS,
                    "needs 50.50 more credits", "only 50.00");
            CommandResult ask = f.ok(f.limit(bob, cpu, Side.ASK, 200, 1));
            f.reject(new ReplaceOrder(bob, cpu, ask.id(), 200, 5), ResultCode.INSUFFICIENT_CAPACITY, "offers 4 more cores", "only 3");
        }

        @Test
        void cancelsNameTheMemberTheMarketAndTheOrder() {
            CommandResult bid = f.ok(f.limit(alice, cpu, Side.BID, 50, 2));
            f.reject(new CancelOrder(66, cpu, bid.id()), ResultCode.MEMBER_UNKNOWN, "id 66");
            f.reject(new CancelOrder(alice, 8, bid.id()), ResultCode.MARKET_UNKNOWN, "id 8");
            f.reject(new CancelOrder(bob, cpu, bid.id()), ResultCode.ORDER_NOT_YOURS, "another member");
            f.reject(new CancelAll(alice, 8), ResultCode.MARKET_UNKNOWN, "id 8");
            f.reject(new CancelAll(66, 0), ResultCode.MEMBER_UNKNOWN, "id 66");
        }
    }

    /**
     * The one exception to "a refusal changes nothing": time passes with every command. A refused command that
     * is the first after midnight still expires the day's orders, and says it changed the state so that it is
     * journaled.
     */
    @Test
    void aRefusedCommandAfterMidnightStillExpiresDayOrders() {
        CommandResult day = f.ok(f.limit(alice, cpu, Side.BID, 50, 2, TimeInForce.DAY));
        long midnight = Math.floorDiv(f.now(), TimeEvents.DAY_MILLIS) * TimeEvents.DAY_MILLIS + TimeEvents.DAY_MILLIS;
        CommandResult r = f.applyAt(new MintCredits(Fixture.HOST, alice, 0), midnight);
        assertEquals(ResultCode.AMOUNT_INVALID, r.code());
        assertTrue(f.exchange.lastChangedState());
        assertNull(f.exchange.findOrder(cpu, day.id()));
        assertEquals(0, f.exchange.account(alice).held());
    }
}
