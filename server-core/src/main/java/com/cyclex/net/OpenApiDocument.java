package com.cyclex.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The gateway's OpenAPI document: docs/openapi.json, copied onto the classpath by the build and served as it is. */
public final class OpenApiDocument {
    static final String RESOURCE = "/com/cyclex/net/openapi.json";
    private static volatile byte[] bytes;

    private OpenApiDocument() {
    }

    public static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The build did not put the OpenAPI document at " + RESOURCE);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytes = b;
        }
        return b;
    }
}
