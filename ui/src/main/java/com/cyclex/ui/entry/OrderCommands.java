package com.cyclex.ui.entry;

import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.ui.Terminal;

/**
 * What the operator can do to orders already sent: cancel one, replace one, cancel all in a market. Results
 * come back as notices; the order lists themselves change only from the exchange's events.
 */
public final class OrderCommands {
    private final Terminal terminal;
    private final CommandSender sender;

    public OrderCommands(Terminal terminal) {
        this.terminal = terminal;
        this.sender = new CommandSender(terminal);
    }

    public void cancel(OrderInfo order) {
        sender.send("Cancel of order " + order.id(), new CancelOrder(terminal.me(), order.market(), order.id()),
                r -> terminal.notices().info(Outcome.cancelled(order.id(), order.openUnits(), r.filledUnits())));
    }

    public void replace(OrderInfo order, long price, long units) {
        sender.send("Replace of order " + order.id(),
                new ReplaceOrder(terminal.me(), order.market(), order.id(), price, units),
                r -> terminal.notices().info(Outcome.replaced(order.id(), order.filledUnits(), price, r)));
    }

    /** Cancels every open order of the operator in a market; with no market, does nothing and says so. */
    public void cancelAll(MarketInfo market) {
        if (market == null) {
            terminal.notices().info("No market selected: nothing cancelled.");
            return;
        }
        String symbol = market.spec().symbol();
        sender.send("Cancel all in " + symbol, new CancelAll(terminal.me(), market.id()),
                r -> terminal.notices().info(r.openUnits() == 0
                        ? "No open orders in " + symbol + " to cancel."
                        : "Cancelled " + r.openUnits() + (r.openUnits() == 1 ? " order" : " orders") + " in " + symbol + "."));
    }
}
