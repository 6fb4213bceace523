package com.cyclex.net;

import com.cyclex.api.ResultCode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * Reads a well-formed command message of the stream in one pass, binding its command straight from the parser.
 * Reading every message into a tree and then converting the command from the tree was most of the gateway's
 * reading thread at tens of thousands of commands a second. Anything not plainly well formed (another field,
 * another type, a value of the wrong kind, a command that does not bind) gets null, and the route reads it again
 * as a tree to say exactly what is wrong: the refusals stay in one place, and this reader accepts nothing the
 * tree would refuse.
 */
final class StreamCommandReader {
    /** A command message: what to match its result with, the sender's idempotency key (or null), the command. */
    record CommandMessage(long ref, String key, WireCommand command) {
    }

    /**
     * Binds a command in the middle of the message: a reader, as the mapper's readValue(parser) takes the fields
     * after the command for trailing tokens.
     */
    private static final ObjectReader COMMAND = Wire.mapper().readerFor(WireCommand.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StreamCommandReader() {
    }

    /** The message's "ref" when it is a whole number a long holds, else null (a refusal then carries none). */
    static Long ref(JsonNode frame) {
        JsonNode ref = frame.get("ref");
        return ref != null && ref.isIntegralNumber() && ref.canConvertToLong() ? ref.asLong() : null;
    }

    /** The command message of a "command" frame read as a tree, or a refusal that says what is wrong with it. */
    static CommandMessage fromTree(JsonNode frame, Long ref) {
        if (ref == null) {
            throw new WireException(ResultCode.REQUEST_INVALID, "A command on the stream carries a whole-number \"ref\" "
                    + "to match its result.");
        }
        JsonNode key = frame.get("key");
        if (key != null && !key.isTextual()) {
            throw new WireException(ResultCode.IDEMPOTENCY_KEY_INVALID, ResultCode.IDEMPOTENCY_KEY_INVALID.sentence());
        }
        JsonNode body = frame.get("command");
        if (body == null || !body.isObject()) {
            throw new WireException(ResultCode.REQUEST_INVALID, "A command message carries the command as an object "
                    + "in \"command\".");
        }
        return new CommandMessage(ref, key == null ? null : key.asText(), Wire.convert(body, WireCommand.class));
    }

    /** The command message {@code text} is, or null when it is something else or not well formed. */
    static CommandMessage read(String text) {
        try (JsonParser p = Wire.mapper().getFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            boolean isCommand = false;
            Long ref = null;
            String key = null;
            WireCommand command = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                switch (field) {
                    case "type" -> {
                        if (value != JsonToken.VALUE_STRING || !"command".equals(p.getText())) {
                            return null;
                        }
                        isCommand = true;
                    }
                    case "ref" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                            return null;
                        }
                        ref = p.getLongValue();
                    }
                    case "key" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            return null;
                        }
                        key = p.getText();
                    }
                    case "command" -> {
                        if (value != JsonToken.START_OBJECT) {
                            return null;
                        }
                        command = COMMAND.readValue(p);
                    }
                    default -> {
                        return null;
                    }
                }
            }
            // A duplicate field throws above; the end of the object must be the end of the message.
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || !isCommand || ref == null || command == null) {
                return null;
            }
            return new CommandMessage(ref, key, command);
        } catch (IOException | RuntimeException notPlain) {
            return null;
        }
    }
}
