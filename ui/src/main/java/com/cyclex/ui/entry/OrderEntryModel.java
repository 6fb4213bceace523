package com.cyclex.ui.entry;

import com.cyclex.ui.format.Credits;
import com.cyclex.api.AccountInfo;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.ledger.Escrow;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The order entry's state: the shared ticket, the market it is for, the operator's account and the top of the
 * book, and from them whether the order can be sent (and if not, why, in a sentence) and what it would do.
 * Everything is recomputed on any change, so the operator reads the consequence of every keystroke; no screen
 * is needed to use or test it.
 */
public final class OrderEntryModel {
    /** Which input a problem is about, so the view can mark it. */
    public enum Input { MARKET, TYPE, PRICE, UNITS, TIME_IN_FORCE, FUNDS }

    /**
     * Why the order cannot be sent as it stands.
     *
     * @param missing whether something is not filled in yet (or not known yet), rather than wrong: a form that
     *     has just opened is not in error, so the view says this quietly
     */
    public record Problem(Input input, String sentence, boolean missing) {
        static Problem wrong(Input input, String sentence) {
            return new Problem(input, sentence, false);
        }

        static Problem missing(Input input, String sentence) {
            return new Problem(input, sentence, true);
        }
    }

    /** The best price on each side of the book, in ticks; 0 where that side is empty. */
    public record Top(long bid, long ask) {
        public long best(Side side) {
            return side == Side.BID ? bid : ask;
        }
    }

    private static final List<TimeInForce> LIMIT_TIFS = List.of(TimeInForce.values());
    private static final List<TimeInForce> MARKET_TIFS = List.of(TimeInForce.IOC, TimeInForce.FOK);

    private final OrderTicket ticket;
    private final ObjectProperty<MarketInfo> market = new SimpleObjectProperty<>(this, "market");
    private final ObjectProperty<AccountInfo> account = new SimpleObjectProperty<>(this, "account");
    private final ObjectProperty<Top> top = new SimpleObjectProperty<>(this, "top");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper priceValue = new ReadOnlyStringWrapper(this, "priceValue", "");
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper(this, "action", "");

    public OrderEntryModel(OrderTicket ticket) {
        this.ticket = ticket;
        InvalidationListener update = o -> update();
        for (Observable o : List.<Observable>of(ticket.sideProperty(), ticket.priceProperty(), ticket.unitsProperty(),
                ticket.timeInForceProperty(), ticket.typeProperty(), market, account, top)) {
            o.addListener(update);
        }
        // A market order may not rest, so switching to one picks the nearest time in force that does not.
        ticket.typeProperty().addListener((obs, old, type) -> {
            if (type == OrderType.MARKET && ticket.timeInForceProperty().get().rests()) {
                ticket.timeInForceProperty().set(TimeInForce.IOC);
            }
        });
        update();
    }

    public OrderTicket ticket() {
        return ticket;
    }

    public ObjectProperty<MarketInfo> marketProperty() {
        return market;
    }

    public ObjectProperty<AccountInfo> accountProperty() {
        return account;
    }

    /** The top of the selected market's book, or null until it is known. */
    public ObjectProperty<Top> topProperty() {
        return top;
    }

    /** Why the order cannot be sent, or null when it can. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Problem problem() {
        return problem.get();
    }

    /**
     * What the order would do with the operator's credits or cores, e.g. "Holds 5.01 credits in escrow"; empty
     * while the order itself is not valid (a wrong price has no meaningful hold).
     */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How the summary comes about and what it leaves, e.g. "Value 5.00 + fee reserve 0.01\n995.00 credits left available". */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The price per unit in credits, e.g. "= 1.25 credits". */
    public ReadOnlyStringProperty priceValueProperty() {
        return priceValue.getReadOnlyProperty();
    }

    /** The send button's words, e.g. "Send bid · 4 @ 125". */
    public ReadOnlyStringProperty actionProperty() {
        return action.getReadOnlyProperty();
    }

    /** The times in force an order of this type may have: a market order cannot rest. */
    public static List<TimeInForce> timesInForce(OrderType type) {
        return type == OrderType.MARKET ? MARKET_TIFS : LIMIT_TIFS;
    }

    /** The fee rate a bid's escrow reserves: the higher of the two, since a bid may end up maker or taker. */
    public static int reserveBps(MarketSpec spec) {
        return Math.max(spec.makerFeeBps(), spec.takerFeeBps());
    }

    /** The order to send as the operator {@code me}; only when there is no problem. */
    public PlaceOrder order(long me) {
        Problem p = problem.get();
        if (p != null) {
            throw new IllegalStateException(p.sentence());
        }
        int id = market.get().id();
        Side side = ticket.sideProperty().get();
        long units = ticket.unitsProperty().get();
        TimeInForce tif = ticket.timeInForceProperty().get();
        return isMarketOrder()
                ? PlaceOrder.market(me, id, side, units, tif)
                : PlaceOrder.limit(me, id, side, ticket.priceProperty().get(), units, tif);
    }

    /**
     * The credits a bid would hold in escrow: its value at its limit plus the fee reserve; for a market bid, at
     * the worst price it may reach. 0 when that is not known yet.
     */
    public long bidHold() {
        MarketInfo m = market.get();
        if (m == null) {
            return 0;
        }
        long price = effectivePrice(m.spec());
        return price == 0 ? 0 : Escrow.bidHold(ticket.unitsProperty().get(), price, m.spec().tickSize(), reserveBps(m.spec()));
    }

