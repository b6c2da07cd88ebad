package io.teaframe.demo.network;

import io.teaframe.demo.network.Activity.AttemptEnded;
import io.teaframe.demo.network.Activity.AttemptStarted;
import io.teaframe.http.HttpTransport;
import io.teaframe.http.TransportCallback;
import io.teaframe.http.TransportRequest;
import io.teaframe.http.TransportResponse;
import io.teaframe.port.Cancellable;
import io.teaframe.view.Dispatcher;

/**
 * Wraps the app's HTTP transport and dispatches an event when each attempt starts and
 * ends. The HTTP effect calls the transport once per attempt, so retries show up as
 * separate lines in the activity log.
 */
public final class ObservedTransport implements HttpTransport {

    private final HttpTransport delegate;
    private final Dispatcher dispatcher;
    private int attempts;

    public ObservedTransport(HttpTransport delegate, Dispatcher dispatcher) {
        this.delegate = delegate;
        this.dispatcher = dispatcher;
    }

    @Override
    public Cancellable send(TransportRequest request, TransportCallback callback) {
        int number = ++attempts;
        dispatcher.dispatch(new AttemptStarted(number, request.method(), request.url()));
        return delegate.send(request, new TransportCallback() {
            @Override
            public void onResponse(TransportResponse response) {
                dispatcher.dispatch(new AttemptEnded(number, response.status()));
                callback.onResponse(response);
            }

            @Override
            public void onNetworkError(String message) {
                dispatcher.dispatch(new AttemptEnded(number, -1));
                callback.onNetworkError(message);
            }
        });
    }

    @Override
    public String origin() {
        return delegate.origin();
    }
}
