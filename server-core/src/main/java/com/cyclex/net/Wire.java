package com.cyclex.net;

import com.cyclex.api.ExchangeEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of the network: how commands, results, events and query answers look on the wire, for
 * the gateway and for its clients alike. Reading is strict: unknown or missing fields, duplicate keys, a string
 * where a number belongs, a fraction where a whole number belongs, and over-deep or over-long input are refused.
 */
public final class Wire {
    /** Nothing the exchange takes is nested deeper than this. */
    static final int MAX_DEPTH = 16;
    static final int MAX_STRING = 4096;

    private static final ObjectMapper MAPPER = build();
    private static final ObjectReader HOST_READER = buildHostReader();

    private Wire() {
    }

    /** Events carry their kind in an {@code event} field, so a client in any language can tell them apart. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "event")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ExchangeEvent.OrderUpdated.class, name = "OrderUpdated"),
            @JsonSubTypes.Type(value = ExchangeEvent.TradeExecuted.class, name = "TradeExecuted"),
            @JsonSubTypes.Type(value = ExchangeEvent.LeaseUpdated.class, name = "LeaseUpdated"),
            @JsonSubTypes.Type(value = ExchangeEvent.JobUpdated.class, name = "JobUpdated"),
            @JsonSubTypes.Type(value = ExchangeEvent.ReputationUpdated.class, name = "ReputationUpdated"),
            @JsonSubTypes.Type(value = ExchangeEvent.AccountUpdated.class, name = "AccountUpdated"),
            @JsonSubTypes.Type(value = ExchangeEvent.MemberUpdated.class, name = "MemberUpdated"),
            @JsonSubTypes.Type(value = ExchangeEvent.MarketUpdated.class, name = "MarketUpdated"),
    })
    private interface EventKinds {
    }

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(40).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // A record's wire form is its components: a helper such as Reputation.isNone() is not a field of it
                .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .addMixIn(ExchangeEvent.class, EventKinds.class)
                // Accessors and constructors through generated lambdas: reflection and the boxing of every long
                // were a fifth of encoding events on the gateway (JFR). The rules of reading stay the mapper's.
                .addModule(new BlackbirdModule())
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Enum}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual || type == LogicalType.Enum
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.getFactory().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return mapper;
    }

    /** The shared mapper: thread-safe once built. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The reader a client reads its pinned host with: lenient where the gateway is strict, since a newer host may
     * add fields, and without checking each object for duplicate keys (a hash set per object, a sixth of reading
     * the stream). Its own copy of the mapper: turning the check off on a reader of the shared one does not
     * reach the parser the factory made with it.
     */
    static ObjectReader hostReader() {
        return HOST_READER;
    }

    /** Built once: a copy of the mapper starts with empty caches of serializers and deserializers. */
    private static ObjectReader buildHostReader() {
        ObjectMapper lenient = MAPPER.copy();
        lenient.getFactory().disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return lenient.reader()
                .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a value, or throws {@link WireException} with a sentence that says what was wrong. */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return present(MAPPER.readValue(json, type));
        } catch (IOException e) {
            throw WireException.of(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return present(MAPPER.readValue(json, type));
        } catch (IOException e) {
            throw WireException.of(e);
        }
    }

    /** JSON's null reads as no value at all: refused like an empty body. */
    private static <T> T present(T value) {
        if (value == null) {
            throw new WireException(com.cyclex.api.ResultCode.REQUEST_INVALID, "The body is null: send a JSON object.");
        }
        return value;
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw WireException.of(e);
        }
    }

    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return present(MAPPER.treeToValue(node, type));
        } catch (IOException | IllegalArgumentException e) {
            throw WireException.of(e);
        }
    }
}
