package com.cyclex.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.AdmitMember;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.MintCredits;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberRegistry;
import com.cyclex.member.MemberStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo marketplace on a live exchange with its journal: what it creates, and finding it again. */
class DemoMarketplaceTest {
    private static final long HOUR = 3_600_000L;

    @TempDir
    Path dir;

    private static RobotRunner await(java.util.concurrent.CompletableFuture<RobotRunner> runner) throws Exception {
        return runner.get(60, TimeUnit.SECONDS);
    }

    @Test
    void createsExactlyTheMarketsMembersAndCreditsItSays() throws Exception {
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            long before = System.currentTimeMillis();
            RobotRunner runner = await(DemoMarketplace.create(host));
            runner.close();

            List<MarketInfo> markets = host.read(x -> x.markets());
            assertEquals(List.of(DemoPlan.SPOT_10M, DemoPlan.SPOT_1H), markets.subList(0, 2).stream().map(m -> m.spec().symbol()).toList());
            assertEquals(4, markets.size());
            for (MarketInfo market : markets) {
                MarketSpec spec = market.spec();
                assertEquals(MarketStatus.OPEN, market.status());
                assertEquals(DemoPlan.TICK, spec.tickSize());
                assertEquals(DemoPlan.MAKER_FEE_BPS, spec.makerFeeBps());
                assertEquals(DemoPlan.TAKER_FEE_BPS, spec.takerFeeBps());
                assertTrue(spec.band().contains(DemoPlan.anchor(spec)));
            }
            assertEquals(10, markets.get(0).spec().termMinutes());
            assertEquals(60, markets.get(1).spec().termMinutes());
            MarketSpec window = markets.get(2).spec();
            assertEquals(Delivery.WINDOW, window.delivery());
            assertTrue(window.symbol().startsWith(DemoPlan.WINDOW_PREFIX));
            assertEquals(0, window.windowStart() % HOUR, "a window starts on the hour");
            assertTrue(window.windowStart() > before + HOUR && window.windowStart() <= System.currentTimeMillis() + 2 * HOUR,
                    "the window starts at the next full hour plus one");

            List<MemberInfo> members = host.read(x -> x.members());
            List<String> robotNames = DemoPlan.robots().stream().map(DemoPlan.RobotMember::name).toList();
            assertEquals(robotNames, members.stream().skip(1).map(MemberInfo::name).toList());
            assertTrue(robotNames.containsAll(List.of("robot-mm-1", "robot-noise-2", "robot-taker-1")));
            for (MemberInfo robot : members.subList(1, members.size())) {
                assertEquals(MemberStatus.ACTIVE, robot.status());
                assertEquals(DemoPlan.ROBOT_CORES, robot.declaredCores());
                assertEquals(DemoPlan.ROBOT_CREDITS, host.read(x -> x.account(robot.id())).available());
            }
            AccountInfo hostAccount = host.read(x -> x.account(MemberRegistry.HOST_ID));
            assertEquals(DemoPlan.HOST_CREDITS, hostAccount.available());
            assertEquals(8 * DemoPlan.ROBOT_CREDITS + DemoPlan.HOST_CREDITS, (long) host.read(x -> x.ledgerTotals().issued()));

            assertEquals(8 * 4, runner.seats().size(), "every robot trades every market");
        }
    }

    @Test
    void refusesAnExchangeThatAlreadyHasMarkets() {
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            host.execute(new CreateMarket(MemberRegistry.HOST_ID, MarketSpec.spot("GPU.SPOT", 10, 1, 1, 100)));
            ExecutionException e = assertThrows(ExecutionException.class, () -> await(DemoMarketplace.create(host)));
            assertInstanceOf(IllegalStateException.class, e.getCause());
            assertEquals(1, host.read(x -> x.members()).size(), "nothing was created");
        }
    }

    @Test
    void resumesAfterARestartWithTheSameRobotsAndMarkets() throws Exception {
        Set<String> seatsBefore;
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            RobotRunner runner = await(DemoMarketplace.create(host));
            seatsBefore = seats(runner);
            runner.setRate(300);
            runner.start();
            Await.until(() -> host.read(x -> x.tradeCount()) >= 20, 60_000, () -> runner.stats().toString());
            runner.close();
        }
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            long trades = host.read(x -> x.tradeCount());
            RobotRunner runner = await(DemoMarketplace.createOrResume(host));
            assertEquals(seatsBefore, seats(runner));
            assertEquals(9, host.read(x -> x.members()).size(), "no robot was added");
            assertEquals(4, host.read(x -> x.markets()).size(), "no market was added");

            runner.setRate(300);
            runner.start();
            Await.until(() -> host.read(x -> x.tradeCount()) >= trades + 20, 60_000, () -> runner.stats().toString());
            runner.close();
            RobotStats stats = runner.stats();
            assertTrue(stats.rejectedShare() <= 0.02, () -> "resumed robots were rejected too often: " + stats);
            assertEquals(0L, (long) host.read(x -> x.ledgerTotals().sum()));
        }
    }

    @Test
    void resumingAfterTheWindowHasBegunListsTheNextWindow() throws Exception {
        AtomicLong clock = new AtomicLong(System.currentTimeMillis());
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(clock::get))) {
            await(DemoMarketplace.create(host)).close();
            MarketInfo first = host.read(x -> x.market(3));

            clock.addAndGet(3 * HOUR);
            host.execute(new MintCredits(MemberRegistry.HOST_ID, MemberRegistry.HOST_ID, 1));
            assertEquals(MarketStatus.CLOSED, host.read(x -> x.market(first.id())).status());

            RobotRunner runner = await(DemoMarketplace.resume(host));
            runner.close();
            MarketInfo next = host.read(x -> x.market(5));
            assertEquals(Delivery.WINDOW, next.spec().delivery());
            assertTrue(next.spec().windowStart() > clock.get() + HOUR);
            Set<Integer> traded = runner.seats().stream().map(RobotSeat::market).collect(Collectors.toSet());
            assertEquals(Set.of(1, 2, 4, next.id()), traded);
            assertFalse(traded.contains(first.id()));
        }
    }

    @Test
    void createOrResumeCreatesOnAnEmptyExchange() throws Exception {
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            await(DemoMarketplace.createOrResume(host)).close();
            assertEquals(4, host.read(x -> x.markets()).size());
            assertEquals(9, host.read(x -> x.members()).size());
        }
    }

    @Test
    void resumingListsDemoMarketsThatAreMissing() throws Exception {
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            long robot = host.execute(new RegisterMember(MemberRegistry.HOST_ID, "robot-noise-1", "")).id();
            host.execute(new AdmitMember(MemberRegistry.HOST_ID, robot));

            RobotRunner runner = await(DemoMarketplace.createOrResume(host));
            runner.close();
            assertEquals(List.of(DemoPlan.SPOT_10M, DemoPlan.SPOT_1H),
                    host.read(x -> x.markets()).subList(0, 2).stream().map(m -> m.spec().symbol()).toList());
            assertEquals(4, runner.seats().size());
            assertTrue(runner.seats().stream().allMatch(s -> s.memberId() == robot));
        }
    }

    private static Set<String> seats(RobotRunner runner) {
        return runner.seats().stream().map(s -> s.name() + "@" + s.market() + "#" + s.memberId()).collect(Collectors.toSet());
    }
}
