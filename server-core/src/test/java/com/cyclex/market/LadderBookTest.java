package com.cyclex.market;

/** The book contract on the fast ladder book, as {@link OrderBook#create} makes it. */
class LadderBookTest extends OrderBookContract {
    @Override
    OrderBook newBook(PriceBand band, BookListener listener) {
        return OrderBook.create(band, listener);
    }
}
