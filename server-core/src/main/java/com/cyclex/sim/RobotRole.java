package com.cyclex.sim;

import java.util.Locale;

/** The kinds of robot the demo runs; a robot member's name says its kind: robot-mm-1, robot-noise-2. */
public enum RobotRole {
    MARKET_MAKER("mm"),
    NOISE("noise"),
    TAKER("taker");

    private static final String PREFIX = "robot-";

    private final String tag;

    RobotRole(String tag) {
        this.tag = tag;
    }

    /** A new robot of this kind for one market. */
    public RobotTrader create(long anchor, long seed) {
        return switch (this) {
            case MARKET_MAKER -> new MarketMaker(anchor, seed);
            case NOISE -> new NoiseTrader(anchor, seed);
            case TAKER -> new LiquidityTaker(seed);
        };
    }

    /** The member name of the {@code n}th robot of this kind. */
    public String memberName(int n) {
        return PREFIX + tag + "-" + n;
    }

    /** The kind a robot member's name says, or null when the name is not a robot's. */
    public static RobotRole ofMemberName(String name) {
        if (name == null || !name.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return null;
        }
        String rest = name.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        for (RobotRole role : values()) {
            if (rest.startsWith(role.tag + "-") && rest.length() > role.tag.length() + 1
                    && rest.substring(role.tag.length() + 1).chars().allMatch(Character::isDigit)) {
                return role;
            }
        }
        return null;
    }
}
