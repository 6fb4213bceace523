package com.cyclex.ui.entry;

import atlantafx.base.theme.Styles;
import java.util.regex.Pattern;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
 * Text that is not a whole number ({@code 12.5}, {@code -5}) stays as typed and is refused with a sentence in
 * {@link #problemProperty()}, never read as something else (dropping the dot or the sign would make 125 or 5).
 */
public final class WholeNumberField extends HBox {
    private static final int MAX_DIGITS = 12;
    /** Room to show what was typed or pasted, wrong or not; anything longer is not a number anyone meant. */
    private static final int MAX_TEXT = 24;
    private static final Pattern WHOLE = Pattern.compile("\\d{1," + MAX_DIGITS + "}");
    private final TextField text = new TextField();
    private final LongProperty value;
    private final String noun;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    /** @param prompt what the number counts, in the plural ("ticks", "units", "cores"): the prompt and the sentences say it */
    public WholeNumberField(LongProperty value, String prompt) {
        this.value = value;
        this.noun = prompt;
        getStyleClass().add("whole-number-field");
        setAlignment(Pos.CENTER_LEFT);
        text.setTextFormatter(new TextFormatter<String>(change -> change.getControlNewText().length() <= MAX_TEXT
                && change.getControlNewText().indexOf('\n') < 0 ? change : null));
        text.setPromptText(prompt);
        text.setAlignment(Pos.CENTER_RIGHT);
        text.getStyleClass().add("numeric");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        show(value.get());
        text.textProperty().addListener((obs, old, now) -> read(now));
        value.addListener((obs, old, now) -> {
            // A value set from elsewhere (a click in the ladder, a step) replaces whatever was typed, wrong or not.
            if (problem.get() != null || parse() != now.longValue()) {
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

    /** Why the text is not a whole number, or null while it is one (or empty). The value keeps its last good number. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
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

    private void read(String now) {
        String t = now == null ? "" : now.strip();
        String why = t.isEmpty() || WHOLE.matcher(t).matches() ? null : why(t);
        problem.set(why);
        pseudoClassStateChanged(Styles.STATE_DANGER, why != null);
        text.pseudoClassStateChanged(Styles.STATE_DANGER, why != null);
        if (why == null) {
            long parsed = t.isEmpty() ? 0 : Long.parseLong(t);
            if (parsed != value.get()) {
                value.set(parsed);
            }
        }
    }

    /** The sentence for text that is not a whole number of what this field counts. */
    private String why(String t) {
        if (t.chars().allMatch(Character::isDigit)) {
            return "\"" + t + "\" is too large: at most " + MAX_DIGITS + " digits of " + noun + ".";
        }
        if (t.matches("-\\d+")) {
            return "\"" + t + "\" is below zero: a number of " + noun + " is 0 or more.";
        }
        return "\"" + t + "\" is not a whole number of " + noun + ": digits only, no decimals.";
    }

    /** The value the text stands for; the last good value while the text is not a whole number. */
    private long parse() {
        String t = text.getText() == null ? "" : text.getText().strip();
        return t.isEmpty() ? 0 : WHOLE.matcher(t).matches() ? Long.parseLong(t) : value.get();
    }

    private void show(long v) {
        text.setText(v <= 0 ? "" : Long.toString(v));
    }
}
