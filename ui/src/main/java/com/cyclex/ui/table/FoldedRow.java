package com.cyclex.ui.table;

import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;

/** A row whose tooltip reads what the table's folded columns say of it; no tooltip while none is folded. */
final class FoldedRow<S> extends TableRow<S> {
    private final ColumnFit fit;
    private final Tooltip tip = new Tooltip();

    FoldedRow(ColumnFit fit) {
        this.fit = fit;
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        // Written when shown, not at every refill: the rows of a busy table are refilled every frame.
        tip.setOnShowing(e -> tip.setText(getItem() == null ? "" : fit.folded(getItem())));
    }

    @Override
    protected void updateItem(S item, boolean empty) {
        super.updateItem(item, empty);
        Tooltip want = empty || item == null || !fit.anyFolded() ? null : tip;
        if (getTooltip() != want) {
            setTooltip(want);
        }
    }
}