    private boolean isMarketOrder() {
        return ticket.typeProperty().get() == OrderType.MARKET;
    }

    /**
     * The limit price, or for a market order the exchange's protection limit: the best opposite price moved by
     * the market's protection, within the band. 0 when a market order has nothing to take.
     */
    private long effectivePrice(MarketSpec spec) {
        if (!isMarketOrder()) {
            return ticket.priceProperty().get();
        }
        Top t = top.get();
        Side side = ticket.sideProperty().get();
        long best = t == null ? 0 : t.best(side.opposite());
        if (best == 0) {
            return 0;
        }
        return side == Side.BID
                ? Math.min(spec.priceMax(), best + spec.protectionTicks())
                : Math.max(spec.priceMin(), best - spec.protectionTicks());
    }

    private void update() {
        Problem p = check();
        problem.set(p);
        boolean orderValid = p == null || p.input() == Input.FUNDS;
        Said said = orderValid ? summarize() : Said.NOTHING;
        summary.set(said.summary());
        detail.set(said.detail());
        MarketInfo m = market.get();
        long price = ticket.priceProperty().get();
        priceValue.set(m == null || price <= 0 || isMarketOrder() ? ""
                : "= " + Credits.format(price * m.spec().tickSize()) + " credits");
        String side = ticket.sideProperty().get() == Side.BID ? "bid" : "ask";
        long units = ticket.unitsProperty().get();
        action.set("Send " + side + (units <= 0 ? "" : isMarketOrder() ? " · " + units + " at market"
                : price <= 0 ? "" : " · " + units + " @ " + price));
    }

    private Problem check() {
        MarketInfo m = market.get();
        String why = OrderRules.market(m);
        if (why != null) {
            return m == null ? Problem.missing(Input.MARKET, why) : Problem.wrong(Input.MARKET, why);
        }
        MarketSpec spec = m.spec();
        Side side = ticket.sideProperty().get();
        long units = ticket.unitsProperty().get();
        why = OrderRules.units(spec, units);
        if (why != null) {
            return units == 0 ? Problem.missing(Input.UNITS, why) : Problem.wrong(Input.UNITS, why);
        }
        if (isMarketOrder()) {
            if (ticket.timeInForceProperty().get().rests()) {
                return Problem.wrong(Input.TIME_IN_FORCE, "A market order cannot rest on the book: choose IOC or FOK.");
            }
            if (top.get() != null && effectivePrice(spec) == 0) {
                return Problem.wrong(Input.TYPE, "There are no " + (side == Side.BID ? "asks" : "bids") + " in "
                        + spec.symbol() + " for a market order to take.");
            }
        } else {
            long price = ticket.priceProperty().get();
            why = OrderRules.price(spec, price);
            if (why != null) {
                return price == 0 ? Problem.missing(Input.PRICE, why) : Problem.wrong(Input.PRICE, why);
            }
        }
        AccountInfo a = account.get();
        if (a == null) {
            return Problem.missing(Input.FUNDS, "Waiting for your account from the exchange.");
        }
        if (side == Side.BID) {
            long hold = bidHold();
            if (hold > a.available()) {
                return Problem.wrong(Input.FUNDS, "This bid holds " + Credits.format(hold) + " credits in escrow but only "
                        + Credits.format(a.available()) + " are available.");
            }
        } else if (units > a.spareCores()) {
            return Problem.wrong(Input.FUNDS, a.declaredCores() == 0
                    ? "You have declared no spare cores to sell: declare them in the account panel."
                    : "This ask offers " + units + (units == 1 ? " core" : " cores") + " but only " + a.spareCores()
                    + " of your declared cores are spare.");
        }
        return null;
    }

    private static String cores(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** A summary and its detail. */
    private record Said(String summary, String detail) {
        static final Said NOTHING = new Said("", "");
    }

    /** What the order would do; nothing when there is nothing to say yet. */
    private Said summarize() {
        MarketInfo m = market.get();
        long units = ticket.unitsProperty().get();
        MarketSpec spec = m == null ? null : m.spec();
        long price = spec == null ? 0 : effectivePrice(spec);
        if (price <= 0 || units <= 0) {
            return Said.NOTHING;
        }
        AccountInfo a = account.get();
        long value = Escrow.value(units, price, spec.tickSize());
        if (ticket.sideProperty().get() == Side.BID) {
            long hold = bidHold();
            String left = a == null || hold > a.available() ? ""
                    : "\n" + Credits.format(a.available() - hold) + " credits left available";
            return isMarketOrder()
                    ? new Said("Holds up to " + Credits.format(hold) + " credits in escrow",
                            "At most " + price + " ticks a unit" + left)
                    : new Said("Holds " + Credits.format(hold) + " credits in escrow",
                            "Value " + Credits.format(value) + " + fee reserve " + Credits.format(hold - value) + left);
        }
        // "of your N spare cores" only when there are that many: the problem line says what is missing otherwise.
        boolean covered = a != null && units <= a.spareCores();
        String offers = covered ? "Offers " + units + " of your " + cores(a.spareCores(), "spare core") : "Offers " + cores(units, "core");
        String left = covered ? "\n" + cores(a.spareCores() - units, "spare core") + " left" : "";
        return isMarketOrder()
                ? new Said(offers, "At the best bids, down to " + price + " ticks" + left)
                : new Said(offers, "Worth " + Credits.format(value) + " credits before fees" + left);
    }
}
