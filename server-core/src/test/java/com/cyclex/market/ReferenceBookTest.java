package com.cyclex.market;

/** The book contract on the reference book, which the differential test trusts. */
class ReferenceBookTest extends OrderBookContract {
    @Override
    OrderBook newBook(PriceBand band, BookListener listener) {
        return new ReferenceBook(band, listener);
    }
}
