package io.teaframe.demo.connection;

import io.teaframe.Frame;
import io.teaframe.demo.App;
import io.teaframe.demo.chat.ChatEvents.CheckOutbox;
import io.teaframe.demo.chat.ChatEvents.LoadChatHistory;
import io.teaframe.demo.connection.ConnectionEvents.Connect;
import io.teaframe.demo.connection.ConnectionEvents.Connection;
import io.teaframe.demo.connection.ConnectionEvents.CountdownTick;
import io.teaframe.demo.connection.ConnectionEvents.SetAutoRefresh;
import io.teaframe.demo.connection.ConnectionEvents.SocketStatusChanged;
import io.teaframe.demo.users.UserEvents.RefreshUsers;
import io.teaframe.effect.Dispatch;
import io.teaframe.effect.Effects;
import io.teaframe.json.JsonParser;
import io.teaframe.socket.SocketConnect;
import io.teaframe.socket.SocketState;
import io.teaframe.timer.StartInterval;
import io.teaframe.timer.StopTimer;

/**
 * Keeps the badge in step with the live socket. While it reconnects, a timer ticks the
 * countdown; after each reconnect, the table and the chat load again, because pushes
 * sent while the socket was down are lost.
 */
public final class ConnectionHandlers {

    static final double COUNTDOWN_TICK_MILLIS = 250;
    public static final double AUTO_REFRESH_MILLIS = 10_000;

    private ConnectionHandlers() {
    }

    public static void register(Frame<App> frame, JsonParser parser) {
        frame.registerExtractor(Connection.class, (app, query) -> app.connection());

        frame.onFx(Connect.class, (cofx, event) ->
                Effects.of(new SocketConnect(LiveSocket.config(cofx.<App>state().api(), parser))));
        frame.onFx(SocketStatusChanged.class, (cofx, event) -> {
            App app = cofx.state();
            SocketState previous = app.connection().state();
            SocketState state = event.status().state();
            App next = app.withConnection(app.connection().withStatus(state, event.status().attempt(),
                    event.status().nextAttemptAt(), cofx.now()));
            Effects effects = Effects.state(next).and(new Dispatch(new CheckOutbox()));
            if (state == SocketState.RECONNECTING) {
                effects = effects.and(new StartInterval("countdown", COUNTDOWN_TICK_MILLIS, new CountdownTick()));
            } else {
                effects = effects.and(new StopTimer("countdown"));
            }
            if (state == SocketState.OPEN) {
                effects = effects.and(new Dispatch(new LoadChatHistory()));
                // A reconnect passes through CONNECTING, so the previous state alone does not tell it from the first open.
                if (previous != SocketState.OPEN && app.connection().wasOpen()) {
                    effects = effects.and(new Dispatch(new RefreshUsers()));
                }
            }
            return effects;
        });
        frame.onFx(CountdownTick.class, (cofx, event) -> {
            App app = cofx.state();
            return Effects.state(app.withConnection(app.connection().withNow(cofx.now())));
        });
        frame.onFx(SetAutoRefresh.class, (cofx, event) -> {
            App app = cofx.state();
            App next = app.withConnection(app.connection().withAutoRefresh(event.on()));
            return Effects.state(next).and(event.on()
                    ? new StartInterval("auto-refresh", AUTO_REFRESH_MILLIS, new RefreshUsers())
                    : new StopTimer("auto-refresh"));
        });
    }
}
