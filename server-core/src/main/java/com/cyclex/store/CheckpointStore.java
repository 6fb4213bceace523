package com.cyclex.store;

import static com.cyclex.store.schema.Tables.ACCOUNT;
import static com.cyclex.store.schema.Tables.CHECKPOINT;
import static com.cyclex.store.schema.Tables.JOURNAL;
import static com.cyclex.store.schema.Tables.LEASE;
import static com.cyclex.store.schema.Tables.MARKET;
import static com.cyclex.store.schema.Tables.MEMBER;
import static com.cyclex.store.schema.Tables.OPEN_ORDER;
import static com.cyclex.store.schema.Tables.TRADE;

import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.exchange.ExchangeState;
import com.cyclex.ledger.Ledger;
import com.cyclex.lease.Lease;
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
import com.cyclex.store.schema.tables.records.CheckpointRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The state tables: the whole exchange as of the latest checkpoint. Members, markets, accounts and open
 * orders are rewritten each time (they are small); trades and leases are merged in by id, so a checkpoint
 * carries only the leases since the last one that succeeded, and saving one twice does no harm.
 */
public final class CheckpointStore implements AutoCloseable {
    private static final int BATCH = 1000;

    private final Connection connection;
    private final DSLContext dsl;

    public CheckpointStore(Database database) {
        this.connection = database.connect();
        this.dsl = Database.dsl(connection);
    }

    /** The latest checkpoint, as written. */
    public record Mark(long lastSeq, long stateHash, long leaseCount) {
    }

    /**
     * Saves a state taken after command {@code lastSeq} and drops the journal batches it makes unnecessary, in
     * one transaction on this store's own connection: the journal thread keeps appending on its connection
     * meanwhile, and neither can commit or roll back the other's work.
     */
    public void save(ExchangeState state, long lastSeq, long stateHash) {
        try {
            dsl.deleteFrom(MEMBER).execute();
            BatchBindStep members = dsl.batch(dsl.insertInto(MEMBER, MEMBER.ID, MEMBER.NAME, MEMBER.TOKEN_HASH, MEMBER.STATUS,
                    MEMBER.DECLARED_CORES, MEMBER.ASK_CORES, MEMBER.LEASED_CORES, MEMBER.JOINED_AT)
                    .values((Long) null, null, null, null, null, null, null, null));
            for (ExchangeState.SavedMember saved : state.members()) {
                MemberInfo m = saved.info();
                members.bind(m.id(), m.name(), saved.tokenHash(), m.status().name(), m.declaredCores(), m.askCores(),
                        m.leasedCores(), m.joinedAt());
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
            insertLeases(state.leases());

            dsl.insertInto(CHECKPOINT).set(CHECKPOINT.LAST_SEQ, lastSeq).set(CHECKPOINT.CLOCK, state.clock())
                    .set(CHECKPOINT.NEXT_ORDER_ID, state.nextOrderId()).set(CHECKPOINT.POSTING_COUNT, state.postingCount())
                    .set(CHECKPOINT.LEASE_COUNT, state.leasesFrom() - 1 + state.leases().size())
                    .set(CHECKPOINT.STATE_HASH, stateHash).set(CHECKPOINT.TAKEN_AT, System.currentTimeMillis())
                    .execute();
            dsl.deleteFrom(JOURNAL).where(JOURNAL.LAST_SEQ.le(lastSeq)).execute();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one worth reporting
            }
            throw new StoreException("Could not save a checkpoint at command " + lastSeq + ": " + e.getMessage(), e);
        }
    }

    private void insertOrders(List<OrderInfo> orders) {
        BatchBindStep batch = dsl.batch(dsl.insertInto(OPEN_ORDER, OPEN_ORDER.ID, OPEN_ORDER.MARKET_ID, OPEN_ORDER.MEMBER_ID,
                OPEN_ORDER.SIDE, OPEN_ORDER.PRICE, OPEN_ORDER.OPEN_UNITS, OPEN_ORDER.FILLED_UNITS, OPEN_ORDER.TIME_IN_FORCE,
                OPEN_ORDER.RESERVE, OPEN_ORDER.PRIORITY)
                .values((Long) null, null, null, null, null, null, null, null, null, null));
        int priority = 0;
        int pending = 0;
        for (OrderInfo o : orders) {
            batch.bind(o.id(), o.market(), o.memberId(), o.side().name(), o.price(), o.openUnits(), o.filledUnits(),
                    o.timeInForce().name(), o.reserve(), priority++);
            if (++pending == BATCH) {
                batch.execute();
                batch = dsl.batch(dsl.insertInto(OPEN_ORDER, OPEN_ORDER.ID, OPEN_ORDER.MARKET_ID, OPEN_ORDER.MEMBER_ID,
                        OPEN_ORDER.SIDE, OPEN_ORDER.PRICE, OPEN_ORDER.OPEN_UNITS, OPEN_ORDER.FILLED_UNITS,
                        OPEN_ORDER.TIME_IN_FORCE, OPEN_ORDER.RESERVE, OPEN_ORDER.PRIORITY)
                        .values((Long) null, null, null, null, null, null, null, null, null, null));
                pending = 0;
            }
        }
        execute(batch, pending);
    }

