package com.cyclex.market;

/** A limit order names its worst price; a market order takes what the book offers, within a protection range. */
public enum OrderType {
    LIMIT,
    MARKET
}
