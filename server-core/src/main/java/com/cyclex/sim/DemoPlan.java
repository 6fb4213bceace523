package com.cyclex.sim;

import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Resource;
import com.cyclex.member.MemberRegistry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo marketplace holds: its markets, its robot members and what each is given. Pure data, so the
 * same plan is set up on a live exchange ({@link DemoMarketplace}) and on an in-memory one in tests.
 *
 * <p>Prices: one tick is {@link #TICK} minor units per unit, and a core-minute is worth about 50 ticks, so a
 * core for ten minutes trades near 500 ticks and for an hour near 3000.
 */
public final class DemoPlan {
    public static final String SPOT_10M = "CPU.SPOT.10M";
    public static final String SPOT_1H = "CPU.SPOT.1H";
    /** A one-minute spot market, so that a demo shows whole lease lives (active, paid as delivered, delivered) in minutes. */
    public static final String SPOT_1M = "CPU.SPOT.1M";
    /** Window markets are named by the UTC hour their delivery starts: CPU.W1H.20250601T14Z. */
    public static final String WINDOW_PREFIX = "CPU.W1H.";
    public static final long TICK = 100;
    public static final int MAKER_FEE_BPS = 2;
    public static final int TAKER_FEE_BPS = 5;

    /*
     * Robots get the most cores a member may declare and credits for billions of trades, so a demo runs for
     * days at any rate: leases are delivered at the end of their term, which frees the sellers' cores and pays
     * them, so a robot's cores are bounded by what it sold in the last term, not by everything it ever sold.
     */
    public static final int ROBOT_CORES = MemberRegistry.MAX_CORES;
    /** 10^14 minor units each: eight robots hold under a thousandth of the exchange's limit of 10^18. */
    public static final long ROBOT_CREDITS = 100_000_000_000_000L;
    /** Enough for the operator to buy a few thousand core-hours at once. */
    public static final long HOST_CREDITS = 1_000_000_000L;

    private static final long HOUR = 3_600_000L;
    private static final long TICKS_PER_CORE_MINUTE = 50;
    private static final DateTimeFormatter HOUR_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HH'Z'").withZone(ZoneOffset.UTC);

    /** A robot member of the demo: its name and kind. */
    public record RobotMember(String name, RobotRole role) {
    }

    private DemoPlan() {
    }

    /** Two market makers, four noise traders and two liquidity takers. */
    public static List<RobotMember> robots() {
        List<RobotMember> out = new ArrayList<>();
        addRobots(out, RobotRole.MARKET_MAKER, 2);
        addRobots(out, RobotRole.NOISE, 4);
        addRobots(out, RobotRole.TAKER, 2);
        return out;
    }

    private static void addRobots(List<RobotMember> out, RobotRole role, int count) {
        for (int n = 1; n <= count; n++) {
            out.add(new RobotMember(role.memberName(n), role));
        }
    }

    /** The markets the demo lists at {@code now}: ten minutes and an hour of spot, an hour in a window, a minute of spot. */
    public static List<MarketSpec> markets(long now) {
        return List.of(spot(SPOT_10M, 10, 100), spot(SPOT_1H, 60, 50), window(now), spot(SPOT_1M, 1, 20));
    }

    /**
     * The two spot markets with their terms divided by {@code divisor} (at least a minute), for runs that must
     * see whole lease lives in minutes (the soak); named as the term they really have.
     */
    public static List<MarketSpec> shortMarkets(int divisor) {
        int shortTerm = Math.max(1, 10 / divisor);
        int longTerm = Math.max(1, 60 / divisor);
        return List.of(spot("CPU.SPOT." + shortTerm + "M", shortTerm, 100), spot("CPU.SPOT." + longTerm + "M", longTerm, 50));
    }

    /** An hour of cores delivered from the next full hour plus one, so the window trades for an hour or more. */
    public static MarketSpec window(long now) {
        long start = Math.floorDiv(now, HOUR) * HOUR + 2 * HOUR;
        String symbol = WINDOW_PREFIX + HOUR_NAME.format(Instant.ofEpochMilli(start));
        return cpu(symbol, Delivery.WINDOW, start, 60, 50);
    }

    private static MarketSpec spot(String symbol, int termMinutes, long maxUnits) {
        return cpu(symbol, Delivery.SPOT, 0, termMinutes, maxUnits);
    }

    /** A band up to ten times the usual price; market orders may trade up to 10% past the touch. */
    private static MarketSpec cpu(String symbol, Delivery delivery, long windowStart, int termMinutes, long maxUnits) {
        long usual = TICKS_PER_CORE_MINUTE * termMinutes;
        return new MarketSpec(symbol, Resource.CPU_CORE, delivery, windowStart, termMinutes, TICK, 1, maxUnits,
                1, 10 * usual, MAKER_FEE_BPS, TAKER_FEE_BPS, usual / 10);
    }

    /** The price robots start from in a market with no trades yet, in ticks. */
    public static long anchor(MarketSpec spec) {
        return Math.max(spec.priceMin(), Math.min(spec.priceMax(), TICKS_PER_CORE_MINUTE * spec.termMinutes()));
    }

    /** Whether a market is one the demo lists. */
    public static boolean isDemoMarket(String symbol) {
        return SPOT_10M.equals(symbol) || SPOT_1H.equals(symbol) || symbol.startsWith(WINDOW_PREFIX);
    }

    /** A robot for a member in a market; the same names give the same robot, run after run. */
    public static RobotTrader robotFor(RobotRole role, String memberName, MarketSpec spec) {
        long seed = 31L * memberName.hashCode() + spec.symbol().hashCode();
        return role.create(anchor(spec), seed);
    }
}
