package com.cyclex.ui.host;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.member.MemberInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The members table's rows, kept live by member and account events and filled in by a snapshot query (members and
 * each one's account). A snapshot is read while events keep arriving, so a row an event changed after the snapshot
 * was asked for keeps the event's newer figures. Lives on the JavaFX thread; needs no screen.
 */
public final class MembersModel {
    private final ObservableList<MemberRow> rows = FXCollections.observableArrayList();
    private final Map<Long, Integer> index = new HashMap<>();
    /** The frame (counted in event batches) in which each member last changed by an event. */
    private final Map<Long, Long> changedAt = new HashMap<>();
    private long batch;
    private long askedAt = -1;

    /** Members and their accounts, read on the client's threads. */
    public static CompletableFuture<List<MemberRow>> snapshot(ExchangeClient client) {
        return client.members().thenCompose(members -> {
            List<CompletableFuture<AccountInfo>> accounts = new ArrayList<>(members.size());
            for (MemberInfo m : members) {
                accounts.add(client.account(m.id()));
            }
            return CompletableFuture.allOf(accounts.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<MemberRow> list = new ArrayList<>(members.size());
                for (int i = 0; i < members.size(); i++) {
                    list.add(MemberRow.of(members.get(i), accounts.get(i).join()));
                }
                return list;
            });
        });
    }

    /** Call as the snapshot query is sent: events after this point are newer than its answer. */
    public void asked() {
        askedAt = batch;
    }

    /** A snapshot's answer: new members are added, the rest replaced unless an event has changed them since. */
    public void show(List<MemberRow> snapshot) {
        for (MemberRow row : snapshot) {
            if (changedAt.getOrDefault(row.id(), -1L) > askedAt) {
                continue;
            }
            put(row);
        }
    }

    /** One frame's events, coalesced: each changed row is replaced once however many events touched it. */
    public void onEvents(List<ExchangeEvent> events) {
        batch++;
        Map<Long, MemberRow> changed = new LinkedHashMap<>();
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.MemberUpdated u) {
                MemberInfo m = u.member();
                MemberRow base = current(changed, m.id());
                changed.put(m.id(), base == null ? MemberRow.of(m, null) : base.withMember(m));
            } else if (e instanceof ExchangeEvent.AccountUpdated u) {
                AccountInfo a = u.account();
                MemberRow base = current(changed, a.memberId());
                if (base != null) {
                    changed.put(a.memberId(), base.withAccount(a));
                }
                // An account of a member not seen yet: its MemberUpdated or the next snapshot brings the row.
            }
        }
        for (MemberRow row : changed.values()) {
            put(row);
            changedAt.put(row.id(), batch);
        }
    }

    private MemberRow current(Map<Long, MemberRow> changed, long id) {
        MemberRow row = changed.get(id);
        if (row != null) {
            return row;
        }
        Integer at = index.get(id);
        return at == null ? null : rows.get(at);
    }

    private void put(MemberRow row) {
        Integer at = index.get(row.id());
        if (at == null) {
            index.put(row.id(), rows.size());
            rows.add(row);
        } else if (!rows.get(at).equals(row)) {
            rows.set(at, row);
        }
    }

    /** In the order members joined; the table may sort a view of it. */
    public ObservableList<MemberRow> rows() {
        return rows;
    }

    /** The row of a member, or null. */
    public MemberRow row(long id) {
        Integer at = index.get(id);
        return at == null ? null : rows.get(at);
    }
}
