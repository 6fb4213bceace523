package com.cyclex.exchange;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.AdmitMember;
import com.cyclex.api.AdvanceClock;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.Command;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.EndLease;
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
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Resource;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberRegistry;
import com.cyclex.member.MemberStatus;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;

/**
 * Turns random steps into commands for one exchange. A step only carries numbers; what they mean is decided
 * when the step is applied, against the exchange as it stands then. That way a step can pick "one of the open
 * orders" or "a little more than this member's committed cores", which a stream fixed in advance could not,
 * and a shrunk stream still makes sense.
 *
 * <p>The mix is mostly orders, with every kind of administration in between and many commands that must be
 * refused: unknown ids, other members' orders, prices and units outside the limits, too few credits or cores.
 */
final class CommandStream {
    /** 16:00 UTC, so a stream of a few hours crosses midnight. */
    static final long START = Fixture.T0;
    static final long HOUR = 3_600_000L;

    /**
     * One random decision: {@code kind} chooses the command (0..99, see {@link #commandFor}), {@code who} a
     * member, {@code pick} a market or an open order, {@code a}, {@code b} and {@code c} its numbers, and
     * {@code gap} how much time passes before it.
     */
    record Step(int kind, int who, int pick, int a, int b, int c, int gap) {
    }

    static Arbitrary<Step> steps() {
        return Combinators.combine(number(99), number(99), number(999), number(999), number(999), number(15), number(99))
                .as(Step::new);
    }

    /**
     * Uniform, without edge cases: the weights of {@link #commandFor} are meant as written, while jqwik's default
     * leans towards small numbers and would turn most steps into the first kinds and unknown members.
     */
    private static Arbitrary<Integer> number(int max) {
        return Arbitraries.integers().between(0, max).withDistribution(RandomDistribution.uniform()).withoutEdgeCases();
    }

    static Arbitrary<List<Step>> streams(int minSteps, int maxSteps) {
        return steps().list().ofMinSize(minSteps).ofMaxSize(maxSteps);
    }

    private static final String[] NAMES = {"gus", "hal", "ivy", "jo", "kim"};
    private static final String[] BAD_NAMES = {"  ", "x".repeat(MemberRegistry.MAX_NAME_LENGTH + 1), "tab\there", "ANN", " ben "};
    private static final int MAX_MEMBERS = 11;
    private static final int MAX_MARKETS = 7;

    final Fixture f;
    private final Exchange x;
    private int namesUsed;
    private int symbolsUsed;

    CommandStream(Fixture f) {
        this.f = f;
        this.x = f.exchange;
    }

    /**
     * The world every stream starts from: traders rich and poor, with and without cores, one still pending (cores
     * sold stay leased for good, so sellers need plenty to keep trading through a stream); two
     * spot markets with different ticks, lots and fees, and a window market whose delivery starts in five hours.
     */
    void open() {
        f.member("ann", 1_000_000, 400);
        f.member("ben", 20_000, 60);
        f.member("cat", 2_000, 0);
        f.member("dan", 1_000_000, 600);
        f.member("eve", 0, 300);
        f.pending("fay");
        f.market(new MarketSpec("CPU-1M", Resource.CPU_CORE, Delivery.SPOT, 0, 1, 1, 1, 50, 1, 120, 0, 0, 5));
        f.market(new MarketSpec("CPU-1H", Resource.CPU_CORE, Delivery.SPOT, 0, 60, 7, 2, 20, 40, 160, 10, 30, 12));
        f.market(new MarketSpec("WIN-A", Resource.CPU_CORE, Delivery.WINDOW, START + 5 * HOUR, 30, 3, 1, 30, 1, 90, 5, 50, 4));
    }

    /**
     * When the step's command is sent: mostly a few seconds after the last, now and then hours later (across
     * midnight or a window's start), and rarely a little earlier than the clock, which must count as the clock.
     */
    long timeFor(Step s) {
        long now = f.now();
        if (s.gap() == 0) {
            return now + (1 + s.a() % 10) * HOUR + s.pick();
        }
        if (s.gap() == 1) {
            return now - 60_000;
        }
        return now + s.gap() * 100L;
    }

