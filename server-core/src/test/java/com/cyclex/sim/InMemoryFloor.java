package com.cyclex.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.MintCredits;
import com.cyclex.api.RegisterMember;
import com.cyclex.exchange.Exchange;
import com.cyclex.market.MarketSpec;
import com.cyclex.member.MemberRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The demo on an in-memory exchange, driven turn by turn without threads: deterministic for a seed. Commands
 * are applied as they are sent, but their results and events reach the robots {@code lag} turns later, as
 * answers from a live exchange would; the touch is refreshed every {@code refreshEvery} turns.
 */
final class InMemoryFloor {
    static final long T0 = 1_764_000_000_000L;
    private static final long HOST = MemberRegistry.HOST_ID;

    private record Answer(long turn, RobotFloor.Sent sent, CommandResult result, List<ExchangeEvent> events) {
    }

    final Exchange exchange = new Exchange();
    final RobotCounters counters = new RobotCounters();
    final List<Command> sent = new ArrayList<>();
    final List<MarketInfo> markets = new ArrayList<>();
    final RobotFloor floor;
    private final List<ExchangeEvent> events = new ArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final int lag;
    private final int refreshEvery;
    private long now = T0;
    private long turn;

    InMemoryFloor(long seed, int lag, int refreshEvery) {
        this.lag = lag;
        this.refreshEvery = refreshEvery;
        List<RobotSeat> seats = new ArrayList<>();
        for (MarketSpec spec : DemoPlan.markets(T0)) {
            markets.add(new MarketInfo((int) ok(new CreateMarket(HOST, spec)).id(), spec, null));
        }
        for (DemoPlan.RobotMember robot : DemoPlan.robots()) {
            long id = ok(new RegisterMember(HOST, robot.name(), "")).id();
            ok(new AdmitMember(HOST, id));
            ok(new MintCredits(HOST, id, DemoPlan.ROBOT_CREDITS));
            ok(new DeclareCapacity(id, DemoPlan.ROBOT_CORES));
            for (MarketInfo market : markets) {
                seats.add(new RobotSeat(robot.name(), id, market.id(), DemoPlan.robotFor(robot.role(), robot.name(), market.spec())));
            }
        }
        floor = new RobotFloor(seats, seed, counters);
        floor.marketsKnown(exchange.markets());
        floor.membersKnown(exchange.members());
        for (long member : floor.members()) {
            floor.accountKnown(exchange.account(member));
            floor.ordersKnown(member, exchange.openOrders(member));
        }
        refresh();
        exchange.setEventSink(events::add);
    }

    private CommandResult ok(Command command) {
        CommandResult result = exchange.apply(command, ++now);
        assertTrue(result.accepted(), () -> command + " was rejected: " + result);
        return result;
    }

    int market(String symbol) {
        return markets.stream().filter(m -> m.spec().symbol().equals(symbol)).findFirst().orElseThrow().id();
    }

    /** Runs {@code count} turns, then lets every answer still on its way arrive. */
    void run(int count) {
        for (int i = 0; i < count; i++) {
            turn++;
            floor.turn(this::apply);
            deliver(turn - lag);
            if (turn % refreshEvery == 0) {
                refresh();
            }
        }
        deliver(Long.MAX_VALUE);
    }

    private void apply(RobotFloor.Sent s) {
        sent.add(s.command());
        now += 3;
        CommandResult result = exchange.apply(s.command(), now);
        answers.add(new Answer(turn, s, result, List.copyOf(events)));
        events.clear();
    }

    private void deliver(long upToTurn) {
        while (!answers.isEmpty() && answers.peek().turn() <= upToTurn) {
            Answer a = answers.poll();
            floor.resultHeard(a.sent(), a.result());
            floor.eventsHeard(a.events());
        }
    }

    private void refresh() {
        for (MarketInfo market : markets) {
            floor.depthKnown(exchange.depth(market.id(), 1));
        }
    }
}
