package com.cyclex.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class ColumnFitTest extends ApplicationTest {
    final ObservableList<String> rows = FXCollections.observableArrayList();
    TableView<String> table;
    TableColumn<String, String> name;
    TableColumn<String, String> other;

    @Override
    public void start(Stage stage) {
        table = new TableView<>();
        name = new TableColumn<>("Symbol");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        name.setPrefWidth(40);
        other = new TableColumn<>("Other");
        other.setCellValueFactory(c -> new ReadOnlyStringWrapper("x"));
        table.getColumns().addAll(java.util.List.of(name, other));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.fit(table);
        // As the views do: the rows are set after the table is made, and are a filtered view of the model's.
        table.setItems(new javafx.collections.transformation.FilteredList<>(rows));
        stage.setScene(new Scene(new StackPane(table), 400, 300));
        // The test stage is shared by every test class: give it this test's size, whatever the last one left.
        stage.setWidth(400);
        stage.setHeight(300);
        stage.show();
    }

    @Test
    void aColumnGrowsToShowItsLongestTextAndNeverShrinks() throws Exception {
        double before = fx(() -> name.getWidth());
        interact(() -> rows.add("CPU.W1H.20261201T22Z, a long symbol"));
        waitUntil(() -> name.getMinWidth() > 150);
        double grown = fx(() -> name.getMinWidth());
        assertTrue(grown > before, "grew from " + before + " to " + grown);
        interact(() -> rows.setAll("short"));
        Thread.sleep(600);
        assertEquals(grown, fx(() -> name.getMinWidth()), "columns do not jump back as figures come and go");
    }

    @Test
    void whenTheColumnsCannotAllFitTheTableScrollsSidewaysInsteadOfCuttingThem() throws Exception {
        interact(() -> rows.add("x".repeat(120)));
        waitUntil(() -> table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY);
        assertTrue(fx(() -> name.getWidth() >= name.getMinWidth()));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }
}