    /**
     * Over half the steps place limit orders, so books fill and cross; the rest cancel and replace them, and
     * now and then administer the exchange. Percentages: limit 55, a job's step 4, market 6, cancel 5, replace 8, cancel all
     * 1, admit (or leave) 3, suspend 1, declare 3, mint 3, halt 0.5, resume 2.5, fees 2, list 2, register 2,
     * end a lease 1, advance the clock 1.
     */
    Command commandFor(Step s, long time) {
        int k = s.kind();
        if (k < 55) {
            return limitOrder(s);
        } else if (k < 59) {
            return job(s);
        } else if (k < 65) {
            return marketOrder(s);
        } else if (k < 70) {
            return cancel(s);
        } else if (k < 78) {
            return replace(s);
        } else if (k < 79) {
            return new CancelAll(member(s.who()), s.c() % 3 == 0 ? 0 : market(s.pick()));
        } else if (k < 82) {
            // Leaving is for good, so it is rare; mostly this brings back a suspended or pending member.
            return s.c() >= 13 ? new LeaveExchange(member(s.who())) : new AdmitMember(hostOr(s), inactiveMember(s));
        } else if (k < 83) {
            return new SuspendMember(hostOr(s), member(s.who()));
        } else if (k < 86) {
            return declare(s);
        } else if (k < 89) {
            return mint(s);
        } else if (k < 90 && s.c() % 2 == 0) {
            return new HaltMarket(hostOr(s), market(s.pick()));
        } else if (k < 92) {
            return new ResumeMarket(hostOr(s), haltedMarket(s.pick()));
        } else if (k < 94) {
            return setFees(s);
        } else if (k < 96) {
            return createMarket(s, Math.max(time, x.clock()));
        } else if (k < 98) {
            return register(s);
        } else if (k < 99) {
            return endLease(s);
        }
        return new AdvanceClock();
    }

    /**
     * Ends a lease early: mostly an open one, by its seller withdrawing or by the host for any reason; now and
     * then by its buyer or with a reason that is not the seller's, or a lease that is not open, or no reason.
     */
    private Command endLease(Step s) {
        List<Lease> open = new java.util.ArrayList<>();
        for (MemberInfo m : x.members()) {
            for (Lease l : x.leasesOf(m.id())) {
                if (l.sellerId() == m.id()) {
                    open.add(l);
                }
            }
        }
        LeaseEnd[] reasons = LeaseEnd.values();
        LeaseEnd reason = s.c() % 11 == 0 ? null : reasons[s.c() % reasons.length];
        if (open.isEmpty() || s.pick() % 8 == 0) {
            return new EndLease(hostOr(s), 1 + s.a() % 1000, reason);
        }
        Lease lease = open.get(s.pick() % open.size());
        long actor = switch (s.who() % 4) {
            case 0 -> 1;
            case 1 -> lease.buyerId();
            default -> lease.sellerId();
        };
        if (actor == lease.sellerId() && s.b() % 3 != 0 && reason != null) {
            reason = LeaseEnd.SELLER_WITHDREW;
        }
        return new EndLease(actor, lease.id(), reason);
    }

    private static final String[] HASHES = {"a".repeat(64), "b".repeat(64), "c".repeat(64), "not a hash"};

