package io.teaframe.demo.connection;

import io.teaframe.demo.Api;
import io.teaframe.demo.chat.ChatEvents.ChatPushed;
import io.teaframe.demo.chat.ChatEvents.ChatRejected;
import io.teaframe.demo.chat.ChatMessage;
import io.teaframe.demo.connection.ConnectionEvents.SocketStatusChanged;
import io.teaframe.demo.faults.FaultsState;
import io.teaframe.demo.faults.FaultsEvents.FaultsLoaded;
import io.teaframe.demo.notifications.Notifications.Notify;
import io.teaframe.demo.users.User;
import io.teaframe.demo.users.UserEvents.UserPushed;
import io.teaframe.demo.users.UserEvents.UserRemoved;
import io.teaframe.json.JsonParser;
import io.teaframe.socket.Heartbeat;
import io.teaframe.socket.ReconnectPolicy;
import io.teaframe.socket.SocketCodec;
import io.teaframe.socket.SocketConfig;
import io.teaframe.socket.SocketSend;
import io.teaframe.socket.TypeFieldRouter;

/**
 * The one WebSocket to the demo server, in acknowledged mode: the server's pushes come
 * in on it and chat messages go out on it.
 */
public final class LiveSocket {

    public static final String ID = "live";

    /** Pings every 10 s and gives up on a pong after 5 s, so stalled pongs reconnect within about 15 s. */
    static final Heartbeat HEARTBEAT = new Heartbeat(10_000, 5_000);

    /** Waits from 1 s, doubling up to 10 s, so the badge's countdown stays short in the demo. */
    static final ReconnectPolicy RECONNECT = ReconnectPolicy.defaults().withBackoff(1_000, 2, 10_000);

    private LiveSocket() {
    }

    public static SocketConfig config(Api api, JsonParser parser) {
        TypeFieldRouter router = TypeFieldRouter.field("type")
                .on("user-updated", json -> new UserPushed(User.fromJson(json.get("user"))))
                .on("user-deleted", json -> new UserRemoved(json.integer("id")))
                .on("chat", json -> new ChatPushed(ChatMessage.fromJson(json.get("message"))))
                .on("faults-changed", json -> new FaultsLoaded(FaultsState.fromJson(json.get("faults"))))
                .on("notification", json -> new Notify(json.string("level"), json.string("text")))
                .on("error", json -> new ChatRejected(json.string("message")));
        return SocketConfig.builder(ID, api.socketUrl(), router)
                .codec(SocketCodec.json(parser))
                .acknowledged()
                .heartbeat(HEARTBEAT)
                .reconnect(RECONNECT)
                .onStatus(SocketStatusChanged::new)
                .build();
    }

    /** Returns the effect that sends {@code json} text, or queues it while the socket is down. */
    public static SocketSend send(String json) {
        return new SocketSend(ID, json);
    }
}
