package com.cyclex.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class ColumnFoldTest extends ApplicationTest {
    final ObservableList<String> rows = FXCollections.observableArrayList();
    Stage stage;
    TableView<String> table;
    TableColumn<String, String> symbol;
    TableColumn<String, String> detail;
    TableColumn<String, String> note;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        table = new TableView<>(rows);
        symbol = column("Symbol", s -> s);
        detail = column("Detail", s -> "detail of " + s);
        note = column("Note", s -> "note " + s.length());
        table.getColumns().addAll(List.of(symbol, detail, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.fit(table);
        ColumnFit.fold(table, note);
        ColumnFit.fold(table, detail);
        stage.setScene(new Scene(new StackPane(table), 400, 300));
        stage.setWidth(400);
        stage.setHeight(300);
        stage.show();
    }

    private static TableColumn<String, String> column(String title, java.util.function.Function<String, String> words) {
        TableColumn<String, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(words.apply(cell.getValue())));
        c.setPrefWidth(60);
        return c;
    }

    @Test
    void foldableColumnsGoInTheirOrderUntilTheRestFitAndTheRowTooltipReadsThem() throws Exception {
        // A symbol that alone takes most of the width: the detail beside it cannot fit too.
        interact(() -> rows.add("CPU.W1H.20261201T22Z-" + "w".repeat(18)));
        waitUntil(() -> !detail.isVisible());
        assertFalse(fx(() -> note.isVisible()), "the note was marked to fold first");
        assertTrue(fx(() -> symbol.isVisible()), "a column not marked foldable stays");
        assertEquals(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN, fx(() -> table.getColumnResizePolicy()),
                "once folded, the rest fit without scrolling sideways");
        String tip = fx(() -> tooltipOfFirstRow());
        assertTrue(tip.contains("Note: note 39") && tip.contains("Detail: detail of CPU.W1H"), tip);
    }

    @Test
    void foldedColumnsComeBackInReverseOrderWhenTheWindowWidens() throws Exception {
        interact(() -> rows.add("CPU.W1H.20261201T22Z-" + "w".repeat(18)));
        waitUntil(() -> !detail.isVisible());
        interact(() -> stage.setWidth(1200));
        waitUntil(() -> detail.isVisible() && note.isVisible());
        // The rows redo their tooltips at the layout after the columns changed.
        waitUntil(() -> firstRow().getTooltip() == null);
        assertNull(fx(() -> firstRow().getTooltip()), "no tooltip while nothing is folded");
        assertTrue(fx(() -> detail.getWidth() >= detail.getMinWidth()));
    }

    @Test
    void foldingNeedsAFittedTable() {
        TableView<String> plain = new TableView<>();
        TableColumn<String, String> c = new TableColumn<>("A");
        plain.getColumns().add(c);
        assertThrows(IllegalStateException.class, () -> ColumnFit.fold(plain, c));
    }

    @SuppressWarnings("unchecked")
    private TableRow<String> firstRow() {
        for (var n : table.lookupAll(".table-row-cell")) {
            TableRow<String> row = (TableRow<String>) n;
            if (row.getIndex() == 0 && row.getItem() != null) {
                return row;
            }
        }
        throw new AssertionError("no first row on screen");
    }

    private String tooltipOfFirstRow() {
        TableRow<String> row = firstRow();
        assertNotNull(row.getTooltip(), "a row has a tooltip while columns are folded");
        // What the tooltip shows is written when it is about to show.
        return ((ColumnFit) table.getProperties().get(ColumnFit.class)).folded(row.getItem());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }
}
