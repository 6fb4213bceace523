package com.cyclex.bench;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MintCredits;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.exchange.Exchange;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import com.cyclex.util.LongMap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A command stream with the mix exchange-core publishes for its single-book throughput test: 9% GTC orders,
 * 3% IOC orders, 6% cancels and 82% moves (replace with a new price), from 1000 members, around a book of
 * about 1000 resting orders over about 750 price levels. The stream is generated against a shadow exchange,
 * so cancels and moves name orders that are really open at that point; replaying it on a fresh exchange gives
 * the same results, since the exchange is deterministic.
 */
public final class BenchStream {
    public static final int MARKET = 1;
    private static final long MID = 50_000;
    private static final int TARGET_ORDERS = 1000;
    /** Resting orders sit within this many ticks of the middle on each side: ~1000 orders over ~750 levels. */
    private static final int SPREAD = 750;

    private final List<Command> setup = new ArrayList<>();
    private final Command[] commands;
    private final Stats stats;

    /** What the generated stream did on the shadow exchange. */
    public record Stats(long gtc, long ioc, long cancel, long move, long rejected, long trades, double avgOrders,
                        double avgLevels) {
    }

    private BenchStream(Command[] commands, Stats stats) {
        this.commands = commands;
        this.stats = stats;
    }

    /** The commands that set up members, credits, cores and the market. */
    public List<Command> setup() {
        return setup;
    }

    public Command[] commands() {
        return commands;
    }

    public Stats stats() {
        return stats;
    }

    /** The command times: one millisecond apart from a fixed start, the same in every run. */
    public static long time(int index) {
        return 1_764_000_000_000L + index;
    }

    public static BenchStream generate(int count, int members, long seed) {
        Generator g = new Generator(count, members, seed);
        BenchStream stream = new BenchStream(g.commands, g.run());
        stream.setup.addAll(g.setup);
        return stream;
    }

    /** Applies the setup to an exchange. */
    public void applySetup(Exchange exchange) {
        for (int i = 0; i < setup.size(); i++) {
            CommandResult r = exchange.apply(setup.get(i), time(0) - setup.size() + i);
            if (!r.accepted()) {
                throw new IllegalStateException("bench setup failed: " + setup.get(i) + " -> " + r);
            }
        }
    }

    private static final class Live {
        final long id;
        final long member;
        final Side side;
        long price;
        long open;
        int index;

        Live(long id, long member, Side side, long price, long open) {
            this.id = id;
            this.member = member;
            this.side = side;
            this.price = price;
            this.open = open;
        }
    }

    private static final class Generator {
        final SplittableRandom random;
        final int members;
        final Command[] commands;
        final List<Command> setup = new ArrayList<>();
        final Exchange shadow = new Exchange();
        final LongMap<Live> live = new LongMap<>(4096);
        final List<Live> liveList = new ArrayList<>();
        long gtc;
        long ioc;
        long cancel;
        long move;
        long rejected;

        Generator(int count, int members, long seed) {
            this.random = new SplittableRandom(seed);
            this.members = members;
            this.commands = new Command[count];
            for (int m = 0; m < members; m++) {
                long id = m + 2;
                setup.add(new RegisterMember(0, "trader-" + m, ""));
                setup.add(new AdmitMember(MemberRegistry.HOST_ID, id));
                setup.add(new MintCredits(MemberRegistry.HOST_ID, id, 500_000_000_000L));
                setup.add(new DeclareCapacity(id, MemberRegistry.MAX_CORES));
            }
            setup.add(new CreateMarket(MemberRegistry.HOST_ID,
                    MarketSpec.spot("BENCH", 10, 1, 1, 2 * MID).withLots(1, 1000)));
        }

