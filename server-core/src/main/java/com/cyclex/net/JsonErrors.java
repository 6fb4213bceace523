package com.cyclex.net;

import com.cyclex.api.ResultCode;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers by itself, before a route sees the request (a path with a NUL or an ambiguous encoding, a
 * header it cannot parse): the same JSON refusal every route gives, not Jetty's HTML page.
 */
final class JsonErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        ResultCode code = status == 413 || status == 414 || status == 431 ? ResultCode.REQUEST_TOO_LARGE
                : status == 404 || status == 405 ? ResultCode.ROUTE_UNKNOWN : ResultCode.REQUEST_INVALID;
        String sentence = code == ResultCode.REQUEST_INVALID
                ? "The request is not well-formed HTTP for this gateway (for example a path with a NUL or an ambiguous encoding)."
                : code.sentence();
        response.setStatus(HttpStatuses.of(code));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Wire.write(WireResult.refusal(code, sentence))), callback);
    }
}
