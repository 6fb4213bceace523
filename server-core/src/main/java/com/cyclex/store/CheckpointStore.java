package com.cyclex.store;

import static com.cyclex.store.schema.Tables.ACCOUNT;
import static com.cyclex.store.schema.Tables.CHECKPOINT;
import static com.cyclex.store.schema.Tables.EXCHANGE_START;
import static com.cyclex.store.schema.Tables.LEASE;
import static com.cyclex.store.schema.Tables.KEPT_RESULT;
import static com.cyclex.store.schema.Tables.MARKET;
import static com.cyclex.store.schema.Tables.MEMBER;
import static com.cyclex.store.schema.Tables.OPEN_JOB;
import static com.cyclex.store.schema.Tables.OPEN_LEASE;
import static com.cyclex.store.schema.Tables.OPEN_ORDER;
import static com.cyclex.store.schema.Tables.TRADE;

import com.cyclex.api.CommandResult;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.ResultCode;
import com.cyclex.api.OrderInfo;
import com.cyclex.exchange.ExchangeState;
import com.cyclex.ledger.Ledger;
import com.cyclex.job.JobCode;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Resource;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberStatus;
import com.cyclex.member.Reputation;
import com.cyclex.store.schema.tables.records.CheckpointRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The state tables: the live exchange as of the latest checkpoint (members, markets, accounts, open orders,
 * open leases, kept answers), rewritten whole each time. Their size follows what is live, not what happened:
 * history has tables of its own ({@link HistoryStore}).
 */
