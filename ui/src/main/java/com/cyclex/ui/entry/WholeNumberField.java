package com.cyclex.ui.entry;

import atlantafx.base.theme.Styles;
import javafx.beans.property.LongProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * A field for a whole number (ticks, units, cores) with − and + beside it, bound both ways to a property. The
 * property follows every keystroke, not just Enter, so the summary and the checks answer as the operator types
 * and a shortcut sends exactly what the field shows. Up/Down step by one, Page Up/Down by ten; empty reads as 0.
 */
public final class WholeNumberField extends HBox {
    private static final int MAX_DIGITS = 12;
    private final TextField text = new TextField();
    private final LongProperty value;

    public WholeNumberField(LongProperty value, String prompt) {
        this.value = value;
        getStyleClass().add("whole-number-field");
        setAlignment(Pos.CENTER_LEFT);
        text.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0," + MAX_DIGITS + "}") ? change : null));
        text.setPromptText(prompt);
        text.setAlignment(Pos.CENTER_RIGHT);
        text.getStyleClass().add("numeric");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        show(value.get());
        text.textProperty().addListener((obs, old, now) -> {
            long parsed = now.isEmpty() ? 0 : Long.parseLong(now);
            if (parsed != value.get()) {
                value.set(parsed);
            }
        });
        value.addListener((obs, old, now) -> {
            if (parse() != now.longValue()) {
                show(now.longValue());
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            long step = switch (e.getCode()) {
                case UP -> 1;
                case DOWN -> -1;
                case PAGE_UP -> 10;
                case PAGE_DOWN -> -10;
                default -> 0;
            };
            if (step != 0 && !e.isShortcutDown()) {
                step(step);
                e.consume();
            }
        });
        text.addEventHandler(ScrollEvent.SCROLL, e -> step(e.getDeltaY() > 0 ? 1 : e.getDeltaY() < 0 ? -1 : 0));

        Button less = stepButton(new FontIcon(MaterialDesignM.MINUS), -1);
        less.getStyleClass().add(Styles.LEFT_PILL);
        text.getStyleClass().add(Styles.CENTER_PILL);
        Button more = stepButton(new FontIcon(MaterialDesignP.PLUS), 1);
        more.getStyleClass().add(Styles.RIGHT_PILL);
        getChildren().addAll(less, text, more);
    }

    /** The text field itself, for marking it invalid and for focus. */
    public TextField editor() {
        return text;
    }

    private Button stepButton(FontIcon icon, long step) {
        Button b = new Button(null, icon);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setFocusTraversable(false);
        b.setOnAction(e -> step(step));
        return b;
    }

    private void step(long by) {
        value.set(Math.max(0, value.get() + by));
    }

    private long parse() {
        String t = text.getText();
        return t == null || t.isEmpty() ? 0 : Long.parseLong(t);
    }

    private void show(long v) {
        text.setText(v <= 0 ? "" : Long.toString(v));
    }
}
