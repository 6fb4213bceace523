package com.cyclex.sim;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.MintCredits;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberRegistry;
import com.cyclex.member.MemberStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A marketplace to try Cyclex on one machine: lists the {@link DemoPlan}'s markets, admits its robot members
 * with credits and cores, gives the host credits, and returns the robots' runner, ready to start. Everything
 * goes through commands, so the demo is journaled like any trading and survives a restart; {@link #resume}
 * finds it again by name. Nothing here waits: each call returns a future.
 */
public final class DemoMarketplace {
    private static final long HOST = MemberRegistry.HOST_ID;

    private DemoMarketplace() {
    }

    /** Creates the demo on an exchange that has no markets yet; fails if it has any. */
    public static CompletableFuture<RobotRunner> create(ExchangeHost host) {
        return create(host, DemoPlan::markets);
    }

    /** Creates the demo's members and robots on markets of the caller's choosing (given the exchange's time). */
    public static CompletableFuture<RobotRunner> create(ExchangeHost host, java.util.function.LongFunction<List<MarketSpec>> plan) {
        LocalClient admin = LocalClient.forHost(host);
        CompletableFuture<RobotRunner> runner = admin.markets().thenCompose(existing -> {
            if (!existing.isEmpty()) {
                throw new IllegalStateException("The demo marketplace starts on an exchange with no markets; this one has "
                        + existing.size() + ".");
            }
            return now(host).thenCompose(now -> setUp(host, admin, plan.apply(now)));
        });
        return runner.whenComplete((r, e) -> admin.close());
    }

    /**
     * Picks up the demo created earlier on this exchange: its robot members and its markets, found by name. A demo
     * market that is missing is listed again, and a new window market when the last one has begun delivery.
     */
    public static CompletableFuture<RobotRunner> resume(ExchangeHost host) {
        LocalClient admin = LocalClient.forHost(host);
        CompletableFuture<RobotRunner> runner = admin.members().thenCompose(members -> admin.markets().thenCompose(markets -> {
            Map<MemberInfo, RobotRole> robots = robotsAmong(members);
            if (robots.isEmpty()) {
                throw new IllegalStateException("This exchange has no demo robots to resume.");
            }
            return now(host).thenCompose(now -> demoMarkets(admin, markets, now)).thenApply(open -> runner(host, robots, open));
        }));
        return runner.whenComplete((r, e) -> admin.close());
    }

    /** Resumes the demo if this exchange has its robots, else creates it. */
    public static CompletableFuture<RobotRunner> createOrResume(ExchangeHost host) {
        LocalClient admin = LocalClient.forHost(host);
        return admin.members().whenComplete((m, e) -> admin.close())
                .thenCompose(members -> robotsAmong(members).isEmpty() ? create(host) : resume(host));
    }

    // ---- creating ------------------------------------------------------------------------------------

    /** The exchange's time: a window must start after it, and it may run ahead of this computer's clock. */
    private static CompletableFuture<Long> now(ExchangeHost host) {
        return host.query(ExchangeReader::clock).thenApply(clock -> Math.max(clock, System.currentTimeMillis()));
    }

    private static CompletableFuture<RobotRunner> setUp(ExchangeHost host, ExchangeClient admin, List<MarketSpec> specs) {
        Steps steps = new Steps();
        List<MarketInfo> markets = new ArrayList<>();
        for (MarketSpec spec : specs) {
            steps.then(admin, () -> new CreateMarket(HOST, spec), id -> markets.add(new MarketInfo((int) id, spec, MarketStatus.OPEN)));
        }
        Map<MemberInfo, RobotRole> robots = new LinkedHashMap<>();
        for (DemoPlan.RobotMember robot : DemoPlan.robots()) {
            long[] id = new long[1];
            steps.then(admin, () -> new RegisterMember(HOST, robot.name(), ""), registered -> id[0] = registered);
            steps.then(admin, () -> new AdmitMember(HOST, id[0]), ignored -> { });
            steps.then(admin, () -> new MintCredits(HOST, id[0], DemoPlan.ROBOT_CREDITS), ignored -> { });
            // A member declares its own cores: sent as the robot, through a client of its own.
            steps.then(null, () -> new DeclareCapacity(id[0], DemoPlan.ROBOT_CORES), ignored ->
                    robots.put(new MemberInfo(id[0], robot.name(), MemberStatus.ACTIVE, 0, 0, 0, 0), robot.role()));
        }
        steps.then(admin, () -> new MintCredits(HOST, HOST, DemoPlan.HOST_CREDITS), ignored -> { });
        return steps.done(host).thenApply(v -> runner(host, robots, markets));
    }

    /**
     * Commands sent one after another, each once the one before is acknowledged, since later ones name what
     * earlier ones created. A step without a client is sent by its actor's own client.
     */
    private static final class Steps {
        private final List<Step> steps = new ArrayList<>();

        private record Step(ExchangeClient client, Supplier<Command> command, LongConsumer created) {
        }

        void then(ExchangeClient client, Supplier<Command> command, LongConsumer created) {
            steps.add(new Step(client, command, created));
        }

        CompletableFuture<Void> done(ExchangeHost host) {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (Step step : steps) {
                chain = chain.thenCompose(v -> send(host, step)).thenAccept(result -> step.created().accept(result.id()));
            }
            return chain;
        }

        private static CompletableFuture<CommandResult> send(ExchangeHost host, Step step) {
            Command command = step.command().get();
            ExchangeClient client = step.client() != null ? step.client() : new LocalClient(host, command.actor());
            return client.submit(command).whenComplete((r, e) -> {
                if (step.client() == null) {
                    client.close();
                }
            }).thenCompose(result -> {
                if (!result.accepted() && command instanceof com.cyclex.api.AdmitMember a
                        && result.code() == com.cyclex.api.ResultCode.MEMBER_STATUS_CONFLICT) {
                    // Someone may have admitted the robot first (a host started with --admit-all): that is what the
                    // step wanted. Asked without waiting: this runs on the thread that releases answers.
                    return host.query(x -> x.member(a.member()).status()).thenApply(status ->
                            status == com.cyclex.member.MemberStatus.ACTIVE ? CommandResult.ok(a.member()) : result);
                }
                return CompletableFuture.completedFuture(result);
            }).thenApply(result -> {
                if (!result.accepted()) {
                    throw new IllegalStateException("Setting up the demo, " + command + " was rejected: " + result.message());
                }
                return result;
            });
        }
    }

    // ---- resuming ------------------------------------------------------------------------------------

    private static Map<MemberInfo, RobotRole> robotsAmong(List<MemberInfo> members) {
        Map<MemberInfo, RobotRole> robots = new LinkedHashMap<>();
        for (MemberInfo member : members) {
            RobotRole role = RobotRole.ofMemberName(member.name());
            if (role != null && member.status() != MemberStatus.LEFT) {
                robots.put(member, role);
            }
        }
        return robots;
    }

    /**
     * The demo's markets that still trade, found by symbol. A market of the plan that is missing is listed again,
     * and so is a window market when the last one has begun delivery, so the demo always has one to trade.
     */
    private static CompletableFuture<List<MarketInfo>> demoMarkets(ExchangeClient admin, List<MarketInfo> markets, long now) {
        List<MarketInfo> found = new ArrayList<>();
        List<MarketSpec> missing = new ArrayList<>();
        for (MarketSpec planned : DemoPlan.markets(now)) {
            boolean window = planned.delivery() == Delivery.WINDOW;
            List<MarketInfo> trading = markets.stream()
                    .filter(m -> window ? m.spec().symbol().startsWith(DemoPlan.WINDOW_PREFIX) : m.spec().symbol().equals(planned.symbol()))
                    .filter(m -> trades(m, now))
                    .toList();
            found.addAll(trading);
            boolean listed = markets.stream().anyMatch(m -> m.spec().symbol().equals(planned.symbol()));
            if (trading.isEmpty() && !listed) {
                missing.add(planned);
            }
        }
        List<CompletableFuture<Void>> listing = new ArrayList<>();
        List<MarketInfo> added = Collections.synchronizedList(new ArrayList<>());
        for (MarketSpec spec : missing) {
            listing.add(admin.submit(new CreateMarket(HOST, spec)).thenAccept(result -> {
                if (result.accepted()) {
                    added.add(new MarketInfo((int) result.id(), spec, MarketStatus.OPEN));
                }
            }));
        }
        return CompletableFuture.allOf(listing.toArray(CompletableFuture[]::new)).thenApply(v -> {
            found.addAll(added);
            found.sort(Comparator.comparingInt(MarketInfo::id));
            return found;
        });
    }

    /** Whether a market still trades, or may again: a window whose delivery has begun is closed, told or not. */
    private static boolean trades(MarketInfo market, long now) {
        boolean begun = market.spec().delivery() == Delivery.WINDOW && market.spec().windowStart() <= now;
        return market.status() != MarketStatus.CLOSED && !begun;
    }

    // ---- the robots ----------------------------------------------------------------------------------

    private static RobotRunner runner(ExchangeHost host, Map<MemberInfo, RobotRole> robots, List<MarketInfo> markets) {
        List<RobotSeat> seats = new ArrayList<>();
        Map<Long, ExchangeClient> clients = new LinkedHashMap<>();
        robots.forEach((member, role) -> {
            clients.put(member.id(), new LocalClient(host, member.id()));
            for (MarketInfo market : markets) {
                seats.add(new RobotSeat(member.name(), member.id(), market.id(),
                        DemoPlan.robotFor(role, member.name(), market.spec())));
            }
        });
        return new RobotRunner(seats, clients, System.nanoTime());
    }
}
