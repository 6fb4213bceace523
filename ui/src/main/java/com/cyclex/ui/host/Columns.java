package com.cyclex.ui.host;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** Table columns the host's tables share: text that sorts by a value behind it, and a status pill. */
final class Columns {
    private Columns() {
    }

    /** What a cell shows, sorting by {@code key}: "1–1,000" sorts as 1,000, "Window 3 Mar" by its start. */
    record Shown<T extends Comparable<? super T>>(T key, String text) implements Comparable<Shown<T>> {
        @Override
        public int compareTo(Shown<T> other) {
            return key.compareTo(other.key);
        }
    }

    /** A column showing {@code text} of each row and sorting by {@code key}; numbers line up on the right. */
    static <S, T extends Comparable<? super T>> TableColumn<S, Shown<T>> of(String title, Function<S, T> key,
                                                                          Function<S, String> text, double width,
                                                                          boolean numeric) {
        TableColumn<S, Shown<T>> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                new Shown<>(key.apply(c.getValue()), text.apply(c.getValue()))));
        column.setPrefWidth(width);
        column.setMinWidth(width); // a narrow terminal scrolls the table sideways rather than cut figures short
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Shown<T> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        if (numeric) {
            column.getStyleClass().add("numeric-column");
        }
        return column;
    }

    /**
     * A column of a large figure shown compact ({@code 1.05M}), with the exact figure on hover when the compact one
     * leaves digits out; sorts by the figure.
     */
    static <S> TableColumn<S, Long> compact(String title, Function<S, Long> value, Function<Long, String> compact,
                                            Function<Long, String> exact, double width) {
        TableColumn<S, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.getStyleClass().add("numeric-column");
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String shown = compact.apply(item);
                String full = exact.apply(item);
                setText(shown);
                if (shown.equals(full)) {
                    setTooltip(null);
                } else {
                    tip.setText(full);
                    setTooltip(tip);
                }
            }
        });
        return column;
    }

    /** A status as a coloured pill: {@code pill} and the status in lower case are its style classes. */
    static <S, E extends Enum<E>> TableColumn<S, E> status(String title, Function<S, E> value, String pill,
                                                         double width) {
        TableColumn<S, E> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            private final Label label = new Label();

            {
                setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                label.setText(item.name());
                // Only when the status changed: restyling a node matches the stylesheet again, every frame otherwise.
                List<String> style = List.of("label", pill, item.name().toLowerCase());
                if (!label.getStyleClass().equals(style)) {
                    label.getStyleClass().setAll(style);
                }
                setGraphic(label);
            }
        });
        return column;
    }
}