    /**
     * A step of a job's life: mostly the right member at the right step (the buyer submits to an open lease,
     * the seller claims a queued job and reports a running one, the host gives a verdict that matches or not),
     * now and then the wrong member, the wrong step or a bad field.
     */
    private Command job(Step s) {
        List<Lease> open = x.openLeases();
        List<com.cyclex.lease.Job> jobs = x.openJobs();
        String hash = HASHES[s.b() % HASHES.length];
        long stranger = member(s.who());
        switch (s.c() % 5) {
            case 0: {
                if (open.isEmpty()) {
                    return new com.cyclex.api.SubmitJob(stranger, 1 + s.a() % 50, hash, List.of("p"), HASHES[0]);
                }
                Lease lease = open.get(s.pick() % open.size());
                long actor = s.who() % 6 == 0 ? stranger : lease.buyerId();
                List<String> args = s.a() % 9 == 0 ? List.of() : List.of("prog", Integer.toString(s.a()));
                return new com.cyclex.api.SubmitJob(actor, lease.id(), s.b() % 7 == 0 ? hash : HASHES[0], args, HASHES[1]);
            }
            case 1:
            case 2: {
                List<com.cyclex.lease.Job> queued = jobs.stream().filter(j -> j.state() == com.cyclex.lease.JobState.QUEUED).toList();
                if (queued.isEmpty() || s.pick() % 10 == 0) {
                    return new com.cyclex.api.ClaimJob(stranger, 1 + s.a() % 50);
                }
                com.cyclex.lease.Job job = queued.get(s.pick() % queued.size());
                return new com.cyclex.api.ClaimJob(s.who() % 7 == 0 ? stranger : job.sellerId(), job.id());
            }
            case 3: {
                List<com.cyclex.lease.Job> running = jobs.stream().filter(j -> j.state() == com.cyclex.lease.JobState.RUNNING).toList();
                com.cyclex.job.JobCode[] codes = com.cyclex.job.JobCode.values();
                com.cyclex.job.JobCode code = s.a() % 3 == 0 ? codes[s.a() % codes.length] : com.cyclex.job.JobCode.OK;
                if (running.isEmpty()) {
                    return new com.cyclex.api.ReportJob(stranger, 1 + s.a() % 50, code, 0, hash, 10, null, 1, 1);
                }
                com.cyclex.lease.Job job = running.get(s.pick() % running.size());
                return new com.cyclex.api.ReportJob(s.who() % 7 == 0 ? stranger : job.sellerId(), job.id(), code, s.b() % 3,
                        code == com.cyclex.job.JobCode.OK ? HASHES[s.b() % 3] : null, s.a(), null, s.b(), s.a());
            }
            default: {
                List<com.cyclex.lease.Job> checking = jobs.stream().filter(j -> j.state() == com.cyclex.lease.JobState.VERIFYING).toList();
                if (checking.isEmpty() || s.pick() % 9 == 0) {
                    return new com.cyclex.api.SetVerification(hostOr(s), s.a() % 3 == 0 ? 10_000 : s.a() * 20, s.b());
                }
                com.cyclex.lease.Job job = checking.get(s.pick() % checking.size());
                boolean same = s.a() % 4 != 0;
                return new com.cyclex.api.ReportVerification(hostOr(s), job.id(), job.outcome(), job.exitCode(),
                        same ? job.outputHash() : HASHES[(s.b() + 1) % 3]);
            }
        }
    }

    // ---- picking members, markets and orders ---------------------------------------------------------------

    /** Mostly a known member (the host among them), sometimes one that does not exist. */
    private long member(int who) {
        int n = x.members().size();
        if (who < 4) {
            return who % 2 == 0 ? 0 : n + 1 + who;
        }
        return 1 + who % n;
    }

    /**
     * Who sends an order: mostly an active member, so books fill; otherwise anyone, the pending, the suspended,
     * those who left and the unknown among them.
     */
    private long trader(int who) {
        List<MemberInfo> active = x.members().stream().filter(m -> m.status() == MemberStatus.ACTIVE).toList();
        return who < 4 || who >= 75 ? member(who) : active.get(who % active.size()).id();
    }

    /**
     * Where an order goes: half of them to the first spot market and a fifth to the second, so their books get
     * deep enough to cross often; the rest anywhere, window markets and unknown ones included.
     */
    private int orderMarket(int pick) {
        if (pick % 25 != 0 && pick % 10 < 7) {
            return pick % 10 < 5 ? 1 : 2;
        }
        return market(pick);
    }

    /** Mostly a member who is not active (pending or suspended) when there is one, else any member. */
    private long inactiveMember(Step s) {
        List<MemberInfo> waiting = x.members().stream()
                .filter(m -> m.status() == MemberStatus.PENDING || m.status() == MemberStatus.SUSPENDED).toList();
        return waiting.isEmpty() || s.pick() % 4 == 0 ? member(s.who()) : waiting.get(s.pick() % waiting.size()).id();
    }

    /** Mostly a halted market when there is one, so halts do not outlast a handful of commands. */
    private int haltedMarket(int pick) {
        List<MarketInfo> halted = x.markets().stream().filter(m -> m.status() == MarketStatus.HALTED).toList();
        return halted.isEmpty() || pick % 4 == 0 ? market(pick) : halted.get(pick % halted.size()).id();
    }

    /** The host, except for one step in sixteen that tries a host-only command as someone else. */
    private long hostOr(Step s) {
        return s.c() == 0 ? member(s.who()) : MemberRegistry.HOST_ID;
    }

