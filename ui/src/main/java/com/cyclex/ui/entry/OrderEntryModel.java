package com.cyclex.ui.entry;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.CommandResult;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.OrderChecks;
import com.cyclex.ledger.Escrow;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.format.Credits;
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
     * @param code the exchange's reason code for it (the exchange would refuse the order with this code and, unless
     *     something is missing, this sentence); null for text that is not a number yet, which the exchange never sees
     * @param missing whether something is not filled in yet (or not known yet), rather than wrong: a form that
     *     has just opened is not in error, so the view says this quietly
     */
    public record Problem(ResultCode code, Input input, String sentence, boolean missing) {
        static Problem wrong(ResultCode code, Input input, String sentence) {
            return new Problem(code, input, sentence, false);
        }

        static Problem missing(ResultCode code, Input input, String sentence) {
            return new Problem(code, input, sentence, true);
        }

        /** The exchange's own rejection, marked on the input it is about. */
        static Problem of(CommandResult rejection) {
            return wrong(rejection.code(), inputOf(rejection.code()), rejection.message());
        }

        private static Input inputOf(ResultCode code) {
            return switch (code) {
                case MARKET_UNKNOWN, MARKET_HALTED, MARKET_CLOSED -> Input.MARKET;
                case UNITS_OUT_OF_LIMITS -> Input.UNITS;
                case PRICE_OUTSIDE_BAND -> Input.PRICE;
                case ORDER_TYPE_INVALID -> Input.TIME_IN_FORCE;
                case INSUFFICIENT_CREDITS, INSUFFICIENT_CAPACITY -> Input.FUNDS;
                default -> Input.TYPE;
            };
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
    private final ObjectProperty<String> priceEntryProblem = new SimpleObjectProperty<>(this, "priceEntryProblem");
    private final ObjectProperty<String> unitsEntryProblem = new SimpleObjectProperty<>(this, "unitsEntryProblem");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper priceValue = new ReadOnlyStringWrapper(this, "priceValue", "");
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper(this, "action", "");

    public OrderEntryModel(OrderTicket ticket) {
        this.ticket = ticket;
        InvalidationListener update = o -> update();
        for (Observable o : List.<Observable>of(ticket.sideProperty(), ticket.priceProperty(), ticket.unitsProperty(),
                ticket.timeInForceProperty(), ticket.typeProperty(), market, account, top, priceEntryProblem,
                unitsEntryProblem)) {
            o.addListener(update);
        }
        // Another market trades at other prices: a price armed for the last one (515 where it trades near 3,000)
        // must not go out unseen, so the price is cleared and has to be entered (or clicked) again.
        market.addListener((obs, old, now) -> {
            if (old != null && (now == null || now.id() != old.id())) {
                ticket.priceProperty().set(0);
            }
        });
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

    /** Why the price field's text is not a number of ticks (see {@link WholeNumberField#problemProperty()}), or null. */
    public ObjectProperty<String> priceEntryProblemProperty() {
        return priceEntryProblem;
    }

    /** Why the units field's text is not a number of units, or null. */
    public ObjectProperty<String> unitsEntryProblemProperty() {
        return unitsEntryProblem;
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

    /** The fee rate a bid's escrow reserves (the exchange's rule, {@link OrderChecks#reserveBps}). */
    public static int reserveBps(MarketSpec spec) {
        return OrderChecks.reserveBps(spec);
    }

    /** The order to send as the operator {@code me}; only when there is no problem. */
    public PlaceOrder order(long me) {
        Problem p = problem.get();
        if (p != null) {
            throw new IllegalStateException(p.sentence());
        }
        return draft(me);
    }

    /** The ticket as an order, whatever its problems. */
    private PlaceOrder draft(long me) {
        MarketInfo m = market.get();
        int id = m == null ? 0 : m.id();
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
        return price == 0 ? 0 : OrderChecks.hold(m.spec(), ticket.unitsProperty().get(), price);
    }

    private boolean isMarketOrder() {
        return ticket.typeProperty().get() == OrderType.MARKET;
    }

    /**
     * The limit price, or for a market order the exchange's protection limit: the best opposite price moved by
     * the market's protection, within the band ({@link OrderChecks#price}). 0 when a market order has nothing to take.
     */
    private long effectivePrice(MarketSpec spec) {
        return OrderChecks.price(draft(0), spec, bestOpposite());
    }

    /** The best price on the other side of the book, 0 when it is empty or not known yet. */
    private long bestOpposite() {
        Top t = top.get();
        return t == null ? 0 : t.best(ticket.sideProperty().get().opposite());
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

    /**
     * The exchange's own checks ({@link OrderChecks}) on the ticket, with what this terminal knows of the market, the
     * book and the account; before them, what cannot be an order yet (nothing chosen, text that is not a number), and
     * where something is not known yet, the checks that can run, then a quiet word about what is awaited.
     */
    private Problem check() {
        MarketInfo m = market.get();
        if (m == null) {
            return Problem.missing(ResultCode.MARKET_UNKNOWN, Input.MARKET, "Choose a market to trade in.");
        }
        CommandResult trading = OrderChecks.trading(m.id(), m.spec(), m.status());
        if (trading != null) {
            return Problem.of(trading);
        }
        if (!isMarketOrder() && priceEntryProblem.get() != null) {
            return Problem.wrong(null, Input.PRICE, priceEntryProblem.get());
        }
        if (unitsEntryProblem.get() != null) {
            return Problem.wrong(null, Input.UNITS, unitsEntryProblem.get());
        }
        MarketSpec spec = m.spec();
        PlaceOrder order = draft(0);
        CommandResult units = OrderChecks.units(spec, order.units());
        if (units != null) {
            return order.units() == 0 ? Problem.missing(units.code(), Input.UNITS, units.message()) : Problem.of(units);
        }
        if (!isMarketOrder() && order.price() == 0) {
            return Problem.missing(ResultCode.PRICE_OUTSIDE_BAND, Input.PRICE,
                    "Enter a price between " + spec.priceMin() + " and " + spec.priceMax() + " ticks.");
        }
        AccountInfo a = account.get();
        boolean bookKnown = !isMarketOrder() || top.get() != null;
        if (a != null && bookKnown) {
            CommandResult verdict = OrderChecks.place(order, spec, m.status(), bestOpposite(), a.available(),
                    a.declaredCores(), a.spareCores());
            return verdict == null ? null : Problem.of(verdict);
        }
        // Not all is known yet: what can be checked without it, as the exchange would (all credits and cores spare).
        CommandResult partial = isMarketOrder() ? OrderChecks.timeInForce(order) : OrderChecks.price(spec, order.price());
        if (partial == null && isMarketOrder() && top.get() != null) {
            partial = OrderChecks.liquidity(order, spec, bestOpposite());
        }
        if (partial == null && order.side() == Side.ASK && a != null) {
            partial = OrderChecks.cores(order.units(), a.declaredCores(), a.spareCores());
        }
        if (partial != null) {
            return Problem.of(partial);
        }
        return a == null ? Problem.missing(null, Input.FUNDS, "Waiting for your account from the exchange.") : null;
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
