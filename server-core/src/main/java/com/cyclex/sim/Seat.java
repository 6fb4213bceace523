package com.cyclex.sim;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.member.MemberStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One robot's place on the floor and the view it acts on: its own orders as its results and the exchange's
 * events tell them, and the market and member it shares with other seats. Single-threaded, like the floor.
 */
final class Seat implements MarketView {
    /** Orders heard to be gone, so that a late, older report cannot bring one back; a bounded memory. */
    private static final int ENDED_MEMORY = 512;

    /** What the robots know of a member that may trade in several markets: its means and whether it may trade. */
    static final class MemberState {
        AccountInfo account;
        MemberStatus status;
        boolean ordersSeen;
    }

    final int index;
    final RobotSeat seat;
    final MarketBoard board;
    final MemberState member;
    private final Map<Long, OwnOrder> orders = new LinkedHashMap<>();
    private final Set<Long> busy = new HashSet<>();
    private final Set<Long> ended = new LinkedHashSet<>();
    int inFlight;
    boolean failedBefore;
    private long position;

    Seat(int index, RobotSeat seat, MarketBoard board, MemberState member) {
        this.index = index;
        this.seat = seat;
        this.board = board;
        this.member = member;
    }

    /** Whether the seat has heard enough to act: the market, its touch, and the member's orders and means. */
    boolean ready() {
        return board.known() && member.ordersSeen && member.account != null && member.status != null;
    }

    // ---- what the seat hears ------------------------------------------------------------------------

    /** The member's open orders as a query saw them: they replace whatever the seat thought. */
    void seed(List<OrderInfo> open) {
        orders.clear();
        for (OrderInfo o : open) {
            if (o.market() == board.market) {
                heard(o);
            }
        }
    }

    /** An order's state as the exchange reported it. */
    void heard(OrderInfo o) {
        if (o.resting() && o.openUnits() > 0) {
            if (!ended.contains(o.id())) {
                orders.put(o.id(), new OwnOrder(o.id(), o.side(), o.price(), o.openUnits()));
            }
        } else {
            end(o.id());
        }
    }

    /** A new order the seat's own result reports; events may already have said more, or that it is gone. */
    void placed(long id, Side side, long price, long openUnits) {
        if (openUnits > 0 && !ended.contains(id)) {
            orders.putIfAbsent(id, new OwnOrder(id, side, price, openUnits));
        }
    }

    void replaced(long id, long price, long openUnits) {
        OwnOrder old = orders.get(id);
        if (openUnits == 0) {
            end(id);
        } else if (old != null) {
            orders.put(id, new OwnOrder(id, old.side(), price, openUnits));
        }
    }

    void end(long id) {
        orders.remove(id);
        busy.remove(id);
        if (ended.add(id) && ended.size() > ENDED_MEMORY) {
            Iterator<Long> oldest = ended.iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** A command on this order is in flight: keep it out of the robot's sight until its result is heard. */
    void busy(long id) {
        busy.add(id);
    }

    void free(long id) {
        busy.remove(id);
    }

    void traded(long units) {
        position += units;
    }

    // ---- what the robot sees ------------------------------------------------------------------------

    @Override
    public int market() {
        return board.market;
    }

    @Override
    public MarketSpec spec() {
        return board.spec;
    }

    @Override
    public boolean trading() {
        return board.open() && member.status == MemberStatus.ACTIVE;
    }

    @Override
    public long bestBid() {
        return board.bestBid;
    }

    @Override
    public long bestAsk() {
        return board.bestAsk;
    }

    @Override
    public long lastPrice() {
        return board.lastPrice;
    }

    @Override
    public List<OwnOrder> myOrders() {
        List<OwnOrder> out = new ArrayList<>(orders.size());
        for (OwnOrder o : orders.values()) {
            if (!busy.contains(o.id())) {
                out.add(o);
            }
        }
        return out;
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
        return member.account == null ? 0 : member.account.spareCores();
    }

    @Override
    public long availableCredits() {
        return member.account == null ? 0 : member.account.available();
    }
}
