package com.cyclex.ui.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembersModelTest {
    private final MembersModel model = new MembersModel();

    private static MemberInfo member(long id, String name, MemberStatus status) {
        return new MemberInfo(id, name, status, 0, 0, 0, 0);
    }

    private static MemberRow row(long id, String name, MemberStatus status, long available) {
        return new MemberRow(id, name, status, 0, 0, 0, available, 0);
    }

    @Test
    void memberAndAccountEventsOfOneFrameChangeEachRowOnce() {
        model.onEvents(List.of(new ExchangeEvent.MemberUpdated(member(2, "alice", MemberStatus.PENDING))));
        model.onEvents(List.of(
                new ExchangeEvent.MemberUpdated(member(2, "alice", MemberStatus.ACTIVE)),
                new ExchangeEvent.AccountUpdated(new AccountInfo(2, 50_000, 1_000, 8, 3, 2)),
                new ExchangeEvent.AccountUpdated(new AccountInfo(2, 40_000, 2_000, 8, 4, 2))));

        MemberRow alice = model.row(2);
        assertEquals(MemberStatus.ACTIVE, alice.status());
        assertEquals(40_000, alice.available());
        assertEquals(4, alice.askCores());
        assertEquals(1, model.rows().size());
    }

    @Test
    void aSnapshotDoesNotUndoAnEventThatCameAfterItWasAskedFor() {
        model.asked();
        model.onEvents(List.of(new ExchangeEvent.MemberUpdated(member(2, "alice", MemberStatus.ACTIVE))));
        model.show(List.of(row(1, "host", MemberStatus.ACTIVE, 0), row(2, "alice", MemberStatus.PENDING, 0)));

        assertEquals(MemberStatus.ACTIVE, model.row(2).status());
        assertEquals(2, model.rows().size());
    }

    @Test
    void aSnapshotAskedAfterAnEventReplacesTheRow() {
        model.onEvents(List.of(new ExchangeEvent.MemberUpdated(member(2, "alice", MemberStatus.PENDING))));
        model.asked();
        model.show(List.of(row(2, "alice", MemberStatus.ACTIVE, 10_000)));

        assertEquals(MemberStatus.ACTIVE, model.row(2).status());
        assertEquals(10_000, model.row(2).available());
    }
}
