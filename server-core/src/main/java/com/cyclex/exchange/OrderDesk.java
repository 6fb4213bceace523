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
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Order;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
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
        if (c.side() == null || c.type() == null || c.timeInForce() == null) {
            return CommandResult.reject(ResultCode.COMMAND_INVALID, "An order needs a side, a type and a time in force.");
        }
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
        MarketSpec spec = market.spec();
        problem = checkUnits(spec, c.units());
        if (problem != null) {
            return problem;
        }
        long price = c.price();
        if (c.type() == OrderType.MARKET) {
            if (c.timeInForce().rests()) {
                return CommandResult.reject(ResultCode.ORDER_TYPE_INVALID,
                        "A market order cannot rest on the book: send it as IOC or FOK, not " + c.timeInForce() + ".");
            }
            long best = market.book().bestPrice(c.side().opposite());
            if (best == 0) {
                return CommandResult.reject(ResultCode.NO_LIQUIDITY, "There are no "
                        + (c.side() == Side.BID ? "asks" : "bids") + " in " + spec.symbol() + " for a market order to take.");
            }
            // Capped at the band's edge without ever adding the protection to a price: it may be any size.
            price = c.side() == Side.BID
                    ? best + Math.min(spec.protectionTicks(), spec.priceMax() - best)
                    : best - Math.min(spec.protectionTicks(), best - spec.priceMin());
        } else {
            problem = checkPrice(spec, price);
            if (problem != null) {
                return problem;
            }
        }
        int reserveBps = market.reserveBps();
        if (c.side() == Side.BID) {
            long hold = Escrow.bidHold(c.units(), price, spec.tickSize(), reserveBps);
            long available = ledger.available(member.id());
            if (hold > available) {
                return CommandResult.reject(ResultCode.INSUFFICIENT_CREDITS, "This bid needs " + hold
                        + " credits in escrow (value plus fee reserve) but only " + available + " are available.");
            }
            ledger.transfer(Ledger.availableAccount(member.id()), Ledger.heldAccount(member.id()), hold, PostingReason.BID_HOLD);
        } else {
            if (c.units() > member.spareCores()) {
                return CommandResult.reject(ResultCode.INSUFFICIENT_CAPACITY, "This ask offers " + cores(c.units())
                        + " but only " + member.spareCores() + " of your declared cores are spare.");
            }
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
        problem = checkPrice(spec, c.newPrice());
        if (problem == null) {
            problem = checkUnits(spec, c.newUnits());
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
            long available = ledger.available(member.id());
            if (extra > available) {
                return CommandResult.reject(ResultCode.INSUFFICIENT_CREDITS, "This change needs " + extra
                        + " more credits in escrow but only " + available + " are available.");
            }
            if (extra > 0) {
                ledger.transfer(Ledger.availableAccount(member.id()), Ledger.heldAccount(member.id()), extra, PostingReason.BID_HOLD);
            } else {
                ledger.transfer(Ledger.heldAccount(member.id()), Ledger.availableAccount(member.id()), -extra, PostingReason.BID_RELEASE);
            }
        } else {
            long extra = c.newUnits() - open;
            if (extra > member.spareCores()) {
                return CommandResult.reject(ResultCode.INSUFFICIENT_CAPACITY, "This change offers " + extra
                        + " more " + (extra == 1 ? "core" : "cores") + " but only " + member.spareCores()
                        + " of your declared cores are spare.");
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
        if (market == null) {
            return unknownMarket(id);
        }
        if (market.status() == MarketStatus.HALTED) {
            return CommandResult.reject(ResultCode.MARKET_HALTED,
                    "Trading in " + market.spec().symbol() + " is halted; you can still cancel orders.");
        }
        if (market.status() == MarketStatus.CLOSED) {
            return CommandResult.reject(ResultCode.MARKET_CLOSED,
                    market.spec().symbol() + " has closed: its delivery window has begun.");
        }
        return null;
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

    private static CommandResult checkPrice(MarketSpec spec, long price) {
        if (price < spec.priceMin() || price > spec.priceMax()) {
            return CommandResult.reject(ResultCode.PRICE_OUTSIDE_BAND, "Price " + price + " is outside the band of "
                    + spec.symbol() + ": " + spec.priceMin() + " to " + spec.priceMax() + " ticks.");
        }
        return null;
    }

    private static CommandResult checkUnits(MarketSpec spec, long units) {
        if (units < spec.minUnits() || units > spec.maxUnits()) {
            return CommandResult.reject(ResultCode.UNITS_OUT_OF_LIMITS, "An order in " + spec.symbol() + " is for "
                    + spec.minUnits() + " to " + spec.maxUnits() + " units, not " + units + ".");
        }
        return null;
    }

    /** "1 core", "3 cores". */
    static String cores(long n) {
        return n + (n == 1 ? " core" : " cores");
    }

    static CommandResult unknownMember(long id) {
        return CommandResult.reject(ResultCode.MEMBER_UNKNOWN, "No member has id " + id + ".");
    }

    static CommandResult unknownMarket(int id) {
        return CommandResult.reject(ResultCode.MARKET_UNKNOWN, "No market has id " + id + ".");
    }
}
