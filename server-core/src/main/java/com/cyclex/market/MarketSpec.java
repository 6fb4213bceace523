package com.cyclex.market;

/**
 * The definition of one market: a resource, a delivery and a term, and the rules for its orders.
 * Prices are in ticks; one tick is {@code tickSize} minor units of credits per unit.
 *
 * @param windowStart epoch milliseconds when WINDOW delivery begins; 0 for SPOT
 * @param protectionTicks how far past the best opposite price a market order may trade
 */
public record MarketSpec(
        String symbol,
        Resource resource,
        Delivery delivery,
        long windowStart,
        int termMinutes,
        long tickSize,
        long minUnits,
        long maxUnits,
        long priceMin,
        long priceMax,
        int makerFeeBps,
        int takerFeeBps,
        long protectionTicks) {

    /** A SPOT market of CPU cores with the usual rules: lots of 1 to 1000, fees 0. */
    public static MarketSpec spot(String symbol, int termMinutes, long tickSize, long priceMin, long priceMax) {
        return new MarketSpec(symbol, Resource.CPU_CORE, Delivery.SPOT, 0, termMinutes, tickSize, 1, 1000,
                priceMin, priceMax, 0, 0, Math.max(1, (priceMax - priceMin) / 10));
    }

    public MarketSpec withFees(int makerBps, int takerBps) {
        return new MarketSpec(symbol, resource, delivery, windowStart, termMinutes, tickSize, minUnits, maxUnits,
                priceMin, priceMax, makerBps, takerBps, protectionTicks);
    }

    public MarketSpec withLots(long min, long max) {
        return new MarketSpec(symbol, resource, delivery, windowStart, termMinutes, tickSize, min, max,
                priceMin, priceMax, makerFeeBps, takerFeeBps, protectionTicks);
    }

    public MarketSpec withWindow(long start) {
        return new MarketSpec(symbol, resource, Delivery.WINDOW, start, termMinutes, tickSize, minUnits, maxUnits,
                priceMin, priceMax, makerFeeBps, takerFeeBps, protectionTicks);
    }

    public PriceBand band() {
        return new PriceBand(priceMin, priceMax);
    }

    public long termMillis() {
        return termMinutes * 60_000L;
    }
}