public final class CheckpointStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckpointStore.class);
    private static final int BATCH = 1000;
    /**
     * How a checkpoint's state hash was taken: 1 over every lease ever made, 2 over the live state and the history
     * digest, 3 as 2 but with the open leases by the digest the lease book keeps.
     */
    static final int HASH_VERSION = com.cyclex.exchange.Exchange.HASH_VERSION;

    /** The file is compacted when it has grown past this and past {@link #GROWTH} times its size after the last compaction. */
    static final long COMPACT_FLOOR_BYTES = 32L << 20;
    static final int GROWTH = 3;

    private final Database database;
    private final long compactFloor;
    private Connection connection;
    private DSLContext dsl;
    private long compactedSize;

    public CheckpointStore(Database database) {
        this(database, COMPACT_FLOOR_BYTES);
    }

    CheckpointStore(Database database, long compactFloor) {
        this.database = database;
        this.compactFloor = compactFloor;
        this.connection = database.connect();
        this.dsl = Database.dsl(connection);
        this.compactedSize = database.fileBytes();
    }

    /**
     * The latest checkpoint, as written.
     *
     * @param leaseCount leases made up to it (the next lease id - 1)
     * @param hashVersion how its state hash was taken
     */
    public record Mark(long lastSeq, long stateHash, long leaseCount, int hashVersion, long takenAt) {
    }

    /** Saves a state taken after command {@code lastSeq}, in one transaction on this store's own connection. */
    public void save(ExchangeState state, long lastSeq, long stateHash) {
        try {
            dsl.deleteFrom(MEMBER).execute();
            BatchBindStep members = dsl.batch(dsl.insertInto(MEMBER, MEMBER.ID, MEMBER.NAME, MEMBER.TOKEN_HASH, MEMBER.STATUS,
                    MEMBER.DECLARED_CORES, MEMBER.ASK_CORES, MEMBER.LEASED_CORES, MEMBER.JOINED_AT, MEMBER.LEASES_DELIVERED,
                    MEMBER.LEASES_FAILED, MEMBER.VERIFICATIONS_PASSED, MEMBER.VERIFICATIONS_FAILED)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null, null));
            for (ExchangeState.SavedMember saved : state.members()) {
                MemberInfo m = saved.info();
                Reputation r = saved.reputation();
                members.bind(m.id(), m.name(), saved.tokenHash(), m.status().name(), m.declaredCores(), m.askCores(),
                        m.leasedCores(), m.joinedAt(), r.leasesDelivered(), r.leasesFailed(), r.verificationsPassed(),
                        r.verificationsFailed());
            }
            execute(members, state.members().size());

            dsl.deleteFrom(MARKET).execute();
            for (MarketInfo market : state.markets()) {
                MarketSpec s = market.spec();
                dsl.insertInto(MARKET).set(MARKET.ID, market.id()).set(MARKET.SYMBOL, s.symbol())
                        .set(MARKET.RESOURCE, s.resource().name()).set(MARKET.DELIVERY, s.delivery().name())
                        .set(MARKET.WINDOW_START, s.windowStart()).set(MARKET.TERM_MINUTES, s.termMinutes())
                        .set(MARKET.TICK_SIZE, s.tickSize()).set(MARKET.MIN_UNITS, s.minUnits())
                        .set(MARKET.MAX_UNITS, s.maxUnits()).set(MARKET.PRICE_MIN, s.priceMin())
                        .set(MARKET.PRICE_MAX, s.priceMax()).set(MARKET.MAKER_FEE_BPS, s.makerFeeBps())
                        .set(MARKET.TAKER_FEE_BPS, s.takerFeeBps()).set(MARKET.PROTECTION_TICKS, s.protectionTicks())
                        .set(MARKET.STATUS, market.status().name()).execute();
            }

            dsl.deleteFrom(ACCOUNT).execute();
            BatchBindStep accounts = dsl.batch(dsl.insertInto(ACCOUNT, ACCOUNT.ID, ACCOUNT.MEMBER_ID, ACCOUNT.KIND, ACCOUNT.BALANCE)
                    .values((Integer) null, null, null, null));
            long[] balances = state.balances();
            for (int i = 0; i < balances.length; i++) {
                accounts.bind(i, AccountKinds.member(i), AccountKinds.kind(i), balances[i]);
            }
            execute(accounts, balances.length);

            dsl.deleteFrom(OPEN_ORDER).execute();
            insertOrders(state.orders());
            dsl.deleteFrom(OPEN_LEASE).execute();
            insertLeases(state.openLeases());
            dsl.deleteFrom(KEPT_RESULT).execute();
            insertKept(state.keptResults());
            dsl.deleteFrom(OPEN_JOB).execute();
            insertJobs(state.openJobs());

            dsl.insertInto(CHECKPOINT).set(CHECKPOINT.LAST_SEQ, lastSeq).set(CHECKPOINT.CLOCK, state.clock())
                    .set(CHECKPOINT.NEXT_ORDER_ID, state.nextOrderId()).set(CHECKPOINT.POSTING_COUNT, state.postingCount())
                    .set(CHECKPOINT.LEASE_COUNT, state.nextLeaseId() - 1)
                    .set(CHECKPOINT.STATE_HASH, stateHash).set(CHECKPOINT.TAKEN_AT, System.currentTimeMillis())
                    .set(CHECKPOINT.HASH_VERSION, HASH_VERSION).set(CHECKPOINT.HISTORY_DIGEST, state.historyDigest())
                    .set(CHECKPOINT.DELIVERY_RULES, state.deliveryRules())
                    .set(CHECKPOINT.NEXT_JOB_ID, state.nextJobId()).set(CHECKPOINT.VERIFY_BPS, state.verifyBps())
                    .set(CHECKPOINT.VERIFY_SALT, state.verifySalt())
                    .execute();
            // Only the latest checkpoint is ever read: older marks would only grow the table.
            dsl.deleteFrom(CHECKPOINT).where(CHECKPOINT.LAST_SEQ.lt(lastSeq)).execute();
            LegacyJournal.deleteThrough(dsl, lastSeq);
            connection.commit();
            // The journal before this checkpoint is deleted next: the checkpoint must be on the device first.
            dsl.execute("CHECKPOINT SYNC");
            compactIfGrown();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one worth reporting
            }
            throw new StoreException("Could not save a checkpoint at command " + lastSeq + ": " + e.getMessage(), e);
        }
    }

    /**
     * Each checkpoint replaces the last one's rows, and H2 reuses the space of deleted rows poorly: in a soak the
     * file grew by 8 MB a minute with one checkpoint a minute. Between checkpoints nobody else uses this file,
     * so when it has grown well past its last compacted size it is compacted whole, right after a checkpoint
     * is safely on the device (H2 writes the compacted copy aside and then moves it over the file).
     */
    private void compactIfGrown() {
        long size = database.fileBytes();
        if (size <= compactFloor || size <= GROWTH * compactedSize) {
            return;
        }
        long t0 = System.nanoTime();
        closeConnection();
        database.compact();
        connection = database.connect();
        dsl = Database.dsl(connection);
        compactedSize = database.fileBytes();
        LOG.info("Compacted the database file from {} to {} bytes in {} ms", size, compactedSize, (System.nanoTime() - t0) / 1_000_000);
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the checkpoint connection failed: {}", e.getMessage());
        }
    }

    private void insertOrders(List<OrderInfo> orders) {
        for (int from = 0; from < orders.size(); from += BATCH) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(OPEN_ORDER, OPEN_ORDER.ID, OPEN_ORDER.MARKET_ID, OPEN_ORDER.MEMBER_ID,
                    OPEN_ORDER.SIDE, OPEN_ORDER.PRICE, OPEN_ORDER.OPEN_UNITS, OPEN_ORDER.FILLED_UNITS, OPEN_ORDER.TIME_IN_FORCE,
                    OPEN_ORDER.RESERVE, OPEN_ORDER.PRIORITY)
                    .values((Long) null, null, null, null, null, null, null, null, null, null));
            int to = Math.min(orders.size(), from + BATCH);
            for (int priority = from; priority < to; priority++) {
                OrderInfo o = orders.get(priority);
                batch.bind(o.id(), o.market(), o.memberId(), o.side().name(), o.price(), o.openUnits(), o.filledUnits(),
                        o.timeInForce().name(), o.reserve(), priority);
            }
            batch.execute();
        }
    }

    private void insertLeases(List<Lease> leases) {
        for (int from = 0; from < leases.size(); from += BATCH) {
            BatchBindStep rows = dsl.batch(dsl.insertInto(OPEN_LEASE, OPEN_LEASE.ID, OPEN_LEASE.MARKET_ID, OPEN_LEASE.BID_ORDER_ID,
                    OPEN_LEASE.ASK_ORDER_ID, OPEN_LEASE.BUYER_ID, OPEN_LEASE.SELLER_ID, OPEN_LEASE.PRICE, OPEN_LEASE.UNITS,
                    OPEN_LEASE.AGGRESSOR, OPEN_LEASE.TRADED_AT, OPEN_LEASE.CORES, OPEN_LEASE.START_AT, OPEN_LEASE.END_AT,
                    OPEN_LEASE.ESCROW, OPEN_LEASE.SELLER_FEE, OPEN_LEASE.STATE, OPEN_LEASE.PAID, OPEN_LEASE.FEE_TAKEN,
                    OPEN_LEASE.REFUNDED, OPEN_LEASE.DELIVERED_TO, OPEN_LEASE.ENDING)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null));
            for (Lease lease : leases.subList(from, Math.min(leases.size(), from + BATCH))) {
                Trade t = lease.trade();
                rows.bind(lease.id(), t.market(), t.bidOrderId(), t.askOrderId(), t.buyerId(), t.sellerId(), t.price(),
                        t.units(), t.aggressor().name(), t.time(), lease.cores(), lease.start(), lease.end(), lease.escrow(),
                        lease.sellerFee(), lease.state().name(), lease.paid(), lease.feeTaken(), lease.refunded(),
                        lease.deliveredTo(), lease.ending() == null ? null : lease.ending().name());
            }
            rows.execute();
        }
    }

    private void insertKept(List<ExchangeState.KeptResult> kept) {
        for (int from = 0; from < kept.size(); from += BATCH) {
            BatchBindStep rows = dsl.batch(dsl.insertInto(KEPT_RESULT, KEPT_RESULT.SLOT, KEPT_RESULT.ACTOR, KEPT_RESULT.IDEMPOTENCY_KEY,
                    KEPT_RESULT.KEPT_AT, KEPT_RESULT.RESULT_CODE, KEPT_RESULT.RESULT_ID, KEPT_RESULT.FILLED_UNITS, KEPT_RESULT.OPEN_UNITS)
                    .values((Integer) null, null, null, null, null, null, null, null));
            int to = Math.min(kept.size(), from + BATCH);
            for (int slot = from; slot < to; slot++) {
                ExchangeState.KeptResult k = kept.get(slot);
                CommandResult r = k.result();
                rows.bind(slot, k.actor(), k.key(), k.time(), r.code().number(), r.id(), r.filledUnits(), r.openUnits());
            }
            rows.execute();
        }
    }

    private void insertJobs(List<Job> jobs) {
        for (int from = 0; from < jobs.size(); from += BATCH) {
            BatchBindStep rows = dsl.batch(dsl.insertInto(OPEN_JOB, OPEN_JOB.ID, OPEN_JOB.LEASE_ID, OPEN_JOB.BUYER_ID,
                    OPEN_JOB.SELLER_ID, OPEN_JOB.MODULE_HASH, OPEN_JOB.ARGS, OPEN_JOB.INPUT_HASH, OPEN_JOB.STATE,
                    OPEN_JOB.SUBMITTED_AT, OPEN_JOB.STARTED_AT, OPEN_JOB.ENDED_AT, OPEN_JOB.OUTCOME, OPEN_JOB.EXIT_CODE,
                    OPEN_JOB.OUTPUT_HASH, OPEN_JOB.OUTPUT_BYTES, OPEN_JOB.STDERR_HASH, OPEN_JOB.CPU_MILLIS,
                    OPEN_JOB.WALL_MILLIS, OPEN_JOB.VERIFY)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null));
            for (Job j : jobs.subList(from, Math.min(jobs.size(), from + BATCH))) {
                rows.bind(j.id(), j.lease(), j.buyerId(), j.sellerId(), j.moduleHash(), String.join("\0", j.args()),
                        j.inputHash(), j.state().name(), j.submittedAt(), j.startedAt(), j.endedAt(),
                        j.outcome() == null ? null : j.outcome().number(), j.exitCode(), j.outputHash(), j.outputBytes(),
                        j.stderrHash(), j.cpuMillis(), j.wallMillis(), j.verify());
            }
            rows.execute();
        }
    }

    private List<Job> loadOpenJobs() {
        List<Job> jobs = new ArrayList<>();
        dsl.selectFrom(OPEN_JOB).orderBy(OPEN_JOB.ID).forEach(r -> jobs.add(new Job(r.getId(), r.getLeaseId(), r.getBuyerId(),
                r.getSellerId(), r.getModuleHash(), List.of(r.getArgs().split("\0", -1)), r.getInputHash(),
                JobState.valueOf(r.getState()), r.getSubmittedAt(), r.getStartedAt(), r.getEndedAt(),
                r.getOutcome() == null ? null : JobCode.of(r.getOutcome()), r.getExitCode(), r.getOutputHash(),
                r.getOutputBytes(), r.getStderrHash(), r.getCpuMillis(), r.getWallMillis(), r.getVerify())));
        return jobs;
    }

    private static void execute(BatchBindStep batch, int binds) {
        if (binds > 0) {
            batch.execute();
        }
    }

    /** The latest checkpoint, or null when none was ever taken. */
    public Mark latest() {
        CheckpointRecord r = latestRecord();
        return r == null ? null : new Mark(r.getLastSeq(), r.getStateHash(), r.getLeaseCount(), r.getHashVersion(), r.getTakenAt());
    }

    private CheckpointRecord latestRecord() {
        return dsl.selectFrom(CHECKPOINT).orderBy(CHECKPOINT.LAST_SEQ.desc()).limit(1).fetchOne();
    }

    /** Reads back the state of the latest checkpoint, or null when none was ever taken. */
    public ExchangeState load() {
        CheckpointRecord cp = latestRecord();
        if (cp == null) {
            return null;
        }
        List<ExchangeState.SavedMember> members = new ArrayList<>();
        dsl.selectFrom(MEMBER).orderBy(MEMBER.ID).forEach(r -> members.add(new ExchangeState.SavedMember(
                new MemberInfo(r.getId(), r.getName(), MemberStatus.valueOf(r.getStatus()), r.getDeclaredCores(),
                        r.getAskCores(), r.getLeasedCores(), r.getJoinedAt()), r.getTokenHash(),
                new Reputation(r.getId(), r.getLeasesDelivered(), r.getLeasesFailed(), r.getVerificationsPassed(),
                        r.getVerificationsFailed()))));
        List<MarketInfo> markets = new ArrayList<>();
        dsl.selectFrom(MARKET).orderBy(MARKET.ID).forEach(r -> markets.add(new MarketInfo(r.getId(),
                new MarketSpec(r.getSymbol(), Resource.valueOf(r.getResource()), Delivery.valueOf(r.getDelivery()),
                        r.getWindowStart(), r.getTermMinutes(), r.getTickSize(), r.getMinUnits(), r.getMaxUnits(),
                        r.getPriceMin(), r.getPriceMax(), r.getMakerFeeBps(), r.getTakerFeeBps(), r.getProtectionTicks()),
                MarketStatus.valueOf(r.getStatus()))));
        List<Long> balanceList = new ArrayList<>();
        dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.ID).forEach(r -> {
            if (r.getId() != balanceList.size()) {
                throw new StoreException("Ledger account " + balanceList.size() + " is missing from the checkpoint.");
            }
            balanceList.add(r.getBalance());
        });
        long[] balances = balanceList.stream().mapToLong(Long::longValue).toArray();
        List<OrderInfo> orders = new ArrayList<>();
        dsl.selectFrom(OPEN_ORDER).orderBy(OPEN_ORDER.PRIORITY).forEach(r -> orders.add(new OrderInfo(r.getId(),
                r.getMarketId(), r.getMemberId(), Side.valueOf(r.getSide()), r.getPrice(), r.getOpenUnits(),
                r.getFilledUnits(), TimeInForce.valueOf(r.getTimeInForce()), r.getReserve(), true)));
        List<Lease> leases = cp.getHashVersion() == 1 ? loadVersion1Leases(cp.getLeaseCount()) : loadOpenLeases();
        List<ExchangeState.KeptResult> kept = new ArrayList<>();
        dsl.selectFrom(KEPT_RESULT).orderBy(KEPT_RESULT.SLOT).forEach(r -> kept.add(new ExchangeState.KeptResult(r.getActor(),
                r.getIdempotencyKey(), r.getKeptAt(), new CommandResult(resultCode(r.getResultCode()), null, r.getResultId(),
                r.getFilledUnits(), r.getOpenUnits()))));
        return new ExchangeState(cp.getClock(), cp.getNextOrderId(), cp.getPostingCount(), members, markets, orders,
                balances, cp.getLeaseCount() + 1, leases, kept, cp.getHistoryDigest(), cp.getDeliveryRules(), loadOpenJobs(),
                cp.getNextJobId(), cp.getVerifyBps(), cp.getVerifySalt());
    }

    private static ResultCode resultCode(int number) {
        for (ResultCode c : ResultCode.values()) {
            if (c.number() == number) {
                return c;
            }
        }
        throw new StoreException("A kept answer has the result code " + number + ", which this Cyclex does not know.");
    }

    private List<Lease> loadOpenLeases() {
        List<Lease> leases = new ArrayList<>();
        dsl.selectFrom(OPEN_LEASE).orderBy(OPEN_LEASE.ID).forEach(r -> {
            Trade t = new Trade(r.getId(), r.getMarketId(), r.getBidOrderId(), r.getAskOrderId(), r.getBuyerId(),
                    r.getSellerId(), r.getPrice(), r.getUnits(), Side.valueOf(r.getAggressor()), r.getTradedAt());
            // A lease saved before leases paid as they went has no delivery columns: it delivered nothing yet.
            long deliveredTo = r.getDeliveredTo() == null ? r.getStartAt() : r.getDeliveredTo();
            leases.add(new Lease(r.getId(), t, r.getCores(), r.getStartAt(), r.getEndAt(), r.getEscrow(), r.getSellerFee(),
                    LeaseState.valueOf(r.getState()), r.getPaid(), r.getFeeTaken(), r.getRefunded(), deliveredTo,
                    r.getEnding() == null ? null : LeaseEnd.valueOf(r.getEnding())));
        });
        return leases;
    }

    /**
     * Version 1 kept every lease (all of them open, since nothing settled then) in the history tables, and
     * its checkpoints named how many.
     */
    private List<Lease> loadVersion1Leases(long leaseCount) {
        List<Lease> leases = new ArrayList<>();
        try (var cursor = dsl.select(TRADE.fields()).select(LEASE.CORES, LEASE.START_AT, LEASE.END_AT, LEASE.ESCROW,
                        LEASE.SELLER_FEE, LEASE.STATE)
                .from(LEASE).join(TRADE).on(TRADE.ID.eq(LEASE.TRADE_ID))
                .where(LEASE.ID.le(leaseCount)).orderBy(LEASE.ID).fetchLazy()) {
            for (var r : cursor) {
                Trade t = new Trade(r.get(TRADE.ID), r.get(TRADE.MARKET_ID), r.get(TRADE.BID_ORDER_ID),
                        r.get(TRADE.ASK_ORDER_ID), r.get(TRADE.BUYER_ID), r.get(TRADE.SELLER_ID), r.get(TRADE.PRICE),
                        r.get(TRADE.UNITS), Side.valueOf(r.get(TRADE.AGGRESSOR)), r.get(TRADE.TRADED_AT));
                leases.add(new Lease(t.id(), t, r.get(LEASE.CORES), r.get(LEASE.START_AT), r.get(LEASE.END_AT),
                        r.get(LEASE.ESCROW), r.get(LEASE.SELLER_FEE), LeaseState.valueOf(r.get(LEASE.STATE))));
            }
        }
        if (leases.size() != leaseCount) {
            throw new StoreException("The checkpoint names " + leaseCount + " leases but " + leases.size() + " are stored.");
        }
        return leases;
    }

    /** The delivery rules the exchange of this data dir started with (1 for one created before there were versions). */
    public int startingDeliveryRules() {
        Integer rules = dsl.select(EXCHANGE_START.DELIVERY_RULES).from(EXCHANGE_START).where(EXCHANGE_START.ID.eq(1))
                .fetchOne(EXCHANGE_START.DELIVERY_RULES);
        return rules == null ? 1 : rules;
    }

    DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Could not close the checkpoint store: " + e.getMessage(), e);
        }
    }

    /** How ledger account indexes read as rows: whose account, and which kind. */
    static final class AccountKinds {
        private AccountKinds() {
        }

        static Long member(int account) {
            return account < Ledger.availableAccount(1) ? null : (long) ((account - Ledger.availableAccount(1)) / 2 + 1);
        }

        static String kind(int account) {
            switch (account) {
                case Ledger.ISSUANCE:
                    return "ISSUANCE";
                case Ledger.FEES:
                    return "FEES";
                case Ledger.LEASE_ESCROW:
                    return "LEASE_ESCROW";
                default:
                    return account == Ledger.availableAccount(member(account)) ? "AVAILABLE" : "HELD";
            }
        }
    }
}
