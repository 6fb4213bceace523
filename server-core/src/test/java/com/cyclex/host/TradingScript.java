package com.cyclex.host;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.AdvanceClock;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.Command;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.LeaveExchange;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.MintCredits;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SetFees;
import com.cyclex.api.SuspendMember;
import com.cyclex.exchange.Exchange;
import com.cyclex.exchange.Fixture;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random but realistic command streams for recovery tests. Commands come in chunks that share one time, so a
 * test can drive the host's clock exactly: it sets the time, submits a chunk and waits for it before moving
 * the clock on. The stream is generated against a shadow exchange, so cancels and replaces usually name
 * orders that are really open, and a fair share of commands is rejected, as in real trading.
 *
 * <p>Time moves by milliseconds most of the time and by hours now and then, so day orders expire at midnight
 * and window markets close while the stream runs: those time events must be journaled and replayed too.
 */
final class TradingScript {
    static final long HOST = Fixture.HOST;
    static final long T0 = Fixture.T0;
    static final int TRADERS = 5;
    static final int SPOT = 1;
    static final int WINDOW = 2;

    /** Commands that run at one time. */
    record Chunk(long time, List<Command> commands) {
    }

    private TradingScript() {
    }

    /** Members 2..TRADERS+1, active, with credits and cores; a spot market and a window market. */
    static List<Command> setup() {
        List<Command> setup = new ArrayList<>();
        for (int i = 0; i < TRADERS; i++) {
            long id = i + 2;
            setup.add(new RegisterMember(0, "trader-" + i, "token-" + i));
            setup.add(new AdmitMember(HOST, id));
            setup.add(new MintCredits(HOST, id, 100_000_000));
            setup.add(new DeclareCapacity(id, 100_000));
        }
        setup.add(new CreateMarket(HOST, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000).withLots(1, 100).withFees(5, 10)));
        setup.add(new CreateMarket(HOST, MarketSpec.spot("CPU-W", 60, 2, 1, 500).withLots(1, 50)
                .withWindow(T0 + 5 * 3_600_000L)));
        return setup;
    }

    /** The setup at T0, then {@code chunks} chunks of up to {@code maxChunk} commands each. */
    static List<Chunk> generate(long seed, int chunks, int maxChunk) {
        return new Generator(seed).run(chunks, maxChunk);
    }

    static int commandCount(List<Chunk> chunks) {
        return chunks.stream().mapToInt(c -> c.commands().size()).sum();
    }

    private static final class Generator {
        final SplittableRandom random;
        final Exchange shadow = new Exchange();
        int names;
        int windows;

        Generator(long seed) {
            random = new SplittableRandom(seed);
        }

        List<Chunk> run(int chunks, int maxChunk) {
            List<Chunk> out = new ArrayList<>();
            long now = T0;
            List<Command> setup = setup();
            setup.forEach(c -> shadow.apply(c, T0));
            out.add(new Chunk(T0, setup));
            for (int i = 0; i < chunks; i++) {
                now += step();
                int n = 1 + random.nextInt(maxChunk);
                List<Command> commands = new ArrayList<>(n);
                for (int j = 0; j < n; j++) {
                    Command c = next(now);
                    shadow.apply(c, now);
                    commands.add(c);
                }
                out.add(new Chunk(now, commands));
            }
            return out;
        }

        private long step() {
            int r = random.nextInt(100);
            if (r < 10) {
                return 0;
            }
            if (r < 75) {
                return 1 + random.nextInt(50);
            }
            if (r < 95) {
                return 1_000 + random.nextInt(60_000);
            }
            return 3_600_000L + random.nextLong(8 * 3_600_000L);
        }

        private long trader() {
            return 2 + random.nextInt(TRADERS);
        }

        private long anyMember() {
            return 1 + random.nextInt(shadow.members().size() + 1);
        }

        private int market() {
            List<MarketInfo> markets = shadow.markets();
            // Mostly the spot market, where trades happen all the time.
            if (random.nextInt(3) > 0) {
                return SPOT;
            }
            return markets.get(random.nextInt(markets.size())).id();
        }

        private long mid(int market) {
            MarketInfo info = shadow.market(market);
            return info == null ? 100 : (info.spec().priceMin() + info.spec().priceMax()) / 2;
        }

        private TimeInForce tif() {
            int r = random.nextInt(20);
            return r < 10 ? TimeInForce.GTC : r < 15 ? TimeInForce.DAY : r < 18 ? TimeInForce.IOC : TimeInForce.FOK;
        }

        /** An open order of a random market, or null when there is none. */
        private OrderInfo openOrder() {
            int market = market();
            List<OrderInfo> orders = shadow.orders(market);
            return orders.isEmpty() ? null : orders.get(random.nextInt(orders.size()));
        }

        private Command next(long now) {
            int p = random.nextInt(200);
            if (p < 80) {
                int market = market();
                Side side = random.nextBoolean() ? Side.BID : Side.ASK;
                long price = mid(market) + random.nextInt(41) - 20;
                return PlaceOrder.limit(trader(), market, side, price, 1 + random.nextInt(20), tif());
            }
            if (p < 90) {
                Side side = random.nextBoolean() ? Side.BID : Side.ASK;
                TimeInForce tif = random.nextBoolean() ? TimeInForce.IOC : TimeInForce.FOK;
                return PlaceOrder.market(trader(), market(), side, 1 + random.nextInt(30), tif);
            }
            if (p < 120) {
                OrderInfo o = openOrder();
                if (o == null) {
                    return new CancelOrder(trader(), SPOT, 1 + random.nextInt(1000));
                }
                // Now and then someone tries to cancel another member's order, which must be refused.
                long actor = random.nextInt(10) == 0 ? trader() : o.memberId();
                return new CancelOrder(actor, o.market(), o.id());
            }
            if (p < 150) {
                OrderInfo o = openOrder();
                if (o == null) {
                    return new ReplaceOrder(trader(), SPOT, 1 + random.nextInt(1000), 500, 1);
                }
                boolean keepPlace = random.nextBoolean() && o.openUnits() > 1;
                long price = keepPlace ? o.price() : o.price() + random.nextInt(21) - 10;
                long units = keepPlace ? o.openUnits() - 1 : 1 + random.nextInt(20);
                return new ReplaceOrder(o.memberId(), o.market(), o.id(), price, units);
            }
            if (p < 155) {
                return new CancelAll(trader(), random.nextBoolean() ? 0 : market());
            }
            if (p < 160) {
                int market = market();
                MarketInfo info = shadow.market(market);
                return info != null && info.status() == MarketStatus.HALTED
                        ? new ResumeMarket(HOST, market) : new HaltMarket(HOST, market);
            }
            if (p < 164) {
                // Fees up to 1100 bps, so some are out of range and refused.
                return new SetFees(HOST, market(), random.nextInt(60), random.nextInt(1100));
            }
            if (p < 170) {
                long member = anyMember();
                MemberInfo info = shadow.member(member);
                return info != null && info.status() == com.cyclex.member.MemberStatus.ACTIVE && random.nextInt(3) == 0
                        ? new SuspendMember(HOST, member) : new AdmitMember(HOST, member);
            }
            if (p < 176) {
                return new MintCredits(HOST, anyMember(), random.nextInt(10) == 0 ? -5 : 1 + random.nextInt(1_000_000));
            }
            if (p < 182) {
                return new DeclareCapacity(trader(), random.nextInt(200_000));
            }
            if (p < 187) {
                // Names repeat now and then, so some registrations are refused as taken.
                int n = random.nextInt(4) == 0 && names > 0 ? random.nextInt(names) : names++;
                return new RegisterMember(0, "newcomer-" + n, random.nextBoolean() ? "" : "hash-" + n);
            }
            if (p < 192) {
                return new AdvanceClock();
            }
            if (p < 195) {
                MarketSpec spec = MarketSpec.spot("W-" + windows++, 30, 1, 1, 300).withLots(1, 40)
                        .withWindow(now + 60_000L + random.nextLong(6 * 3_600_000L));
                return new CreateMarket(HOST, spec);
            }
            if (p < 197) {
                // Garbage a broken client might send: no side, no type.
                return new PlaceOrder(trader(), SPOT, null, OrderType.LIMIT, TimeInForce.GTC, 500, 1);
            }
            if (p < 198) {
                return new LeaveExchange(anyMember());
            }
            return new CancelOrder(trader(), 99, 1);
        }
    }
}
