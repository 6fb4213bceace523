package com.cyclex.sim.measure;

import java.util.Arrays;
import java.util.List;

/**
 * The competitive equilibrium of induced schedules: the quantity where demand (values, highest first) meets
 * supply (costs, lowest first), the range of prices that clears it, and the most surplus any allocation can have.
 * Ticks throughout; only {@link #price()} is a fraction.
 *
 * @param priceLow the lowest price at which demand equals supply (ticks)
 * @param priceHigh the highest such price (ticks)
 * @param quantity units traded at equilibrium
 * @param maxSurplus the sum of value minus cost over those units: the surplus of an efficient allocation
 */
public record Equilibrium(long priceLow, long priceHigh, int quantity, long maxSurplus) {

    /** The middle of the equilibrium range: the price Smith's alpha measures deviations from. */
    public double price() {
        return (priceLow + priceHigh) / 2.0;
    }

    /** The equilibrium of every buyer's unit values and every seller's unit costs, in ticks. */
    public static Equilibrium of(List<long[]> values, List<long[]> costs) {
        long[] demand = values.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long[] supply = costs.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        reverse(demand);
        int q = 0;
        long surplus = 0;
        while (q < demand.length && q < supply.length && demand[q] >= supply[q]) {
            surplus += demand[q] - supply[q];
            q++;
        }
        // At a clearing price p, exactly q units are demanded and supplied: the q-th units are willing
        // (supply[q-1] <= p <= demand[q-1]) and the next ones are not (p <= supply[q], p >= demand[q]).
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        if (q > 0) {
            low = supply[q - 1];
            high = demand[q - 1];
        }
        if (q < demand.length) {
            low = Math.max(low, demand[q]);
        }
        if (q < supply.length) {
            high = Math.min(high, supply[q]);
        }
        if (low == Long.MIN_VALUE) {
            low = high;
        }
        if (high == Long.MAX_VALUE) {
            high = low;
        }
        return new Equilibrium(low, high, q, surplus);
    }

    private static void reverse(long[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
