package com.cyclex.sim;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robots and what they know, without threads or IO: it hears answers and events, and on each
 * {@link #turn} lets one robot act and hands out the commands it sent. The {@link RobotRunner} drives it on
 * a thread against a live exchange; tests drive it turn by turn against an in-memory one, deterministically.
 */
final class RobotFloor {
    private static final Logger LOG = LoggerFactory.getLogger(RobotFloor.class);
    /**
     * A seat with this many commands unanswered waits, so a robot's view does not run far ahead of the exchange.
     * Acknowledgements take tens of milliseconds under load, so a seat needs a few in flight to keep its share
     * of a high rate; more would only make its view staler and its cancels miss more often.
     */
    static final int MAX_IN_FLIGHT_PER_SEAT = 16;

    /** A command a robot sent, and the seat whose result it is. */
    record Sent(int seat, long memberId, Command command) {
    }

    private final List<Seat> seats = new ArrayList<>();
    private final Map<Integer, MarketBoard> boards = new LinkedHashMap<>();
    private final Map<Long, Seat.MemberState> members = new LinkedHashMap<>();
    private final Map<Long, Seat> byMemberAndMarket = new HashMap<>();
    private final SplittableRandom random;
    private final RobotCounters counters;
    private boolean exchangeStopped;

    RobotFloor(List<RobotSeat> robots, long seed, RobotCounters counters) {
        this.random = new SplittableRandom(seed);
        this.counters = counters;
        for (RobotSeat robot : robots) {
            MarketBoard board = boards.computeIfAbsent(robot.market(), MarketBoard::new);
            Seat.MemberState member = members.computeIfAbsent(robot.memberId(), id -> new Seat.MemberState());
            Seat seat = new Seat(seats.size(), robot, board, member);
            if (byMemberAndMarket.put(key(robot.memberId(), robot.market()), seat) != null) {
                throw new IllegalArgumentException("two robots for member " + robot.memberId() + " in market " + robot.market());
            }
            seats.add(seat);
        }
    }

    private static long key(long memberId, int market) {
        return memberId << 32 | (market & 0xffffffffL);
    }

    List<Integer> markets() {
        return List.copyOf(boards.keySet());
    }

    List<Long> members() {
        return List.copyOf(members.keySet());
    }

    int size() {
        return seats.size();
    }

    /** Whether the exchange has said it takes no more commands. */
    boolean exchangeStopped() {
        return exchangeStopped;
    }

    /** The view a seat's robot acts on, for tests and tools. */
    MarketView view(int seat) {
        return seats.get(seat);
    }

    // ---- one turn ------------------------------------------------------------------------------------

    /** Lets one robot, picked at random, act; its commands go to {@code out}. Returns how many it sent. */
    int turn(Consumer<Sent> out) {
        if (seats.isEmpty()) {
            return 0;
        }
        Seat seat = seats.get(random.nextInt(seats.size()));
        if (!seat.ready() || !seat.trading() || seat.inFlight >= MAX_IN_FLIGHT_PER_SEAT) {
            return 0;
        }
        Pad pad = new Pad(seat, out);
        try {
            seat.seat.robot().act(seat, pad);
        } catch (RuntimeException e) {
            // A robot written in class may throw; that robot loses its turn, the others keep trading.
            counters.robotFailed();
            if (!seat.failedBefore) {
                seat.failedBefore = true;
                LOG.warn("Robot {} failed in its turn; further failures are only counted", seat.seat.name(), e);
            }
        }
        return pad.count;
    }

    /** The order pad of one turn: it fills in the member and market, and marks the orders being changed. */
    private final class Pad implements OrderPad {
        private final Seat seat;
        private final Consumer<Sent> out;
        int count;

        Pad(Seat seat, Consumer<Sent> out) {
            this.seat = seat;
            this.out = out;
        }

        private long member() {
            return seat.seat.memberId();
        }

        @Override
        public boolean bid(long price, long units, TimeInForce timeInForce) {
            return send(PlaceOrder.limit(member(), seat.market(), Side.BID, price, units, timeInForce), 0);
        }

        @Override
        public boolean ask(long price, long units, TimeInForce timeInForce) {
            return send(PlaceOrder.limit(member(), seat.market(), Side.ASK, price, units, timeInForce), 0);
        }

        @Override
        public boolean buyNow(long units) {
            return send(PlaceOrder.market(member(), seat.market(), Side.BID, units, TimeInForce.IOC), 0);
        }

        @Override
        public boolean sellNow(long units) {
            return send(PlaceOrder.market(member(), seat.market(), Side.ASK, units, TimeInForce.IOC), 0);
        }

        @Override
        public boolean replace(long orderId, long newPrice, long newUnits) {
            return send(new ReplaceOrder(member(), seat.market(), orderId, newPrice, newUnits), orderId);
        }

        @Override
        public boolean cancel(long orderId) {
            return send(new CancelOrder(member(), seat.market(), orderId), orderId);
        }

        /** Sends a command; {@code changes} is the order it cancels or replaces, marked before the answer can come. */
        private boolean send(Command command, long changes) {
            if (count >= MAX_PER_TURN) {
                return false;
            }
            count++;
            seat.inFlight++;
            if (changes != 0) {
                seat.busy(changes);
            }
            counters.sent();
            out.accept(new Sent(seat.index, member(), command));
            return true;
        }
    }

    // ---- what the floor hears ------------------------------------------------------------------------

    /** The answer to a command a robot sent. */
    void resultHeard(Sent sent, CommandResult result) {
        Seat seat = seats.get(sent.seat());
        seat.inFlight--;
        counters.answered(result);
        if (result.code() == ResultCode.EXCHANGE_UNAVAILABLE) {
            exchangeStopped = true;
        }
        boolean gone = result.code() == ResultCode.ORDER_UNKNOWN;
        if (sent.command() instanceof PlaceOrder p) {
            if (result.accepted() && p.timeInForce().rests()) {
                seat.placed(result.id(), p.side(), p.price(), result.openUnits());
            }
        } else if (sent.command() instanceof CancelOrder c) {
            if (result.accepted() || gone) {
                seat.end(c.orderId());
            } else {
                seat.free(c.orderId());
            }
        } else if (sent.command() instanceof ReplaceOrder r) {
            seat.free(r.orderId());
            if (result.accepted()) {
                seat.replaced(r.orderId(), r.newPrice(), result.openUnits());
            } else if (gone) {
                seat.end(r.orderId());
            }
        }
    }

    /** A batch of committed events, in commit order. */
    void eventsHeard(List<ExchangeEvent> events) {
        for (ExchangeEvent event : events) {
            if (event instanceof ExchangeEvent.OrderUpdated u) {
                Seat seat = byMemberAndMarket.get(key(u.order().memberId(), u.order().market()));
                if (seat != null) {
                    seat.heard(u.order());
                }
            } else if (event instanceof ExchangeEvent.TradeExecuted t) {
                traded(t.trade());
            } else if (event instanceof ExchangeEvent.AccountUpdated a) {
                accountKnown(a.account());
            } else if (event instanceof ExchangeEvent.MarketUpdated m) {
                MarketBoard board = boards.get(m.market().id());
                if (board != null) {
                    board.update(m.market());
                }
            } else if (event instanceof ExchangeEvent.MemberUpdated m) {
                Seat.MemberState member = members.get(m.member().id());
                if (member != null) {
                    member.status = m.member().status();
                }
            }
        }
    }

    private void traded(Trade trade) {
        MarketBoard board = boards.get(trade.market());
        if (board == null) {
            return;
        }
        board.lastPrice = trade.price();
        counters.trade();
        Seat buyer = byMemberAndMarket.get(key(trade.buyerId(), trade.market()));
        if (buyer != null) {
            buyer.traded(trade.units());
        }
        Seat seller = byMemberAndMarket.get(key(trade.sellerId(), trade.market()));
        if (seller != null) {
            seller.traded(-trade.units());
        }
    }

    void marketsKnown(List<MarketInfo> markets) {
        for (MarketInfo info : markets) {
            MarketBoard board = boards.get(info.id());
            if (board != null) {
                board.update(info);
            }
        }
    }

    void membersKnown(List<MemberInfo> known) {
        for (MemberInfo info : known) {
            Seat.MemberState member = members.get(info.id());
            if (member != null) {
                member.status = info.status();
            }
        }
    }

    void depthKnown(BookDepth depth) {
        MarketBoard board = boards.get(depth.market());
        if (board != null) {
            board.update(depth);
        }
    }

    /** The last trades before the robots started: where prices stand. */
    void tradesKnown(List<Trade> trades) {
        for (Trade trade : trades) {
            MarketBoard board = boards.get(trade.market());
            if (board != null) {
                board.lastPrice = trade.price();
            }
        }
    }

    /** A member's open orders in all markets, as a query saw them when the robots started. */
    void ordersKnown(long memberId, List<OrderInfo> open) {
        Seat.MemberState member = members.get(memberId);
        if (member == null) {
            return;
        }
        for (Seat seat : seats) {
            if (seat.member == member) {
                seat.seed(open);
            }
        }
        member.ordersSeen = true;
    }

    void accountKnown(AccountInfo account) {
        Seat.MemberState member = members.get(account.memberId());
        if (member != null) {
            member.account = account;
        }
    }
}
