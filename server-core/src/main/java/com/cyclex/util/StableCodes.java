package com.cyclex.util;

import com.cyclex.lease.LeaseState;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.OrderType;
import com.cyclex.market.Resource;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberStatus;
import java.util.Arrays;
import java.util.EnumMap;

/**
 * The number each enum constant is written as wherever it outlives the process (the journal, the state
 * hash). A constant's code is its place in the list given here, not its ordinal, so reordering or adding
 * constants in the enum's source cannot change what an old journal means. Codes are never reused: a retired
 * constant keeps its place as a gap (null).
 */
public final class StableCodes<E extends Enum<E>> {
    public static final StableCodes<Side> SIDE = new StableCodes<>(Side.class, Side.BID, Side.ASK);
    public static final StableCodes<OrderType> ORDER_TYPE = new StableCodes<>(OrderType.class, OrderType.LIMIT, OrderType.MARKET);
    public static final StableCodes<TimeInForce> TIME_IN_FORCE = new StableCodes<>(TimeInForce.class,
            TimeInForce.GTC, TimeInForce.IOC, TimeInForce.FOK, TimeInForce.DAY);
    public static final StableCodes<Resource> RESOURCE = new StableCodes<>(Resource.class, Resource.CPU_CORE);
    public static final StableCodes<Delivery> DELIVERY = new StableCodes<>(Delivery.class, Delivery.SPOT, Delivery.WINDOW);
    public static final StableCodes<MemberStatus> MEMBER_STATUS = new StableCodes<>(MemberStatus.class,
            MemberStatus.PENDING, MemberStatus.ACTIVE, MemberStatus.SUSPENDED, MemberStatus.LEFT);
    public static final StableCodes<MarketStatus> MARKET_STATUS = new StableCodes<>(MarketStatus.class,
            MarketStatus.OPEN, MarketStatus.HALTED, MarketStatus.CLOSED);
    public static final StableCodes<LeaseState> LEASE_STATE = new StableCodes<>(LeaseState.class,
            LeaseState.SCHEDULED, LeaseState.ACTIVE, LeaseState.DELIVERED, LeaseState.FAILED);
    public static final StableCodes<CancelReason> CANCEL_REASON = new StableCodes<>(CancelReason.class,
            CancelReason.CANCELLED, CancelReason.REDUCED, CancelReason.IOC_REMAINDER, CancelReason.FOK_KILLED,
            CancelReason.SELF_TRADE, CancelReason.EXPIRED, CancelReason.MEMBER_INACTIVE);

    public static final StableCodes<com.cyclex.lease.LeaseEnd> LEASE_END = new StableCodes<>(com.cyclex.lease.LeaseEnd.class,
            com.cyclex.lease.LeaseEnd.SELLER_LOST, com.cyclex.lease.LeaseEnd.VERIFICATION_FAILED,
            com.cyclex.lease.LeaseEnd.SELLER_WITHDREW, com.cyclex.lease.LeaseEnd.HOST_ENDED);

    /** Written for a null constant. */
    public static final int NULL = 255;

    private static final java.util.Map<Class<?>, StableCodes<?>> BY_TYPE = java.util.Map.of(
            Side.class, SIDE, OrderType.class, ORDER_TYPE, TimeInForce.class, TIME_IN_FORCE, Resource.class, RESOURCE,
            Delivery.class, DELIVERY, MemberStatus.class, MEMBER_STATUS, MarketStatus.class, MARKET_STATUS,
            LeaseState.class, LEASE_STATE, CancelReason.class, CANCEL_REASON, com.cyclex.lease.LeaseEnd.class, LEASE_END);

    /** The stable code of a constant of any enum listed here; {@link #NULL} for null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int codeOf(Enum<?> value) {
        if (value == null) {
            return NULL;
        }
        StableCodes codes = BY_TYPE.get(value.getDeclaringClass());
        if (codes == null) {
            throw new IllegalArgumentException(value.getDeclaringClass().getSimpleName() + " has no stable codes");
        }
        return codes.code(value);
    }

    private final Class<E> type;
    private final Object[] byCode;
    private final EnumMap<E, Integer> codes;

    @SafeVarargs
    private StableCodes(Class<E> type, E... inCodeOrder) {
        this.type = type;
        this.byCode = inCodeOrder.clone();
        this.codes = new EnumMap<>(type);
        for (int code = 0; code < inCodeOrder.length; code++) {
            if (inCodeOrder[code] != null && codes.put(inCodeOrder[code], code) != null) {
                throw new IllegalStateException(inCodeOrder[code] + " has two codes");
            }
        }
        // A constant added to the enum but not here would have no code: fail at class load, in every test.
        E[] all = type.getEnumConstants();
        if (codes.size() != all.length) {
            throw new IllegalStateException(type.getSimpleName() + " constants without a stable code: "
                    + Arrays.stream(all).filter(e -> !codes.containsKey(e)).toList());
        }
    }

    /** The code of a constant; {@link #NULL} for null. */
    public int code(E value) {
        return value == null ? NULL : codes.get(value);
    }

    /** The constant with this code; null for {@link #NULL}. Unknown codes are refused, never guessed. */
    public E of(int code) {
        if (code == NULL) {
            return null;
        }
        if (code < 0 || code >= byCode.length || byCode[code] == null) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " has code " + code);
        }
        return type.cast(byCode[code]);
    }
}
