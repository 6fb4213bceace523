package com.cyclex.sim;

import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.ArrayList;
import java.util.List;

/** A market view a test sets by hand, and an order pad that writes down what a robot sends. */
final class FakeMarket implements MarketView, OrderPad {

    /** One call a robot made: kind is bid, ask, buyNow, sellNow, replace or cancel. */
    record Call(String kind, long orderId, long price, long units, TimeInForce timeInForce) {
        boolean buys() {
            return kind.equals("bid") || kind.equals("buyNow");
        }

        boolean sells() {
            return kind.equals("ask") || kind.equals("sellNow");
        }
    }

    MarketSpec spec = DemoPlan.markets(InMemoryFloor.T0).get(0);
    long bestBid;
    long bestAsk;
    long lastPrice;
    long position;
    int inFlight;
    long spareCores = DemoPlan.ROBOT_CORES;
    long credits = DemoPlan.ROBOT_CREDITS;
    final List<OwnOrder> orders = new ArrayList<>();
    final List<Call> calls = new ArrayList<>();

    void order(long id, Side side, long price, long units) {
        orders.add(new OwnOrder(id, side, price, units));
    }

    @Override
    public int market() {
        return 1;
    }

    @Override
    public MarketSpec spec() {
        return spec;
    }

    @Override
    public boolean trading() {
        return true;
    }

    @Override
    public long bestBid() {
        return bestBid;
    }

    @Override
    public long bestAsk() {
        return bestAsk;
    }

    @Override
    public long lastPrice() {
        return lastPrice;
    }

    @Override
    public List<OwnOrder> myOrders() {
        return List.copyOf(orders);
    }

    @Override
    public int commandsInFlight() {
        return inFlight;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public long spareCores() {
        return spareCores;
    }

    @Override
    public long availableCredits() {
        return credits;
    }

    private boolean call(String kind, long orderId, long price, long units, TimeInForce tif) {
        calls.add(new Call(kind, orderId, price, units, tif));
        return true;
    }

    @Override
    public boolean bid(long price, long units, TimeInForce timeInForce) {
        return call("bid", 0, price, units, timeInForce);
    }

    @Override
    public boolean ask(long price, long units, TimeInForce timeInForce) {
        return call("ask", 0, price, units, timeInForce);
    }

    @Override
    public boolean buyNow(long units) {
        return call("buyNow", 0, 0, units, TimeInForce.IOC);
    }

    @Override
    public boolean sellNow(long units) {
        return call("sellNow", 0, 0, units, TimeInForce.IOC);
    }

    @Override
    public boolean replace(long orderId, long newPrice, long newUnits) {
        return call("replace", orderId, newPrice, newUnits, null);
    }

    @Override
    public boolean cancel(long orderId) {
        return call("cancel", orderId, 0, 0, null);
    }
}