    /**
     * Mostly a listed market, sometimes one that does not exist. A closed market is picked only now and then:
     * once the first window has begun, orders would otherwise keep going to a market that refuses them all.
     */
    private int market(int pick) {
        List<MarketInfo> all = x.markets();
        if (pick % 25 == 0) {
            return pick % 2 == 0 ? 0 : all.size() + 1;
        }
        int id = 1 + pick % all.size();
        for (int i = 0; i < all.size() && pick % 8 != 0 && all.get(id - 1).status() == MarketStatus.CLOSED; i++) {
            id = 1 + id % all.size();
        }
        return id;
    }

    private MarketSpec specOr(int market) {
        MarketInfo info = x.market(market);
        return info == null ? x.market(1).spec() : info.spec();
    }

    /**
     * Prices cluster around the middle of the band, bids a little above it and asks a little below, so they
     * cross often; a few fall outside the band.
     */
    private static long price(MarketSpec spec, Side side, int a, int b) {
        if (b % 25 == 0) {
            return a % 2 == 0 ? spec.priceMin() - 1 : spec.priceMax() + 1;
        }
        long spread = Math.min(15, (spec.priceMax() - spec.priceMin()) / 2);
        long lean = side == Side.BID ? spread / 4 : -spread / 4;
        long mid = (spec.priceMin() + spec.priceMax()) / 2 + lean;
        return Math.max(spec.priceMin(), Math.min(spec.priceMax(), mid - spread + a % (2 * spread + 1)));
    }

    /** Units within the lot limits, small enough that most members can afford some; a few outside them. */
    private static long units(MarketSpec spec, int b) {
        if (b % 23 == 0) {
            return b % 2 == 0 ? spec.minUnits() - 1 : spec.maxUnits() + 1;
        }
        long span = Math.min(spec.maxUnits() - spec.minUnits(), 9);
        return spec.minUnits() + b % (span + 1);
    }

    private List<OrderInfo> openOrders() {
        List<OrderInfo> all = new ArrayList<>();
        for (MarketInfo m : x.markets()) {
            all.addAll(x.orders(m.id()));
        }
        return all;
    }

    // ---- commands ------------------------------------------------------------------------------------------

    private Command limitOrder(Step s) {
        int market = orderMarket(s.pick());
        MarketSpec spec = specOr(market);
        TimeInForce[] tifs = {TimeInForce.GTC, TimeInForce.GTC, TimeInForce.GTC, TimeInForce.DAY, TimeInForce.DAY,
            TimeInForce.IOC, TimeInForce.IOC, TimeInForce.FOK};
        Side side = s.c() / 8 == 0 ? Side.BID : Side.ASK;
        return PlaceOrder.limit(trader(s.who()), market, side, price(spec, side, s.a(), s.b()), units(spec, s.b()), tifs[s.c() % 8]);
    }

    /** Mostly IOC and FOK; one in four asks to rest, which a market order may not. */
    private Command marketOrder(Step s) {
        int market = orderMarket(s.pick());
        TimeInForce[] tifs = {TimeInForce.IOC, TimeInForce.IOC, TimeInForce.IOC, TimeInForce.FOK, TimeInForce.FOK,
            TimeInForce.FOK, TimeInForce.GTC, TimeInForce.DAY};
        Side side = s.c() / 8 == 0 ? Side.BID : Side.ASK;
        return PlaceOrder.market(trader(s.who()), market, side, units(specOr(market), s.b()), tifs[s.c() % 8]);
    }

    /** Mostly the owner cancelling an open order; sometimes someone else, the wrong market or an unknown id. */
    private Command cancel(Step s) {
        List<OrderInfo> open = openOrders();
        if (open.isEmpty() || s.pick() % 12 == 0) {
            return new CancelOrder(member(s.who()), market(s.pick()), s.a() % (x.nextOrderId() + 2));
        }
        OrderInfo o = open.get(s.pick() % open.size());
        long actor = s.c() == 0 ? member(s.who()) : o.memberId();
        int market = s.c() == 1 ? market(s.a()) : o.market();
        return new CancelOrder(actor, market, o.id());
    }