        Stats run() {
            for (int i = 0; i < setup.size(); i++) {
                shadow.apply(setup.get(i), time(0) - setup.size() + i);
            }
            shadow.setEventSink(this::track);
            long orderSum = 0;
            long levelSum = 0;
            for (int i = 0; i < commands.length; i++) {
                Command c = next();
                commands[i] = c;
                CommandResult r = shadow.apply(c, time(i));
                if (!r.accepted()) {
                    rejected++;
                }
                if ((i & 1023) == 0) {
                    orderSum += liveList.size();
                    levelSum += levels();
                }
            }
            int samples = (commands.length + 1023) / 1024;
            return new Stats(gtc, ioc, cancel, move, rejected, shadow.tradeCount(), (double) orderSum / samples,
                    (double) levelSum / samples);
        }

        private int levels() {
            var depth = shadow.depth(MARKET, 4 * SPREAD);
            return depth.bidLevels() + depth.askLevels();
        }

        private void track(ExchangeEvent event) {
            if (event instanceof ExchangeEvent.OrderUpdated u) {
                OrderInfo o = u.order();
                Live l = live.get(o.id());
                if (o.resting()) {
                    if (l == null) {
                        l = new Live(o.id(), o.memberId(), o.side(), o.price(), o.openUnits());
                        l.index = liveList.size();
                        liveList.add(l);
                        live.put(o.id(), l);
                    } else {
                        l.price = o.price();
                        l.open = o.openUnits();
                    }
                } else if (l != null) {
                    live.remove(o.id());
                    Live last = liveList.remove(liveList.size() - 1);
                    if (last != l) {
                        last.index = l.index;
                        liveList.set(l.index, last);
                    }
                }
            }
        }

        private long mid() {
            long bid = shadow.depth(MARKET, 1).bidLevels() > 0 ? shadow.depth(MARKET, 1).bidPrices()[0] : 0;
            long ask = shadow.depth(MARKET, 1).askLevels() > 0 ? shadow.depth(MARKET, 1).askPrices()[0] : 0;
            if (bid == 0 && ask == 0) {
                return MID;
            }
            if (bid == 0) {
                return ask - 1;
            }
            if (ask == 0) {
                return bid + 1;
            }
            return (bid + ask) / 2;
        }

        private long member() {
            return 2 + random.nextInt(members);
        }

        private Command next() {
            int r = random.nextInt(100);
            if (liveList.isEmpty() || r < 9) {
                gtc++;
                return passive(member(), random.nextBoolean() ? Side.BID : Side.ASK);
            }
            if (r < 12) {
                ioc++;
                Side side = random.nextBoolean() ? Side.BID : Side.ASK;
                // Larger takers when the book is above its target size keep it near that size.
                long units = 1 + random.nextInt(liveList.size() > TARGET_ORDERS ? 40 : 2);
                long mid = mid();
                long price = side == Side.BID ? mid + random.nextInt(SPREAD / 4) : mid - random.nextInt(SPREAD / 4);
                return PlaceOrder.limit(member(), MARKET, side, clamp(price), units, TimeInForce.IOC);
            }
            Live order = liveList.get(random.nextInt(liveList.size()));
            if (r < 18) {
                cancel++;
                return new CancelOrder(order.member, MARKET, order.id);
            }
            move++;
            long mid = mid();
            long distance = 1 + random.nextInt(SPREAD);
            // Now and then a move crosses, as a trader chasing the price would.
            if (liveList.size() > TARGET_ORDERS && random.nextInt(100) < 4) {
                distance = -random.nextInt(SPREAD / 8);
            }
            long price = order.side == Side.BID ? mid - distance : mid + distance;
            return new ReplaceOrder(order.member, MARKET, order.id, clamp(price), order.open);
        }

        private Command passive(long member, Side side) {
            long mid = mid();
            long distance = 1 + random.nextInt(SPREAD);
            long price = side == Side.BID ? mid - distance : mid + distance;
            return PlaceOrder.limit(member, MARKET, side, clamp(price), 1 + random.nextInt(10), TimeInForce.GTC);
        }

        private static long clamp(long price) {
            return Math.max(1, Math.min(2 * MID, price));
        }
    }
}
