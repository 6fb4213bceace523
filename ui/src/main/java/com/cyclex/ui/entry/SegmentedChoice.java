package com.cyclex.ui.entry;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A row of joined toggle buttons for one of a few values, bound both ways to a property: the ladder can set
 * the side and the buttons follow. One button is always down, since the property always has a value.
 */
public final class SegmentedChoice<T> extends HBox {
    private final Map<T, ToggleButton> buttons = new LinkedHashMap<>();

    public SegmentedChoice(List<T> values, Function<T, String> label, ObjectProperty<T> property) {
        getStyleClass().add("segmented-choice");
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            ToggleButton b = new ToggleButton(label.apply(value));
            b.setUserData(value);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            HBox.setHgrow(b, Priority.ALWAYS);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            buttons.put(value, b);
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
        property.addListener((obs, old, now) -> select(now));
        select(property.get());
    }

    /** The button for a value, to style it, disable it or give it a tooltip. */
    public ToggleButton button(T value) {
        return buttons.get(value);
    }

    private void select(T value) {
        ToggleButton b = buttons.get(value);
        if (b != null && !b.isSelected()) {
            b.setSelected(true);
        }
    }
}