    private void insertLeases(List<Lease> leases) {
        for (int from = 0; from < leases.size(); from += BATCH) {
            List<Lease> chunk = leases.subList(from, Math.min(leases.size(), from + BATCH));
            BatchBindStep trades = dsl.batch(dsl.mergeInto(TRADE, TRADE.ID, TRADE.MARKET_ID, TRADE.BID_ORDER_ID,
                    TRADE.ASK_ORDER_ID, TRADE.BUYER_ID, TRADE.SELLER_ID, TRADE.PRICE, TRADE.UNITS, TRADE.AGGRESSOR,
                    TRADE.TRADED_AT).values((Long) null, null, null, null, null, null, null, null, null, null));
            BatchBindStep rows = dsl.batch(dsl.mergeInto(LEASE, LEASE.ID, LEASE.TRADE_ID, LEASE.BUYER_ID, LEASE.SELLER_ID,
                    LEASE.CORES, LEASE.START_AT, LEASE.END_AT, LEASE.ESCROW, LEASE.SELLER_FEE, LEASE.STATE)
                    .values((Long) null, null, null, null, null, null, null, null, null, null));
            for (Lease lease : chunk) {
                Trade t = lease.trade();
                trades.bind(t.id(), t.market(), t.bidOrderId(), t.askOrderId(), t.buyerId(), t.sellerId(), t.price(),
                        t.units(), t.aggressor().name(), t.time());
                rows.bind(lease.id(), t.id(), t.buyerId(), t.sellerId(), lease.cores(), lease.start(), lease.end(),
                        lease.escrow(), lease.sellerFee(), lease.state().name());
            }
            trades.execute();
            rows.execute();
        }
    }

    private static void execute(BatchBindStep batch, int binds) {
        if (binds > 0) {
            batch.execute();
        }
    }

    /** The latest checkpoint, or null when none was ever taken. */
    public Mark latest() {
        CheckpointRecord r = dsl.selectFrom(CHECKPOINT).orderBy(CHECKPOINT.LAST_SEQ.desc()).limit(1).fetchOne();
        return r == null ? null : new Mark(r.getLastSeq(), r.getStateHash(), r.getLeaseCount());
    }

    /** Reads back the state of the latest checkpoint, or null when none was ever taken. */
    public ExchangeState load() {
        CheckpointRecord cp = dsl.selectFrom(CHECKPOINT).orderBy(CHECKPOINT.LAST_SEQ.desc()).limit(1).fetchOne();
        if (cp == null) {
            return null;
        }
        List<ExchangeState.SavedMember> members = new ArrayList<>();
        dsl.selectFrom(MEMBER).orderBy(MEMBER.ID).forEach(r -> members.add(new ExchangeState.SavedMember(
                new MemberInfo(r.getId(), r.getName(), MemberStatus.valueOf(r.getStatus()), r.getDeclaredCores(),
                        r.getAskCores(), r.getLeasedCores(), r.getJoinedAt()), r.getTokenHash())));
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
        List<Lease> leases = new ArrayList<>();
        try (var cursor = dsl.select(TRADE.fields()).select(LEASE.CORES, LEASE.START_AT, LEASE.END_AT, LEASE.ESCROW,
                        LEASE.SELLER_FEE, LEASE.STATE)
                .from(LEASE).join(TRADE).on(TRADE.ID.eq(LEASE.TRADE_ID))
                .where(LEASE.ID.le(cp.getLeaseCount())).orderBy(LEASE.ID).fetchLazy()) {
            for (var r : cursor) {
                Trade t = new Trade(r.get(TRADE.ID), r.get(TRADE.MARKET_ID), r.get(TRADE.BID_ORDER_ID),
                        r.get(TRADE.ASK_ORDER_ID), r.get(TRADE.BUYER_ID), r.get(TRADE.SELLER_ID), r.get(TRADE.PRICE),
                        r.get(TRADE.UNITS), Side.valueOf(r.get(TRADE.AGGRESSOR)), r.get(TRADE.TRADED_AT));
                leases.add(new Lease(t.id(), t, r.get(LEASE.CORES), r.get(LEASE.START_AT), r.get(LEASE.END_AT),
                        r.get(LEASE.ESCROW), r.get(LEASE.SELLER_FEE), LeaseState.valueOf(r.get(LEASE.STATE))));
            }
        }
        if (leases.size() != cp.getLeaseCount()) {
            throw new StoreException("The checkpoint names " + cp.getLeaseCount() + " leases but " + leases.size() + " are stored.");
        }
        return new ExchangeState(cp.getClock(), cp.getNextOrderId(), cp.getPostingCount(), members, markets, orders,
                balances, 1, leases);
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
