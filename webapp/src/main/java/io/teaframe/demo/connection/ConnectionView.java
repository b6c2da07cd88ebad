package io.teaframe.demo.connection;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.checked;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.id;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.label;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.type;

import io.teaframe.demo.DomValues;
import io.teaframe.demo.connection.ConnectionEvents.Connection;
import io.teaframe.demo.connection.ConnectionEvents.SetAutoRefresh;
import io.teaframe.view.Component;
import io.teaframe.view.EventType;

/** The connection badge with the reconnect countdown, and the auto-refresh switch. */
public final class ConnectionView {

    private ConnectionView() {
    }

    public static final Component<Void> BADGE = Component.named("ConnectionBadge", (props, ctx) -> {
        ConnectionState connection = ctx.read(new Connection());
        String label = switch (connection.state()) {
            case OPEN -> "Live";
            case CONNECTING -> "Connecting…";
            case RECONNECTING -> "Reconnecting in " + connection.secondsToNextAttempt() + " s (attempt "
                    + connection.attempt() + ")";
            case FAILED -> "Offline: gave up reconnecting";
            case CLOSED -> "Offline";
        };
        String state = connection.state().name().toLowerCase();
        return div(cls("header-controls"),
                span(id("connection"), cls("badge badge-" + state), attr("data-state", state), attr("role", "status"),
                        span(cls("dot")), text(label)),
                label(cls("toggle"),
                        input(id("auto-refresh"), type("checkbox"), checked(connection.autoRefresh()),
                                onEvent(EventType.CHANGE, (domEvent, dispatcher) ->
                                        dispatcher.dispatch(new SetAutoRefresh(DomValues.isChecked(domEvent))))),
                        text(" Auto-refresh every " + (int) (ConnectionHandlers.AUTO_REFRESH_MILLIS / 1000) + " s")));
    });
}
