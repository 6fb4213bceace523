package com.cyclex.exchange;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.AdmitMember;
import com.cyclex.api.AdoptDeliveryRules;
import com.cyclex.api.AdvanceClock;
import com.cyclex.api.BookDepth;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.ClaimJob;
import com.cyclex.api.ReportJob;
import com.cyclex.api.ReportVerification;
import com.cyclex.api.SetVerification;
import com.cyclex.api.SubmitJob;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobBook;
import com.cyclex.member.Reputation;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.EndLease;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ExchangeFigures;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.LeaveExchange;
import com.cyclex.api.LedgerTotals;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.MintCredits;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SetFees;
import com.cyclex.api.SuspendMember;
import com.cyclex.ledger.Ledger;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseBook;
import com.cyclex.market.Order;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import com.cyclex.member.Member;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberRegistry;
import com.cyclex.member.MemberStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The exchange as a deterministic state machine: members, markets with their books, the ledger and the
 * leases, changed only by {@link #apply}. The same commands with the same times give the same state, which
 * is what makes the journal enough to recover. Single-threaded: the sequencer owns it.
 */
public final class Exchange implements ExchangeReader {
    public static final String HOST_NAME = "host";

    private final MemberRegistry members = new MemberRegistry();
    private final Ledger ledger = new Ledger();
    private final LeaseBook leases = new LeaseBook();
    private final RecentTrades recent = new RecentTrades();
    private final IdempotencyKeys keys = new IdempotencyKeys();
    private final EventCollector events = new EventCollector(ledger);
    private final Clearing clearing = new Clearing(members, ledger, leases, events, recent);
    private final Markets markets = new Markets(clearing);
    private final OrderDesk desk = new OrderDesk(members, markets, ledger, clearing, events);
    private final TimeEvents time = new TimeEvents(markets, desk, events, clearing);
    private final Admin admin = new Admin(members, markets, ledger, desk, events, time);
    private final LeaseDesk leaseDesk = new LeaseDesk(leases, clearing);
    private final JobBook jobs = new JobBook();
    private final JobDesk jobDesk = new JobDesk(leases, jobs, members, clearing, events);
    private long clock;
    private boolean changed;
    /** A running count for the host's figures; not part of the state, so not saved. */
    private long orderCommands;

    /** A new exchange with only its host, who is member 1 and active, under this build's delivery rules. */
    public Exchange() {
        this(Clearing.CURRENT_RULES);
    }

    /**
     * A new exchange that follows the given delivery rules from its first command: recovery replays a journal
     * from before there were versions under rules 1, as it was written, and the host then takes up the current
     * rules with a journaled {@link AdoptDeliveryRules}.
     */
    public Exchange(int deliveryRules) {
        if (deliveryRules < 1 || deliveryRules > Clearing.CURRENT_RULES) {
            throw new IllegalArgumentException("delivery rules " + deliveryRules + " are not known to this build");
        }
        clearing.onLeaseEnd(jobDesk::leaseEnded);
        Member host = members.add(HOST_NAME, "", 0, MemberStatus.ACTIVE);
        ledger.openMember(host.id());
        clearing.setRules(deliveryRules);
    }

    /** The delivery rules this build follows once adopted: 2 pays a lease's seller as its term is delivered. */
    public static final int CURRENT_DELIVERY_RULES = Clearing.CURRENT_RULES;

    /** The delivery rules in force. */
    public int deliveryRules() {
        return clearing.rules();
    }

    /** Tells every change to this sink, or stops telling when it is null. */
    public void setEventSink(Consumer<ExchangeEvent> sink) {
        events.setSink(sink);
    }

    /**
     * Applies one command at a time in epoch milliseconds; time never runs backwards, so an earlier time
     * counts as the last one. A rejected command changes nothing (though time passing may: see
     * {@link #lastChangedState()}).
     */
    public CommandResult apply(Command command, long time) {
        return apply(command, time, null);
    }

    /**
     * Applies a command that carries its sender's idempotency key (null for none): a key this actor used for an
     * accepted command in the last quarter of an hour gets that command's result again, and changes nothing.
     */
    public CommandResult apply(Command command, long time, String key) {
        if (time > clock) {
            clock = time;
        }
        boolean timeEvents = this.time.runDue(clock) | jobDesk.giveUpChecks(clock);
        events.flush();
        CommandResult result;
        boolean retry = false;
        if (command == null) {
            result = CommandResult.reject(ResultCode.COMMAND_INVALID, "There is no command.");
        } else if (key != null && IdempotencyKeys.problem(key) != null) {
            result = CommandResult.reject(ResultCode.COMMAND_INVALID, IdempotencyKeys.problem(key));
        } else {
            CommandResult earlier = key == null ? null : keys.find(command.actor(), key, clock);
            retry = earlier != null;
            result = retry ? earlier : dispatch(command, clock);
        }
        if (result.accepted() && !retry) {
            events.flush();
        } else {
            events.clear();
        }
        boolean applied = result.accepted() && !retry && !(command instanceof AdvanceClock);
        if (applied && key != null) {
            keys.keep(command.actor(), key, clock, result);
        }
        changed = timeEvents || applied;
        if (applied && (command instanceof PlaceOrder || command instanceof ReplaceOrder || command instanceof CancelOrder)) {
            orderCommands++;
        }
        return result;
    }

    /** Whether the last {@link #apply} changed any state, and so must be journaled. */
    public boolean lastChangedState() {
        return changed;
    }

    private CommandResult dispatch(Command c, long now) {
        if (c instanceof ReplaceOrder r) {
            return desk.replace(r, now);
        } else if (c instanceof PlaceOrder p) {
            return desk.place(p, now);
        } else if (c instanceof CancelOrder x) {
            return desk.cancel(x, now);
        } else if (c instanceof CancelAll x) {
            return desk.cancelAll(x, now);
        } else if (c instanceof AdvanceClock) {
            return CommandResult.OK;
        } else if (c instanceof RegisterMember r) {
            return admin.register(r, now);
        } else if (c instanceof AdmitMember a) {
            return admin.admit(a);
        } else if (c instanceof SuspendMember s) {
            return admin.suspend(s, now);
        } else if (c instanceof LeaveExchange l) {
            return admin.leave(l, now);
        } else if (c instanceof DeclareCapacity d) {
            return admin.declare(d);
        } else if (c instanceof MintCredits m) {
            return admin.mint(m);
        } else if (c instanceof CreateMarket m) {
            return admin.createMarket(m, now);
        } else if (c instanceof HaltMarket h) {
            return admin.halt(h);
        } else if (c instanceof ResumeMarket r) {
            return admin.resume(r);
        } else if (c instanceof SetFees f) {
            return admin.setFees(f);
        } else if (c instanceof EndLease e) {
            return leaseDesk.end(e, now);
        } else if (c instanceof AdoptDeliveryRules r) {
            return leaseDesk.adopt(r);
        } else if (c instanceof SubmitJob j) {
            return jobsTaken() ? jobDesk.submit(j, now) : noJobs();
        } else if (c instanceof ClaimJob j) {
            return jobDesk.claim(j, now);
        } else if (c instanceof ReportJob j) {
            return jobDesk.report(j, now);
        } else if (c instanceof ReportVerification v) {
            return jobDesk.verify(v, now);
        } else if (c instanceof SetVerification v) {
            return jobsTaken() ? jobDesk.setVerification(v) : noJobs();
        }
        return CommandResult.reject(ResultCode.COMMAND_INVALID, "Unknown command " + c.getClass().getSimpleName() + ".");
    }

    private boolean jobsTaken() {
        return clearing.rules() >= 3;
    }

    private CommandResult noJobs() {
        return CommandResult.reject(ResultCode.RULES_INVALID, "This exchange still follows delivery rules " + clearing.rules()
                + ", which take no jobs; the host takes up rules " + CURRENT_DELIVERY_RULES + " when it starts.");
    }

    // ---- reading ------------------------------------------------------------------------------------

    @Override
    public List<MemberInfo> members() {
        return members.all().stream().map(Member::info).toList();
    }

    @Override
    public MemberInfo member(long id) {
        Member m = members.get(id);
        return m == null ? null : m.info();
    }

    @Override
    public String tokenHash(long memberId) {
        Member m = members.get(memberId);
        return m == null ? null : m.tokenHash();
    }

    @Override
    public List<MarketInfo> markets() {
        return markets.all().stream().map(Market::info).toList();
    }

    @Override
    public MarketInfo market(int id) {
        Market m = markets.get(id);
        return m == null ? null : m.info();
    }

    @Override
    public AccountInfo account(long memberId) {
        Member m = members.get(memberId);
        return m == null ? null : EventCollector.account(m, ledger);
    }

    @Override
    public List<OrderInfo> openOrders(long memberId) {
        List<OrderInfo> out = new ArrayList<>();
        for (Market market : markets.all()) {
            market.book().forEachOrder(o -> {
                if (o.memberId() == memberId) {
                    out.add(EventCollector.info(market.id(), o));
                }
            });
        }
        return out;
    }

    @Override
    public List<OrderInfo> orders(int marketId) {
        Market market = markets.get(marketId);
        List<OrderInfo> out = new ArrayList<>();
        if (market != null) {
            market.book().forEachOrder(o -> out.add(EventCollector.info(marketId, o)));
        }
        return out;
    }

    @Override
    public BookDepth depth(int marketId, int levels) {
        Market market = markets.get(marketId);
        if (market == null) {
            return new BookDepth(marketId, new long[0], new long[0], new long[0], new long[0]);
        }
        long[] bp = new long[levels];
        long[] bu = new long[levels];
        long[] ap = new long[levels];
        long[] au = new long[levels];
        int nb = market.book().depth(Side.BID, bp, bu);
        int na = market.book().depth(Side.ASK, ap, au);
        return new BookDepth(marketId, java.util.Arrays.copyOf(bp, nb), java.util.Arrays.copyOf(bu, nb),
                java.util.Arrays.copyOf(ap, na), java.util.Arrays.copyOf(au, na));
    }

    @Override
    public List<Trade> recentTrades(int market, int count) {
        return recent.latest(market, count);
    }

    @Override
    public List<Job> jobsOf(long memberId) {
        List<Job> mine = new ArrayList<>();
        for (Job j : jobs.all()) {
            if (j.buyerId() == memberId || j.sellerId() == memberId) {
                mine.add(j);
            }
        }
        return mine;
    }

    @Override
    public List<Job> openJobs() {
        return List.copyOf(jobs.all());
    }

    @Override
    public List<Lease> openLeases() {
        return List.copyOf(leases.open());
    }

    @Override
    public int verifyShareBps() {
        return jobDesk.verifyBps();
    }

    @Override
    public boolean verificationSalted() {
        return jobDesk.salt() != 0;
    }

    @Override
    public Reputation reputation(long memberId) {
        Member m = members.get(memberId);
        return m == null ? null : m.reputation();
    }

    @Override
    public List<Reputation> reputations() {
        return members.all().stream().map(Member::reputation).toList();
    }

    @Override
    public List<com.cyclex.api.AskRecord> askRecords(int marketId, int levels) {
        Market market = markets.get(marketId);
        if (market == null || levels <= 0) {
            return List.of();
        }
        long[] prices = new long[levels];
        int n = market.book().depth(Side.ASK, prices, new long[levels]);
        if (n == 0) {
            return List.of();
        }
        long worst = prices[n - 1];
        // Each level's sellers, once each however many orders they rest there: one walk over the book.
        List<java.util.Set<Long>> sellers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sellers.add(new java.util.HashSet<>());
        }
        long[] shown = java.util.Arrays.copyOf(prices, n);
        market.book().forEachOrder(o -> {
            if (o.side() == Side.ASK && o.price() <= worst) {
                int at = java.util.Arrays.binarySearch(shown, o.price());
                if (at >= 0) {
                    sellers.get(at).add(o.memberId());
                }
            }
        });
        List<com.cyclex.api.AskRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long delivered = 0;
            long failed = 0;
            long passed = 0;
            long caught = 0;
            for (long id : sellers.get(i)) {
                Reputation r = members.get(id).reputation();
                delivered += r.leasesDelivered();
                failed += r.leasesFailed();
                passed += r.verificationsPassed();
                caught += r.verificationsFailed();
            }
            out.add(new com.cyclex.api.AskRecord(shown[i], sellers.get(i).size(), delivered, failed, passed, caught));
        }
        return out;
    }

    @Override
    public List<Lease> leasesOf(long memberId) {
        return leases.of(memberId);
    }

    @Override
    public long tradeCount() {
        return leases.made();
    }

    @Override
    public LedgerTotals ledgerTotals() {
        long bidEscrow = 0;
        for (Member m : members.all()) {
            bidEscrow += ledger.held(m.id());
        }
        return new LedgerTotals(ledger.issued(), ledger.balance(Ledger.FEES), ledger.balance(Ledger.LEASE_ESCROW),
                bidEscrow, ledger.sum(), ledger.postingCount());
    }

    @Override
    public ExchangeFigures figures() {
        long openOrders = 0;
        for (Market market : markets.all()) {
            openOrders += market.book().orderCount();
        }
        long openInterest = 0;
        for (Member m : members.all()) {
            openInterest += m.leasedCores();
        }
        LedgerTotals totals = ledgerTotals();
        return new ExchangeFigures(orderCommands, leases.made(), openOrders, openInterest, totals.bidEscrow(),
                totals.leaseEscrow(), totals.fees(), totals.issued(), members.size(), markets.all().size());
    }

    @Override
    public long clock() {
        return clock;
    }

    /** Ids the next order will get: what a command stream generator needs to refer to orders it places. */
    public long nextOrderId() {
        return desk.nextOrderId();
    }

    /** The open order with this id in a market, or null; for tests and tools on the sequencer thread. */
    public OrderInfo findOrder(int marketId, long orderId) {
        Market market = markets.get(marketId);
        Order o = market == null ? null : market.book().find(orderId);
        return o == null ? null : EventCollector.info(marketId, o);
    }

    /**
     * Covers the live state (members, markets, books, balances, open leases, kept answers) and the running
     * digest of history, so it costs the same after a million trades as after ten.
     */
    @Override
    public long stateHash() {
        return stateHash(HASH_VERSION);
    }

    /**
     * How this build hashes its state; version 2 walked the open leases, version 3 takes their digest, version 4
     * the kept answers' digest too (up to 100,000 of them were walked once a second on the sequencer).
     */
    public static final int HASH_VERSION = 4;

    /** The state hash as version 2, 3 or 4 took it: a journal or checkpoint written by any is checked with its own. */
    public long stateHash(int version) {
        if (version < 2 || version > HASH_VERSION) {
            throw new IllegalArgumentException("no state hash version " + version);
        }
        StateHash h = new StateHash();
        h.add(desk.nextOrderId()).add(leases.nextId()).add(clearing.historyDigest());
        for (Member m : members.all()) {
            h.add(m.id()).add(m.name()).add(m.status()).add(m.declaredCores()).add(m.askCores()).add(m.leasedCores())
                    .add(m.tokenHash()).add(m.joinedAt());
        }
        for (Market market : markets.all()) {
            MarketInfo info = market.info();
            h.add(info.id()).add(info.status());
            addSpec(h, info.spec());
            market.book().forEachOrder(o -> h.add(o.id()).add(o.memberId()).add(o.side()).add(o.price())
                    .add(o.openUnits()).add(o.filledUnits()).add(o.timeInForce()).add(o.reserve()));
            h.add(-1);
        }
        for (long balance : ledger.snapshot()) {
            h.add(balance);
        }
        if (version == 2) {
            for (Lease lease : leases.open()) {
                h.add(lease);
            }
        } else {
            h.add(-8).add(leases.openCount()).add(leases.openDigest());
        }
        if (version >= 4) {
            keys.digestInto(h);
        } else {
            keys.hashInto(h);
        }
        if (clearing.rules() != 1) {
            h.add(-5).add(clearing.rules());
        }
        // What rules 3 added is hashed only once it exists, so a state from before hashes as it did.
        for (Member m : members.all()) {
            if (!m.reputation().isNone()) {
                Reputation r = m.reputation();
                h.add(-6).add(m.id()).add(r.leasesDelivered()).add(r.leasesFailed()).add(r.verificationsPassed())
                        .add(r.verificationsFailed());
            }
        }
        if (jobs.peekNextId() != 1 || jobDesk.verifyBps() != JobDesk.DEFAULT_VERIFY_BPS || jobDesk.salt() != 0) {
            h.add(-7).add(jobs.peekNextId()).add(jobDesk.verifyBps()).add(jobDesk.salt());
        }
        for (Job j : jobs.all()) {
            h.add(j.id()).add(j.lease()).add(j.moduleHash()).add(j.args().size());
            for (String a : j.args()) {
                h.add(a);
            }
            h.add(j.inputHash()).add(j.state().code()).add(j.submittedAt()).add(j.startedAt()).add(j.endedAt())
                    .add(j.outcome() == null ? -1 : j.outcome().number()).add(j.exitCode()).add(j.outputHash() == null ? "" : j.outputHash())
                    .add(j.outputBytes()).add(j.stderrHash() == null ? "" : j.stderrHash()).add(j.cpuMillis()).add(j.wallMillis())
                    .add(j.verify() ? 1 : 0);
        }
        return h.value();
    }

    /** Field by field: a record's own hashCode mixes in enum identity hashes, which differ from run to run. */
    static void addSpec(StateHash h, com.cyclex.market.MarketSpec s) {
        h.add(s.symbol()).add(s.resource()).add(s.delivery()).add(s.windowStart()).add(s.termMinutes())
                .add(s.tickSize()).add(s.minUnits()).add(s.maxUnits()).add(s.priceMin()).add(s.priceMax())
                .add(s.makerFeeBps()).add(s.takerFeeBps()).add(s.protectionTicks());
    }

    // ---- saving and restoring -----------------------------------------------------------------------

    /** Copies the live state. */
    public ExchangeState capture() {
        List<ExchangeState.SavedMember> saved = new ArrayList<>();
        for (Member m : members.all()) {
            saved.add(new ExchangeState.SavedMember(m.info(), m.tokenHash(), m.reputation()));
        }
        List<OrderInfo> orders = new ArrayList<>();
        for (Market market : markets.all()) {
            market.book().forEachOrder(o -> orders.add(EventCollector.info(market.id(), o)));
        }
        return new ExchangeState(clock, desk.nextOrderId(), ledger.postingCount(), saved, markets(), orders,
                ledger.snapshot(), leases.nextId(), List.copyOf(leases.open()), keys.all(), clearing.historyDigest(),
                clearing.rules(), List.copyOf(jobs.all()), jobs.peekNextId(), jobDesk.verifyBps(), jobDesk.salt());
    }

    /** Builds an exchange from a saved state. */
    public static Exchange restore(ExchangeState state) {
        Exchange x = new Exchange();
        List<ExchangeState.SavedMember> saved = state.members();
        for (int i = 0; i < saved.size(); i++) {
            MemberInfo info = saved.get(i).info();
            if (info.id() != i + 1) {
                throw new IllegalArgumentException("members out of order at id " + info.id());
            }
            Member m = i == 0 ? x.members.get(1)
                    : x.members.add(info.name(), saved.get(i).tokenHash(), info.joinedAt(), info.status());
            m.setStatus(info.status());
            m.restoreCores(info.declaredCores(), info.askCores(), info.leasedCores());
            m.setReputation(saved.get(i).reputation());
            x.ledger.openMember(m.id());
        }
        for (MarketInfo info : state.markets()) {
            Market m = x.markets.add(info.spec());
            if (m.id() != info.id()) {
                throw new IllegalArgumentException("markets out of order at id " + info.id());
            }
            m.setStatus(info.status());
        }
        for (OrderInfo o : state.orders()) {
            x.markets.get(o.market()).book().restore(Order.restored(o.id(), o.memberId(), o.side(), o.price(),
                    o.openUnits(), o.filledUnits(), o.timeInForce(), o.reserve()));
        }
        x.ledger.restore(state.balances(), state.postingCount());
        x.clearing.setRules(state.deliveryRules());
        x.leases.restoreNextId(state.nextLeaseId());
        for (Lease lease : state.openLeases()) {
            if (lease.id() >= state.nextLeaseId()) {
                throw new IllegalArgumentException("open lease " + lease.id() + " is not below the next lease id " + state.nextLeaseId());
            }
            x.leases.add(lease);
        }
        x.jobs.restoreNextId(state.nextJobId());
        for (Job job : state.openJobs()) {
            if (job.id() >= state.nextJobId() || job.state().finished()) {
                throw new IllegalArgumentException("open job " + job.id() + " is finished or not below the next job id "
                        + state.nextJobId());
            }
            x.jobs.put(job);
        }
        x.jobDesk.restoreVerification(state.verifyBps(), state.verifySalt());
        x.jobDesk.restoreChecking();
        x.keys.restore(state.keptResults());
        x.clearing.restoreHistoryDigest(state.historyDigest());
        x.desk.restoreNextOrderId(state.nextOrderId());
        x.clock = state.clock();
        x.time.restoreClock(state.clock());
        x.time.marketsChanged();
        return x;
    }

    /** Gives the terminals' first look at each market its latest trades again after a restart (not state). */
    public void restoreRecentTrades(List<Trade> oldestFirst) {
        for (Trade t : oldestFirst) {
            recent.add(t);
        }
    }
}
