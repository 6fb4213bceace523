package com.cyclex.ui.trades;

import static com.cyclex.ui.trades.FxWait.read;
import static com.cyclex.ui.trades.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class TradeFeedTest extends ApplicationTest {
    final StubClient client = new StubClient();
    final List<String> heard = new ArrayList<>();
    Terminal terminal;

    @Override
    public void start(Stage stage) {
        terminal = new Terminal(client, new TerminalOptions(false, null, "test"));
        new TradeFeed(terminal, 100, new TradeFeed.Listener() {
            @Override
            public void reset(List<Trade> oldestFirst) {
                heard.add("reset " + ids(oldestFirst));
            }

            @Override
            public void append(List<Trade> oldestFirst) {
                heard.add("append " + ids(oldestFirst));
            }
        });
        terminal.live().start();
    }

    @AfterEach
    void stopLive() {
        interact(() -> terminal.live().stop());
    }

    static Trade trade(long id) {
        return new Trade(id, 1, id, id, 2, 3, 100, 1, Side.BID, id);
    }

    static List<Long> ids(List<Trade> trades) {
        return trades.stream().map(Trade::id).toList();
    }

    static ExchangeEvent[] executed(long... ids) {
        return LongStream.of(ids).mapToObj(id -> new ExchangeEvent.TradeExecuted(trade(id))).toArray(ExchangeEvent[]::new);
    }

    @Test
    void tradesThatArriveWhileTheFetchIsOnItsWayAreShownOnceAndInOrder() {
        until("the market is chosen and its trades asked for", () -> !client.fetches.isEmpty());
        CompletableFuture<List<Trade>> fetch = client.fetches.poll();

        client.publish(executed(3, 4));
        client.publish(executed(5));
        until("the events were delivered", () -> terminal.live().eventsDelivered() == 3);
        fetch.complete(List.of(trade(1), trade(2), trade(3)));
        until("the fetch arrived", () -> heard.size() >= 3);

        client.publish(executed(4, 6));
        until("the next trade arrived", () -> heard.size() >= 4);
        assertEquals(List.of("reset []", "reset [1, 2, 3]", "append [4, 5]", "append [6]"), read(() -> List.copyOf(heard)));
    }

    @Test
    void aFailedFetchStillLetsLiveTradesThrough() {
        until("the trades are asked for", () -> !client.fetches.isEmpty());
        client.publish(executed(8));
        until("the event was delivered", () -> terminal.live().eventsDelivered() == 1);
        client.fetches.poll().completeExceptionally(new IllegalStateException("connection lost"));

        until("the held-back trade is shown", () -> heard.contains("append [8]"));
        assertEquals(List.of("reset []", "reset []", "append [8]"), read(() -> List.copyOf(heard)));
    }
}
