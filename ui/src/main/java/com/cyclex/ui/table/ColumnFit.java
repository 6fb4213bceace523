package com.cyclex.ui.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps a table's columns at least as wide as what they show, so no figure, symbol or button is cut to "…".
 * After a layout pass in which the rows changed, it measures the cells and headers on screen (in the fonts and
 * paddings the stylesheets gave them) and widens a column whose content needs more than it has. Columns only
 * grow, so they do not jump as figures come and go; when they add up to more than the table's width, the table
 * scrolls sideways rather than cutting anything. The measuring runs only after the rows changed, not every frame.
 *
 * <p>Columns marked {@linkplain #fold foldable} go first when the columns do not fit: they are hidden, in the
 * order they were marked, until the rest fit, and come back when there is room for them again. What a folded
 * column said is in the row's tooltip, so a narrow window loses no figure, it only moves it under the pointer.
 */
public final class ColumnFit {
    /** Room for the sort arrow a header shows when its column is sorted. */
    private static final double SORT_ARROW = 14;
    /** Room kept for the vertical scroll bar, which takes its width from the columns when the rows overflow. */
    private static final double SCROLL_BAR = 14;
    /** Rows of a busy table change every frame; measuring a few times a second keeps up with what a person reads. */
    private static final long EVERY_NANOS = 250_000_000L;
    private final TableView<?> table;
    private final Text measure = new Text();
    /** The policy the table was made with, used again while its columns fit. */
    @SuppressWarnings("rawtypes")
    private final Callback constrained;
    private final List<Fold> folds = new ArrayList<>();
    private boolean stale = true;
    private long measuredAt = Long.MIN_VALUE / 2;

    @SuppressWarnings({"rawtypes", "unchecked"})
    private ColumnFit(TableView<?> table) {
        this.table = table;
        this.constrained = (Callback) table.getColumnResizePolicy();
    }

    /** Makes {@code table}'s columns fit their content from now on. */
    public static ColumnFit fit(TableView<?> table) {
        ColumnFit fit = new ColumnFit(table);
        table.getProperties().put(ColumnFit.class, fit);
        // An invalidation listener, not a change listener: a change listener is not told when an empty list is
        // replaced by another empty list (they are equal), which is how every view sets its rows.
        ListChangeListener<Object> rowsChanged = c -> fit.stale = true;
        table.getItems().addListener(rowsChanged);
        table.itemsProperty().addListener(new InvalidationListener() {
            private ObservableList<?> listened = table.getItems();

            @Override
            public void invalidated(Observable o) {
                ObservableList<?> now = table.getItems();
                if (now != listened) {
                    listened.removeListener(rowsChanged);
                    now.addListener(rowsChanged);
                    listened = now;
                    fit.stale = true;
                }
            }
        });
        table.widthProperty().addListener(o -> fit.stale = true);
        Runnable pass = fit::afterLayout;
        table.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(pass);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(pass);
            }
        });
        Scene scene = table.getScene();
        if (scene != null) {
            scene.addPostLayoutPulseListener(pass);
        }
        return fit;
    }

    /** A column that may be hidden while the table is too narrow, and how a row's cell reads in the row's tooltip. */
    private record Fold(TableColumnBase<?, ?> column, Function<Object, String> words) {
    }

    /**
     * Lets {@code column} be hidden while the table is too narrow for all its columns; columns fold in the order
     * they are marked and come back in the reverse order. The row's tooltip then reads the column's title and
     * {@code words} of the row.
     */
    @SuppressWarnings("unchecked")
    public static <S> void fold(TableView<S> table, TableColumn<S, ?> column, Function<? super S, String> words) {
        if (!(table.getProperties().get(ColumnFit.class) instanceof ColumnFit fit)) {
            throw new IllegalStateException("fold a column of a fitted table: call ColumnFit.fit first");
        }
        if (fit.folds.isEmpty()) {
            if (table.getRowFactory() != null) {
                throw new IllegalStateException("a table with its own rows cannot show folded columns in their tooltips");
            }
            table.setRowFactory(t -> new FoldedRow<>(fit));
        }
        fit.folds.add(new Fold(column, (Function<Object, String>) words));
    }

    /** The same for a column of words: the tooltip reads what its cell would. */
    public static <S> void fold(TableView<S> table, TableColumn<S, String> column) {
        fold(table, column, column::getCellData);
    }

    /** The tooltip of a row while columns are folded: each folded column's title and what it says of the row. */
    String folded(Object item) {
        StringBuilder b = new StringBuilder();
        for (Fold f : folds) {
            if (!f.column().isVisible()) {
                String words = f.words().apply(item);
                b.append(b.length() == 0 ? "" : "\n").append(f.column().getText()).append(": ")
                        .append(words == null || words.isEmpty() ? "—" : words);
            }
        }
        return b.toString();
    }

    boolean anyFolded() {
        for (Fold f : folds) {
            if (!f.column().isVisible()) {
                return true;
            }
        }
        return false;
    }

    /** Marks a fitted table for measuring at the next layout: for changes its items do not show, such as a refresh. */
    public static void refit(TableView<?> table) {
        if (table.getProperties().get(ColumnFit.class) instanceof ColumnFit fit) {
            fit.stale = true;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void afterLayout() {
        if (!stale || table.getSkin() == null || !showing()) {
            return;
        }
        long now = System.nanoTime();
        if (now - measuredAt < EVERY_NANOS) {
            // Measured a moment ago: again at a later pulse, which an idle window would otherwise not have
            // (a layout request is what makes the scene run its pulse listeners again).
            Platform.runLater(table::requestLayout);
            return;
        }
        measuredAt = now;
        Map<TableColumnBase<?, ?>, Double> needed = new HashMap<>();
        int filled = 0;
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null && !cell.isEmpty()) {
                needed.merge(cell.getTableColumn(), width(cell), Math::max);
                filled++;
            }
        }
        // New rows get their cells at the table's next layout: measure again then.
        stale = filled == 0 && !table.getItems().isEmpty();
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader header && header.getTableColumn() != null) {
                Labeled label = (Labeled) header.lookup(".label");
                if (label != null && label.getText() != null && !label.getText().isEmpty()) {
                    Insets in = header.getInsets();
                    double w = in.getLeft() + in.getRight() + width(label) + (header.getTableColumn().isSortable() ? SORT_ARROW : 0);
                    needed.merge(header.getTableColumn(), w, Math::max);
                }
            }
        }
        needed.forEach((column, width) -> {
            double w = Math.ceil(width);
            if (w > column.getMinWidth()) {
                column.setMinWidth(w);
                if (column.getPrefWidth() < w) {
                    column.setPrefWidth(w);
                }
            }
        });
        // A constrained table squeezes columns below their minimum when they cannot all fit; then let it scroll.
        double sum = 0;
        for (TableColumnBase<?, ?> column : table.getVisibleLeafColumns()) {
            sum += column.getMinWidth();
        }
        Insets in = table.getInsets();
        double room = table.getWidth() - in.getLeft() - in.getRight() - SCROLL_BAR;
        if (refold(sum, room)) {
            // The columns changed: measure what is shown now at the next layout, and let rows redo their tooltips.
            stale = true;
            table.refresh();
            return;
        }
        boolean fits = sum <= room;
        ((TableView) table).setColumnResizePolicy(fits ? constrained : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /**
     * Folds columns while the shown ones need more than {@code room}, or unfolds the last folded one when it fits
     * again at the width it last needed (so it does not fold again at once); true when a column changed.
     */
    private boolean refold(double sum, double room) {
        if (folds.isEmpty() || room <= 0) {
            return false;
        }
        if (sum > room) {
            for (Fold f : folds) {
                if (f.column().isVisible()) {
                    f.column().setVisible(false);
                    return true;
                }
            }
            return false;
        }
        for (int i = folds.size() - 1; i >= 0; i--) {
            TableColumnBase<?, ?> column = folds.get(i).column();
            if (!column.isVisible()) {
                if (sum + column.getMinWidth() <= room) {
                    column.setVisible(true);
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /** What a labeled needs to show its text and graphic in full. */
    private double width(Labeled l) {
        Insets in = l.getInsets();
        double w = in.getLeft() + in.getRight();
        boolean hasText = l.getText() != null && !l.getText().isEmpty();
        if (hasText) {
            w += textWidth(l.getText(), l.getFont());
        }
        Node g = l.getGraphic();
        if (g != null && g.isVisible() && g.isManaged()) {
            w += g.prefWidth(-1) + (hasText ? l.getGraphicTextGap() : 0);
        }
        return w + 1;
    }

    private double textWidth(String text, Font font) {
        measure.setFont(font);
        double widest = 0;
        for (String line : text.split("\n", -1)) {
            measure.setText(line);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private boolean showing() {
        for (Node n = table; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
