package com.cyclex.exchange;

import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.ledger.Credits;
import com.cyclex.ledger.Escrow;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;

/**
 * The rules an order must pass, written once: the exchange's order desk applies them to every order it receives,
 * and a terminal applies them to the order being typed, with what it knows of the market, the book and its account,
 * so the operator reads the exchange's own code and sentence before sending. Each check returns a rejection, or
 * null when the order passes it. Pure: no state, no clock.
 */
public final class OrderChecks {
    private OrderChecks() {
    }

    /** An order without a side, a type or a time in force; checked before anything else. */
    public static CommandResult shape(PlaceOrder c) {
        if (c.side() == null || c.type() == null || c.timeInForce() == null) {
            return CommandResult.reject(ResultCode.COMMAND_INVALID, "An order needs a side, a type and a time in force.");
        }
        return null;
    }

    /**
     * Every check of a new order after its shape and its member, in the exchange's order: the market, the units,
     * the price (or for a market order, its time in force and the liquidity to take), then the credits or cores.
     *
     * @param spec the market's definition, or null when no market has the order's id
     * @param bestOpposite the best price on the other side of the book, 0 when that side is empty
     * @param available the member's available credits, minor units
     * @param declaredCores the cores the member declared spare
     * @param spareCores those of them not yet in asks or leases
     */
    public static CommandResult place(PlaceOrder c, MarketSpec spec, MarketStatus status, long bestOpposite,
                                      long available, long declaredCores, long spareCores) {
        CommandResult problem = trading(c.market(), spec, status);
        if (problem == null) {
            problem = units(spec, c.units());
        }
        if (problem == null) {
            problem = c.type() == OrderType.MARKET ? marketOrder(c, spec, bestOpposite) : price(spec, c.price());
        }
        if (problem != null) {
            return problem;
        }
        return c.side() == Side.BID
                ? credits(hold(spec, c.units(), price(c, spec, bestOpposite)), available)
                : cores(c.units(), declaredCores, spareCores);
    }

    /** Whether a market takes new orders and replaces (cancels it always takes). */
    public static CommandResult trading(int id, MarketSpec spec, MarketStatus status) {
        if (spec == null) {
            return CommandResult.reject(ResultCode.MARKET_UNKNOWN, "No market has id " + id + ".");
        }
        if (status == MarketStatus.HALTED) {
            return CommandResult.reject(ResultCode.MARKET_HALTED,
                    "Trading in " + spec.symbol() + " is halted; you can still cancel orders.");
        }
        if (status == MarketStatus.CLOSED) {
            return CommandResult.reject(ResultCode.MARKET_CLOSED, spec.symbol() + " has closed: its delivery window has begun.");
        }
        return null;
    }

    /** A limit price, for a new order or a replace. */
    public static CommandResult price(MarketSpec spec, long price) {
        if (price < spec.priceMin() || price > spec.priceMax()) {
            return CommandResult.reject(ResultCode.PRICE_OUTSIDE_BAND, "Price " + price + " is outside the band of "
                    + spec.symbol() + ": " + spec.priceMin() + " to " + spec.priceMax() + " ticks.");
        }
        return null;
    }

    /** The units of a new order or a replace. */
    public static CommandResult units(MarketSpec spec, long units) {
        if (units < spec.minUnits() || units > spec.maxUnits()) {
            return CommandResult.reject(ResultCode.UNITS_OUT_OF_LIMITS, "An order in " + spec.symbol() + " is for "
                    + spec.minUnits() + " to " + spec.maxUnits() + " units, not " + units + ".");
        }
        return null;
    }

    /** A market order must not rest, and needs something on the other side to take. */
    public static CommandResult marketOrder(PlaceOrder c, MarketSpec spec, long bestOpposite) {
        CommandResult problem = timeInForce(c);
        return problem != null ? problem : liquidity(c, spec, bestOpposite);
    }

