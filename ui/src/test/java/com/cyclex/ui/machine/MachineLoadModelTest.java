package com.cyclex.ui.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineLoadModelTest {
    private static final long ME = 1;

    @TempDir
    Path dir;
    ExchangeHost host;
    MachineLoadModel model;
    final List<CommandResult> refused = new ArrayList<>();
    /** Stands in for the JavaFX thread: the test runs what the model hands it, on the test's own thread. */
    final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() {
        host = ExchangeHost.open(dir);
        model = new MachineLoadModel(LocalClient.forHost(host), ME, fx::add);
        model.setOnRejected(refused::add);
    }

    @AfterEach
    void close() {
        host.close();
    }

    private static ExchangeEvent account(long member, int declared, long asks, long leased) {
        return new ExchangeEvent.AccountUpdated(new AccountInfo(member, 0, 0, declared, asks, leased));
    }

    @Test
    void theCommittedCoresFollowTheOperatorsAccountEvents() {
        model.onEvents(List.of(account(ME, 6, 2, 1)));
        model.accept(FakeSampler.even(8, 0.25));
        model.onEvents(List.of(account(ME, 6, 1, 3), account(7, 40, 20, 20)));
        model.accept(FakeSampler.even(8, 0.5));

        LoadHistory history = model.history();
        assertEquals(2, history.size());
        assertEquals(new LoadPoint(2, 1, 2, 6), history.get(0));
        assertEquals(new LoadPoint(4, 3, 1, 6), history.get(1));
        assertEquals(4, history.last().committedCores());
    }

    @Test
    void theRollingWindowStaysAtTwoMinutes() {
        for (int i = 0; i < 1000; i++) {
            model.accept(FakeSampler.even(4, (i % 10) / 10.0));
        }
        assertEquals(MachineLoadModel.HISTORY_SECONDS, model.history().size());
    }

    @Test
    void anEventNewerThanTheStartUpQueryWins() {
        model.onEvents(List.of(account(ME, 5, 0, 2)));
        model.initialAccount(new AccountInfo(ME, 0, 0, 0, 0, 0));
        assertEquals(2, model.account().leasedCores());
    }

    @Test
    void anUndeclaredMemberIsOfferedAllCoresButOne() {
        model.initialAccount(new AccountInfo(ME, 0, 0, 0, 0, 0));
        model.accept(FakeSampler.even(8, 0.1));
        assertEquals(7, model.spareToDeclareProperty().get());
        assertTrue(model.suggestedProperty().get());
    }

    @Test
    void aDeclaredMemberSeesItsOwnFigureNotASuggestion() {
        model.accept(FakeSampler.even(8, 0.1));
        model.initialAccount(new AccountInfo(ME, 0, 0, 3, 0, 0));
        assertEquals(3, model.spareToDeclareProperty().get());
        assertFalse(model.suggestedProperty().get());
    }

    @Test
    void declaringBelowTheCommittedCoresShowsTheExchangesSentence() throws InterruptedException {
        host.execute(new DeclareCapacity(ME, 4));
        int market = (int) host.execute(new CreateMarket(ME, MarketSpec.spot("CPU", 10, 1, 1, 100))).id();
        host.execute(PlaceOrder.limit(ME, market, Side.ASK, 50, 3, TimeInForce.GTC));

        model.spareToDeclareProperty().set(1);
        model.declare();
        runTheAnswer();

        assertEquals(1, refused.size());
        assertEquals(ResultCode.CAPACITY_BELOW_COMMITTED, refused.get(0).code());
        assertTrue(model.messageProperty().get().startsWith("You have 3 cores committed"),
                model.messageProperty().get());
    }

    private void runTheAnswer() throws InterruptedException {
        Runnable answer = fx.poll(10, TimeUnit.SECONDS);
        assertNotNull(answer, "the exchange never answered");
        answer.run();
        assertFalse(model.sendingProperty().get());
    }
}
