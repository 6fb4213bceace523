package com.cyclex.market;

/** What a market trades. A unit is one of these for the market's term. */
public enum Resource {
    CPU_CORE
}