    /** A market order takes what is there now: it cannot rest on the book. */
    public static CommandResult timeInForce(PlaceOrder c) {
        if (c.type() == OrderType.MARKET && c.timeInForce().rests()) {
            return CommandResult.reject(ResultCode.ORDER_TYPE_INVALID,
                    "A market order cannot rest on the book: send it as IOC or FOK, not " + c.timeInForce() + ".");
        }
        return null;
    }

    /** A market order needs something on the other side of the book to take. */
    public static CommandResult liquidity(PlaceOrder c, MarketSpec spec, long bestOpposite) {
        if (c.type() == OrderType.MARKET && bestOpposite == 0) {
            return CommandResult.reject(ResultCode.NO_LIQUIDITY, "There are no "
                    + (c.side() == Side.BID ? "asks" : "bids") + " in " + spec.symbol() + " for a market order to take.");
        }
        return null;
    }

    /**
     * The price an order trades up to (a bid) or down to (an ask): its limit, or for a market order the best opposite
     * price moved by the market's protection, never past the band. 0 for a market order with nothing to take.
     */
    public static long price(PlaceOrder c, MarketSpec spec, long bestOpposite) {
        if (c.type() != OrderType.MARKET) {
            return c.price();
        }
        return protectedPrice(spec, c.side(), bestOpposite);
    }

    /** The market order's limit: the protection may be any size, so it is capped at the band's edge before it is added. */
    public static long protectedPrice(MarketSpec spec, Side side, long bestOpposite) {
        if (bestOpposite == 0) {
            return 0;
        }
        return side == Side.BID
                ? bestOpposite + Math.min(spec.protectionTicks(), Math.max(0, spec.priceMax() - bestOpposite))
                : bestOpposite - Math.min(spec.protectionTicks(), Math.max(0, bestOpposite - spec.priceMin()));
    }

    /** The fee rate a bid's escrow reserves: the higher of the two, since a bid may end up maker or taker. */
    public static int reserveBps(MarketSpec spec) {
        return Math.max(spec.makerFeeBps(), spec.takerFeeBps());
    }

    /** What a bid of these units up to this price holds in escrow: its value plus the fee reserve. */
    public static long hold(MarketSpec spec, long units, long price) {
        return Escrow.bidHold(units, price, spec.tickSize(), reserveBps(spec));
    }

    /** A bid's escrow against the member's available credits. */
    public static CommandResult credits(long hold, long available) {
        if (hold > available) {
            return CommandResult.reject(ResultCode.INSUFFICIENT_CREDITS, "This bid holds " + Credits.format(hold)
                    + " credits in escrow (value plus fee reserve) but only " + Credits.format(available) + " are available.");
        }
        return null;
    }

    /** An ask's units against the member's spare cores. */
    public static CommandResult cores(long units, long declaredCores, long spareCores) {
        if (units > spareCores) {
            return CommandResult.reject(ResultCode.INSUFFICIENT_CAPACITY, declaredCores == 0
                    ? "This ask offers " + cores(units) + " but you have declared no spare cores to sell: declare them first."
                    : "This ask offers " + cores(units) + " but only " + spareCores + " of your declared cores are spare.");
        }
        return null;
    }

    /** The extra escrow a replaced bid needs against the member's available credits. */
    public static CommandResult moreCredits(long extra, long available) {
        if (extra > available) {
            return CommandResult.reject(ResultCode.INSUFFICIENT_CREDITS, "This change needs " + Credits.format(extra)
                    + " more credits in escrow but only " + Credits.format(available) + " are available.");
        }
        return null;
    }

    /** The extra cores a replaced ask offers against the member's spare cores. */
    public static CommandResult moreCores(long extra, long spareCores) {
        if (extra > spareCores) {
            return CommandResult.reject(ResultCode.INSUFFICIENT_CAPACITY, "This change offers " + extra + " more "
                    + (extra == 1 ? "core" : "cores") + " but only " + spareCores + " of your declared cores are spare.");
        }
        return null;
    }

    /** "1 core", "3 cores". */
    static String cores(long n) {
        return n + (n == 1 ? " core" : " cores");
    }
}
