package com.cyclex.net;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Values of the wire's records for properties: any numbers, the extremes often, every constant. */
final class WireArbitraries {
    private WireArbitraries() {
    }

    static Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE));
    }

    static Arbitrary<Integer> ints() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE));
    }

    /** Orders, some without a time in force (the public's copy of an order has none). */
    static Arbitrary<OrderInfo> orders() {
        return Combinators.combine(longs(), ints(), longs(), Arbitraries.of(Side.class), longs(), longs(), longs(),
                        Arbitraries.of(TimeInForce.class).injectNull(0.2))
                .as((id, market, member, side, price, open, filled, tif) -> new Object[] {id, market, member, side, price,
                        open, filled, tif})
                .flatMap(a -> Combinators.combine(longs(), Arbitraries.of(true, false)).as((reserve, resting) ->
                        new OrderInfo((long) a[0], (int) a[1], (long) a[2], (Side) a[3], (long) a[4], (long) a[5],
                                (long) a[6], (TimeInForce) a[7], reserve, resting)));
    }

    /** Order and account events: the kinds the stream's one-pass reader and writer know. */
    static Arbitrary<ExchangeEvent> orderAndAccountEvents() {
        Arbitrary<ExchangeEvent> order = Combinators.combine(orders(), Arbitraries.of(CancelReason.class).injectNull(0.4))
                .as(ExchangeEvent.OrderUpdated::new);
        Arbitrary<ExchangeEvent> account = Combinators.combine(longs(), longs(), longs(), ints(), longs(), longs())
                .as((m, a, h, d, ask, leased) -> new ExchangeEvent.AccountUpdated(new AccountInfo(m, a, h, d, ask, leased)));
        return Arbitraries.oneOf(order, account);
    }
}
