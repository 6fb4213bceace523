package com.cyclex.net;

import com.cyclex.api.ResultCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A request the gateway cannot read, with the code and the sentence that say why. Nothing was changed. */
public final class WireException extends RuntimeException {
    private final ResultCode code;

    public WireException(ResultCode code, String sentence) {
        super(sentence, null, false, false);
        this.code = code;
    }

    public ResultCode code() {
        return code;
    }

    /** Turns what the JSON reader found into a sentence a person can act on (never the reader's stack). */
    static WireException of(Exception e) {
        if (e instanceof WireException w) {
            return w;
        }
        if (e instanceof StreamConstraintsException) {
            return invalid("The JSON nests deeper than " + Wire.MAX_DEPTH + " levels or holds a value longer than "
                    + Wire.MAX_STRING + " characters.");
        }
        if (e instanceof InvalidTypeIdException t) {
            String id = t.getTypeId();
            if (id == null || id.isEmpty()) {
                return new WireException(ResultCode.COMMAND_UNKNOWN,
                        "A command names its kind in a \"command\" field, e.g. \"command\": \"PlaceOrder\".");
            }
            return new WireException(ResultCode.COMMAND_UNKNOWN, "There is no command named '" + clip(id)
                    + "'. The commands are: " + commandNames() + ".");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return invalid("There is no field '" + clip(u.getPropertyName()) + "' in " + owner(u) + ".");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String values = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return invalid("Field '" + field(f) + "' is one of " + values + "; '" + clip(String.valueOf(f.getValue()))
                    + "' is not.");
        }
        if (e instanceof InputCoercionException) {
            return invalid("A number is too large for its field" + at((JsonProcessingException) e) + ".");
        }
        if (e instanceof MismatchedInputException m) {
            if (m.getTargetType() != null && m.getPath().isEmpty() && String.valueOf(m.getOriginalMessage())
                    .startsWith("No content")) {
                return invalid("The body is empty: send a JSON object.");
            }
            if (String.valueOf(m.getOriginalMessage()).startsWith("Missing required creator property")) {
                return invalid("Field '" + field(m) + "' is missing.");
            }
            if (String.valueOf(m.getOriginalMessage()).contains("Trailing token")) {
                return invalid("There is more after the JSON value; send exactly one object.");
            }
            Class<?> target = m.getTargetType();
            if (target != null && m.getPath().size() > 0) {
                return invalid("Field '" + field(m) + "' must be " + kind(target) + ".");
            }
            return invalid("The body is not a JSON object of the expected shape.");
        }
        if (e instanceof DatabindException d) {
            return invalid("The request does not fit the expected shape" + at(d) + ".");
        }
        if (e instanceof JsonProcessingException p) {
            return invalid("The body is not valid JSON: " + firstLine(p.getOriginalMessage()) + ".");
        }
        return invalid("The body could not be read.");
    }

    private static WireException invalid(String sentence) {
        return new WireException(ResultCode.REQUEST_INVALID, sentence);
    }

    private static String at(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return " ('" + field(m) + "')";
        }
        return "";
    }

    private static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? clip(r.getFieldName()) : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String owner(UnrecognizedPropertyException u) {
        Class<?> c = u.getReferringClass();
        if (c == null) {
            return "this request";
        }
        String name = c.getSimpleName();
        return name.isEmpty() ? "this request" : name;
    }

    private static String kind(Class<?> target) {
        if (target == long.class || target == int.class || target == Long.class || target == Integer.class) {
            return "a whole number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "a JSON object";
    }

    /** The wire name of a command, as the "command" field carries it. */
    static String commandName(WireCommand command) {
        for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t
                : WireCommand.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value()) {
            if (t.value() == command.getClass()) {
                return t.name();
            }
        }
        return command.getClass().getSimpleName();
    }

    static String commandNames() {
        return Arrays.stream(WireCommand.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value())
                .map(com.fasterxml.jackson.annotation.JsonSubTypes.Type::name).collect(Collectors.joining(", "));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return clip(line.replaceAll("\\s*\\(for .*$", ""));
    }

    /** Echoes at most a little of what was sent: a sentence, not a mirror. */
    static String clip(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 60; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return s.length() > 60 ? b + "…" : b.toString();
    }
}
