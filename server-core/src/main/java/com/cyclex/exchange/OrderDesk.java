package com.cyclex.exchange;

import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.ledger.Escrow;
import com.cyclex.ledger.Ledger;
import com.cyclex.ledger.PostingReason;
import com.cyclex.market.CancelReason;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Order;
import com.cyclex.market.Side;
import com.cyclex.member.Member;
import com.cyclex.member.MemberRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Order commands: checks each against the member, the market and the member's credits and cores,
 * holds escrow, and hands it to the market's book. Every check comes before the first change, so a
 * rejected command changes nothing.
 */
final class OrderDesk {
    private final MemberRegistry members;
    private final Markets markets;
    private final Ledger ledger;
    private final Clearing clearing;
    private final EventCollector events;
    private long nextOrderId = 1;

    OrderDesk(MemberRegistry members, Markets markets, Ledger ledger, Clearing clearing, EventCollector events) {
        this.members = members;
        this.markets = markets;
        this.ledger = ledger;
        this.clearing = clearing;
        this.events = events;
    }

    long nextOrderId() {
        return nextOrderId;
    }

    void restoreNextOrderId(long next) {
        this.nextOrderId = next;
    }

    CommandResult place(PlaceOrder c, long now) {
        CommandResult problem = OrderChecks.shape(c);
        if (problem != null) {
            return problem;
        }
        Member member = members.get(c.actor());
        problem = checkTrader(member, c.actor());
        if (problem != null) {
            return problem;
        }
        Market market = markets.get(c.market());
        MarketSpec spec = market == null ? null : market.spec();
        long best = market == null ? 0 : market.book().bestPrice(c.side().opposite());
        // The same checks a terminal runs before sending (OrderChecks), on the exchange's own state.
        problem = OrderChecks.place(c, spec, market == null ? null : market.status(), best,
                ledger.available(member.id()), member.declaredCores(), member.spareCores());
        if (problem != null) {
            return problem;
        }
        long price = OrderChecks.price(c, spec, best);
        int reserveBps = market.reserveBps();
        if (c.side() == Side.BID) {
            long hold = OrderChecks.hold(spec, c.units(), price);
            ledger.transfer(Ledger.availableAccount(member.id()), Ledger.heldAccount(member.id()), hold, PostingReason.BID_HOLD);
        } else {
            member.holdAskCores(c.units());
        }
        long orderId = nextOrderId++;
        clearing.begin(market, now);
        Order order = market.book().place(orderId, member.id(), c.side(), price, c.units(), c.timeInForce(), reserveBps);
        events.order(market.id(), order, null);
        events.account(member);
        return CommandResult.order(orderId, order.filledUnits(), order.openUnits());
    }

    CommandResult cancel(CancelOrder c, long now) {
        Member member = members.get(c.actor());
        if (member == null) {
            return unknownMember(c.actor());
        }
        Market market = markets.get(c.market());
        if (market == null) {
            return unknownMarket(c.market());
        }
        Order order = market.book().find(c.orderId());
        CommandResult problem = checkOwnOrder(order, member, market, c.orderId());
        if (problem != null) {
            return problem;
        }
        clearing.begin(market, now);
        market.book().cancel(order.id(), CancelReason.CANCELLED);
        return CommandResult.order(order.id(), order.filledUnits(), 0);
    }

