package com.cyclex.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.ResultCode;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the floor keeps a robot's view of its own orders right, whatever order answers and events arrive in. */
class RobotFloorTest {
    static final long MEMBER = 2;
    static final int MARKET = 1;

    BiConsumer<MarketView, OrderPad> next = (v, p) -> { };
    final List<RobotFloor.Sent> sent = new ArrayList<>();
    RobotFloor floor;

    @BeforeEach
    void setUp() {
        RobotTrader scripted = (view, pad) -> next.accept(view, pad);
        floor = new RobotFloor(List.of(new RobotSeat("robot-test-1", MEMBER, MARKET, scripted)), 1, new RobotCounters());
        floor.marketsKnown(List.of(new MarketInfo(MARKET, DemoPlan.markets(InMemoryFloor.T0).get(0), MarketStatus.OPEN)));
        floor.membersKnown(List.of(new MemberInfo(MEMBER, "robot-test-1", MemberStatus.ACTIVE, 100, 0, 0, 0)));
        floor.accountKnown(new AccountInfo(MEMBER, 1_000_000_000, 0, 100, 0, 0));
        floor.ordersKnown(MEMBER, List.of());
        floor.depthKnown(new BookDepth(MARKET, new long[] {498}, new long[] {1}, new long[] {503}, new long[] {1}));
    }

    private void turn(BiConsumer<MarketView, OrderPad> robot) {
        next = robot;
        assertTrue(floor.turn(sent::add) >= 0);
    }

    private RobotFloor.Sent last() {
        return sent.get(sent.size() - 1);
    }

    private static ExchangeEvent.OrderUpdated order(long id, long open, boolean resting) {
        return new ExchangeEvent.OrderUpdated(new OrderInfo(id, MARKET, MEMBER, Side.BID, 495, open, 3 - open,
                TimeInForce.GTC, 0, resting), null);
    }

    @Test
    void aPlacedOrderShowsOnceItsResultIsHeard() {
        turn((v, p) -> p.bid(495, 3, TimeInForce.GTC));
        assertTrue(floor.view(0).myOrders().isEmpty());
        assertEquals(1, floor.view(0).commandsInFlight());

        floor.resultHeard(last(), CommandResult.order(7, 0, 3));
        assertEquals(List.of(new OwnOrder(7, Side.BID, 495, 3)), floor.view(0).myOrders());
        assertEquals(0, floor.view(0).commandsInFlight());
    }

    @Test
    void anOrderBeingCancelledIsHiddenUntilTheAnswerComes() {
        floor.ordersKnown(MEMBER, List.of(order(7, 3, true).order()));
        turn((v, p) -> p.cancel(7));
        assertTrue(floor.view(0).myOrders().isEmpty());

        floor.resultHeard(last(), CommandResult.reject(ResultCode.MARKET_HALTED));
        assertEquals(1, floor.view(0).myOrders().size(), "a cancel that failed leaves the order");
    }

    @Test
    void aLateResultCannotBringBackAnOrderThatEventsSayIsGone() {
        turn((v, p) -> p.bid(495, 3, TimeInForce.GTC));
        floor.eventsHeard(List.of(order(7, 3, true), order(7, 0, false)));
        floor.resultHeard(last(), CommandResult.order(7, 0, 3));
        assertTrue(floor.view(0).myOrders().isEmpty());
    }

    @Test
    void fillsHeardInEventsShrinkTheOrderAndMoveThePosition() {
        floor.ordersKnown(MEMBER, List.of(order(7, 3, true).order()));
        floor.eventsHeard(List.of(
                new ExchangeEvent.TradeExecuted(new com.cyclex.market.Trade(1, MARKET, 7, 9, MEMBER, 3, 495, 2, Side.ASK, 0)),
                order(7, 1, true)));
        assertEquals(1, floor.view(0).myOrders().get(0).openUnits());
        assertEquals(2, floor.view(0).position());
        assertEquals(495, floor.view(0).lastPrice());
    }

    @Test
    void anOrderTheExchangeNoLongerKnowsIsForgotten() {
        floor.ordersKnown(MEMBER, List.of(order(7, 3, true).order()));
        turn((v, p) -> p.replace(7, 494, 3));
        floor.resultHeard(last(), CommandResult.reject(ResultCode.ORDER_UNKNOWN));
        assertTrue(floor.view(0).myOrders().isEmpty());
    }

    @Test
    void aTurnSendsAtMostAFewCommands() {
        turn((v, p) -> {
            for (int i = 0; i < 20; i++) {
                p.bid(495, 1, TimeInForce.GTC);
            }
        });
        assertEquals(OrderPad.MAX_PER_TURN, sent.size());
    }

    @Test
    void aSuspendedRobotGetsNoTurns() {
        floor.eventsHeard(List.of(new ExchangeEvent.MemberUpdated(
                new MemberInfo(MEMBER, "robot-test-1", MemberStatus.SUSPENDED, 100, 0, 0, 0))));
        turn((v, p) -> p.bid(495, 1, TimeInForce.GTC));
        assertTrue(sent.isEmpty());
    }

    @Test
    void aRobotThatThrowsLosesOnlyItsTurn() {
        turn((v, p) -> {
            throw new IllegalStateException("student code");
        });
        turn((v, p) -> p.bid(495, 1, TimeInForce.GTC));
        assertEquals(1, sent.size());
    }

    @Test
    void robotMemberNamesSayTheirKind() {
        assertEquals(RobotRole.MARKET_MAKER, RobotRole.ofMemberName("robot-mm-1"));
        assertEquals(RobotRole.NOISE, RobotRole.ofMemberName("Robot-Noise-12"));
        assertEquals(RobotRole.TAKER, RobotRole.ofMemberName(RobotRole.TAKER.memberName(2)));
        assertNull(RobotRole.ofMemberName("robot-mm-"));
        assertNull(RobotRole.ofMemberName("robot-mm-x"));
        assertNull(RobotRole.ofMemberName("lab-pc-1"));
    }
}