    /**
     * Mostly the owner moving an open order a few ticks and changing its units by a few (up, down, to zero), now
     * and then far more units than it can pay or offer, a price outside the band, or someone else's order.
     */
    private Command replace(Step s) {
        List<OrderInfo> open = openOrders();
        if (open.isEmpty() || s.pick() % 15 == 0) {
            return new ReplaceOrder(member(s.who()), market(s.pick()), s.a() % (x.nextOrderId() + 2), 50, 1);
        }
        OrderInfo o = open.get(s.pick() % open.size());
        MarketSpec spec = x.market(o.market()).spec();
        long actor = s.c() == 0 ? member(s.who()) : o.memberId();
        long price = s.b() % 25 == 0 ? spec.priceMax() + 1 : o.price() + s.a() % 9 - 4;
        long units = s.c() == 2 ? o.openUnits() + 25 : o.openUnits() + s.b() % 7 - 3;
        if (s.c() == 3) {
            price = o.price();
        }
        return new ReplaceOrder(actor, o.market(), o.id(), price, units);
    }

    /**
     * Around what the member has committed to asks and leases: mostly more, one in five a little less (refused,
     * or out of range when nothing is committed), and now and then outside the allowed range.
     */
    private Command declare(Step s) {
        long actor = trader(s.who());
        AccountInfo account = x.account(actor);
        long committed = account == null ? 0 : account.askCores() + account.leasedCores();
        int cores = (int) (s.b() % 5 == 2 ? committed - 1 - s.a() % 3 : committed + s.a() % 100);
        if (s.b() % 20 == 0) {
            cores = -1;
        } else if (s.b() % 20 == 1) {
            cores = MemberRegistry.MAX_CORES + 1;
        }
        return new DeclareCapacity(actor, cores);
    }

    private Command mint(Step s) {
        long amount = switch (s.b() % 10) {
            case 0 -> 0;
            case 1 -> -1 - s.a();
            case 2 -> Admin.MAX_CREDITS;
            default -> 50L * s.a();
        };
        return new MintCredits(hostOr(s), member(s.who()), amount);
    }

    /** Fees up and down while orders rest, and now and then a rate out of range. */
    private Command setFees(Step s) {
        int maker = s.a() % 150;
        int taker = s.b() % 150;
        if (s.c() == 1) {
            maker = MarketRules.MAX_FEE_BPS + 1;
        } else if (s.c() == 2) {
            taker = -1;
        }
        return new SetFees(hostOr(s), market(s.pick()), maker, taker);
    }

    /** New window markets a few hours ahead, and refusals: a taken symbol, a past window, a zero tick. */
    private Command createMarket(Step s, long now) {
        int variant = s.b() % 5;
        if (variant == 0 || x.markets().size() >= MAX_MARKETS) {
            String taken = x.market(1 + s.pick() % x.markets().size()).spec().symbol().toLowerCase();
            return new CreateMarket(hostOr(s), MarketSpec.spot(taken, 10, 1, 1, 100));
        }
        String symbol = "W" + (++symbolsUsed);
        long tick = 1 + s.a() % 5;
        long low = 1 + s.pick() % 20;
        MarketSpec spec = new MarketSpec(symbol, Resource.CPU_CORE, Delivery.WINDOW, now + (1 + s.a() % 12) * HOUR + s.pick(),
                15, tick, 1, 5 + s.b() % 20, low, low + 60, s.a() % 40, s.b() % 60, 3);
        if (variant == 1) {
            spec = spec.withWindow(now - 1);
        } else if (variant == 2) {
            spec = new MarketSpec(symbol, Resource.CPU_CORE, Delivery.SPOT, 0, 15, 0, 1, 10, 1, 50, 0, 0, 1);
        }
        return new CreateMarket(hostOr(s), spec);
    }

    /** New names while there is room, otherwise blank, too long, control characters or names already taken. */
    private Command register(Step s) {
        long actor = s.c() == 0 ? member(s.who()) : s.c() % 2 == 0 ? 0 : MemberRegistry.HOST_ID;
        if (s.a() % 3 != 0 && x.members().size() < MAX_MEMBERS && namesUsed < NAMES.length) {
            return new RegisterMember(actor, NAMES[namesUsed++], "");
        }
        return new RegisterMember(actor, BAD_NAMES[s.b() % BAD_NAMES.length], "");
    }
}