    CommandResult replace(ReplaceOrder c, long now) {
        Member member = members.get(c.actor());
        CommandResult problem = checkTrader(member, c.actor());
        if (problem != null) {
            return problem;
        }
        Market market = markets.get(c.market());
        problem = checkTrading(market, c.market());
        if (problem != null) {
            return problem;
        }
        Order order = market.book().find(c.orderId());
        problem = checkOwnOrder(order, member, market, c.orderId());
        if (problem != null) {
            return problem;
        }
        MarketSpec spec = market.spec();
        problem = OrderChecks.price(spec, c.newPrice());
        if (problem == null) {
            problem = OrderChecks.units(spec, c.newUnits());
        }
        if (problem != null) {
            return problem;
        }
        long open = order.openUnits();
        int reserveBps = market.reserveBps();
        if (order.side() == Side.BID) {
            long oldHold = Escrow.bidHold(open, order.price(), spec.tickSize(), (int) order.reserve());
            long newHold = Escrow.bidHold(c.newUnits(), c.newPrice(), spec.tickSize(), reserveBps);
            long extra = newHold - oldHold;
            problem = OrderChecks.moreCredits(extra, ledger.available(member.id()));
            if (problem != null) {
                return problem;
            }
            if (extra > 0) {
                ledger.transfer(Ledger.availableAccount(member.id()), Ledger.heldAccount(member.id()), extra, PostingReason.BID_HOLD);
            } else {
                ledger.transfer(Ledger.heldAccount(member.id()), Ledger.availableAccount(member.id()), -extra, PostingReason.BID_RELEASE);
            }
        } else {
            long extra = c.newUnits() - open;
            problem = OrderChecks.moreCores(extra, member.spareCores());
            if (problem != null) {
                return problem;
            }
            if (extra > 0) {
                member.holdAskCores(extra);
            } else {
                member.releaseAskCores(-extra);
            }
        }
        clearing.begin(market, now);
        market.book().replace(order.id(), c.newPrice(), c.newUnits(), reserveBps);
        events.order(market.id(), order, null);
        events.account(member);
        return CommandResult.order(order.id(), order.filledUnits(), order.openUnits());
    }

    CommandResult cancelAll(CancelAll c, long now) {
        Member member = members.get(c.actor());
        if (member == null) {
            return unknownMember(c.actor());
        }
        if (c.market() != 0 && markets.get(c.market()) == null) {
            return unknownMarket(c.market());
        }
        long cancelled = 0;
        for (Market market : markets.all()) {
            if (c.market() == 0 || c.market() == market.id()) {
                cancelled += pull(market, member.id(), CancelReason.CANCELLED, now);
            }
        }
        return new CommandResult(ResultCode.OK, null, 0, 0, cancelled);
    }

    /** Cancels every open order of a member in one market; returns how many there were. */
    int pull(Market market, long memberId, CancelReason reason, long now) {
        return cancelWhere(market, o -> o.memberId() == memberId, reason, now);
    }

    /** Cancels every open order in a market for which the test holds; returns how many there were. */
    int cancelWhere(Market market, Predicate<Order> test, CancelReason reason, long now) {
        // Collected first: cancelling while the book walks its own queues would cut the walk short.
        List<Long> ids = new ArrayList<>();
        market.book().forEachOrder(o -> {
            if (test.test(o)) {
                ids.add(o.id());
            }
        });
        clearing.begin(market, now);
        for (long id : ids) {
            market.book().cancel(id, reason);
        }
        return ids.size();
    }

    private static CommandResult checkTrader(Member member, long actor) {
        if (member == null) {
            return unknownMember(actor);
        }
        if (!member.isActive()) {
            return CommandResult.reject(ResultCode.MEMBER_NOT_ACTIVE,
                    "Member " + member.name() + " is " + member.status() + "; only active members can trade.");
        }
        return null;
    }

    private static CommandResult checkTrading(Market market, int id) {
        return market == null ? unknownMarket(id) : OrderChecks.trading(id, market.spec(), market.status());
    }

    private static CommandResult checkOwnOrder(Order order, Member member, Market market, long orderId) {
        if (order == null) {
            return CommandResult.reject(ResultCode.ORDER_UNKNOWN,
                    "Order " + orderId + " is not open in " + market.spec().symbol() + "; it may have filled or been cancelled.");
        }
        if (order.memberId() != member.id()) {
            return CommandResult.reject(ResultCode.ORDER_NOT_YOURS, "Order " + orderId + " belongs to another member.");
        }
        return null;
    }

    /** "1 core", "3 cores". */
    static String cores(long n) {
        return OrderChecks.cores(n);
    }

    static CommandResult unknownMember(long id) {
        return CommandResult.reject(ResultCode.MEMBER_UNKNOWN, "No member has id " + id + ".");
    }

    static CommandResult unknownMarket(int id) {
        return OrderChecks.trading(id, null, null);
    }
}
