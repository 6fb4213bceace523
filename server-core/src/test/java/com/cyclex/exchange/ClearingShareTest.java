package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** A lease's share of its escrow is {@code amount * part / whole} rounded down, exactly, for every size. */
class ClearingShareTest {
    private static long exact(long amount, long part, long whole) {
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole)).longValueExact();
    }

    @Property(tries = 3000)
    void everyShareIsTheExactQuotient(@ForAll @LongRange(min = 0) long amount, @ForAll @LongRange(min = 1) long whole,
                                      @ForAll @LongRange(min = 0, max = 1_000_000) long permille) {
        // part at most whole, as a lease's delivered time is at most its term: the quotient then fits in a long
        long part = BigInteger.valueOf(whole).multiply(BigInteger.valueOf(permille)).divide(BigInteger.valueOf(1_000_000))
                .longValueExact();
        assertEquals(exact(amount, part, whole), Clearing.share(amount, part, whole));
    }

    @Property(tries = 1000)
    void productsPastALongToo(@ForAll @LongRange(min = 0, max = 1L << 40) long amount,
                              @ForAll @LongRange(min = 0, max = 1L << 40) long part,
                              @ForAll @LongRange(min = 1L << 20, max = 1L << 41) long whole) {
        assertEquals(exact(amount, part, whole), Clearing.share(amount, part, whole));
    }
}
