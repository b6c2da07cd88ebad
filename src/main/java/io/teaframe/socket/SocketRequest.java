package io.teaframe.socket;

import io.teaframe.json.Json;
import io.teaframe.port.Delays;
import java.util.Objects;
import java.util.function.Function;

/**
 * Sends {@code message} as a request with a correlation id and dispatches the event
 * {@code onResponse} makes from the response's body, or {@code timeoutEvent} if no
 * response arrived within {@code timeoutMillis}. The time counts from this effect, so a
 * request queued while the socket is not open times out too, and is then removed from
 * the queue unsent. A response that arrives after the timeout is dropped.
 *
 * <p>Needs the envelope (see {@link SocketConfig.Builder#envelope()}). Requests are not
 * numbered for acknowledgement: one sent on a socket that is then lost gets no response
 * and times out, and the app decides whether to send it again.
 */
public record SocketRequest(String connectionId, Object message, double timeoutMillis,
        Function<? super Json, ?> onResponse, Object timeoutEvent) {

    public SocketRequest {
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(message, "message");
        Delays.requireFinite(timeoutMillis, "timeoutMillis");
        Objects.requireNonNull(onResponse, "onResponse");
        Objects.requireNonNull(timeoutEvent, "timeoutEvent");
    }
}
