package io.teaframe.socket;

import java.util.Objects;
import java.util.function.Function;

/**
 * Everything a {@link SocketConnect} needs: where to connect, how messages are encoded
 * and routed, the policies, and the events the app wants. Build one with
 * {@link #builder(String, String, MessageRouter)}:
 *
 * <pre>{@code
 * SocketConfig chat = SocketConfig.builder("chat", "wss://example.org/chat",
 *                 TypeFieldRouter.field("type").on("said", json -> new Said(json.string("text"))))
 *         .codec(SocketCodec.json(BrowserJson.PARSER))
 *         .acknowledged()
 *         .heartbeat(new Heartbeat(25_000, 10_000))
 *         .onStatus(ChatStatus::new)
 *         .build();
 * }</pre>
 *
 * <p>Each event factory may be left out, and then that event is not dispatched, except
 * where noted. A factory that returns null dispatches nothing for that occurrence.
 */
public final class SocketConfig {

    private final String id;
    private final String url;
    private final String[] protocols;
    private final SocketCodec codec;
    private final MessageRouter router;
    private final boolean envelope;
    private final boolean acknowledged;
    private final ReconnectPolicy reconnect;
    private final OutboxPolicy outbox;
    private final Heartbeat heartbeat;
    private final Function<SocketOpened, ?> onOpened;
    private final Function<SocketClosed, ?> onClosed;
    private final Function<SocketError, ?> onError;
    private final Function<SocketStatus, ?> onStatus;
    private final Function<OutboxOverflow, ?> onOverflow;

    private SocketConfig(Builder b) {
        this.id = b.id;
        this.url = b.url;
        this.protocols = b.protocols;
        this.codec = b.codec;
        this.router = b.router;
        this.envelope = b.envelope;
        this.acknowledged = b.acknowledged;
        this.reconnect = b.reconnect;
        this.outbox = b.outbox;
        this.heartbeat = b.heartbeat;
        this.onOpened = b.onOpened;
        this.onClosed = b.onClosed;
        this.onError = b.onError;
        this.onStatus = b.onStatus;
        this.onOverflow = b.onOverflow;
    }

    /**
     * Starts a configuration for the connection {@code id} to {@code url}, whose incoming
     * messages become events through {@code router}. The defaults: the text codec, no
     * subprotocol, no envelope, {@link ReconnectPolicy#defaults()},
     * {@link OutboxPolicy#defaults()} and no heartbeat.
     */
    public static Builder builder(String id, String url, MessageRouter router) {
        return new Builder(id, url, router);
    }

    public String id() {
        return id;
    }

    public String url() {
        return url;
    }

    /** Returns a copy of the subprotocols offered to the server. */
    public String[] protocols() {
        return protocols.clone();
    }

    public SocketCodec codec() {
        return codec;
    }

    public MessageRouter router() {
        return router;
    }

    /** Whether frames use the envelope of docs/websocket-protocol.md. */
    public boolean envelope() {
        return envelope;
    }

    /** Whether messages are acknowledged, re-sent after reconnects and de-duplicated. */
    public boolean acknowledged() {
        return acknowledged;
    }

    public ReconnectPolicy reconnect() {
        return reconnect;
    }

    public OutboxPolicy outbox() {
        return outbox;
    }

    /** Returns the heartbeat, or null if there is none. */
    public Heartbeat heartbeat() {
        return heartbeat;
    }

    Function<SocketOpened, ?> onOpened() {
        return onOpened;
    }

    Function<SocketClosed, ?> onClosed() {
        return onClosed;
    }

    Function<SocketError, ?> onError() {
        return onError;
    }

    Function<SocketStatus, ?> onStatus() {
        return onStatus;
    }

    Function<OutboxOverflow, ?> onOverflow() {
        return onOverflow;
    }

    /** Builds a {@link SocketConfig}. */
    public static final class Builder {

        private final String id;
        private final String url;
        private final MessageRouter router;
        private String[] protocols = new String[0];
        private SocketCodec codec = SocketCodec.text();
        private boolean envelope;
        private boolean acknowledged;
        private ReconnectPolicy reconnect = ReconnectPolicy.defaults();
        private OutboxPolicy outbox = OutboxPolicy.defaults();
        private Heartbeat heartbeat;
        private Function<SocketOpened, ?> onOpened;
        private Function<SocketClosed, ?> onClosed;
        private Function<SocketError, ?> onError;
        private Function<SocketStatus, ?> onStatus;
        private Function<OutboxOverflow, ?> onOverflow;

        private Builder(String id, String url, MessageRouter router) {
            this.id = Objects.requireNonNull(id, "id");
            this.url = Objects.requireNonNull(url, "url");
            this.router = Objects.requireNonNull(router, "router");
        }

        /** Offers these subprotocols to the server. */
        public Builder protocols(String... protocols) {
            this.protocols = protocols.clone();
            return this;
        }

        public Builder codec(SocketCodec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Wraps every frame in the envelope of docs/websocket-protocol.md, which
         * {@link SocketRequest} needs. Requires the JSON codec.
         */
        public Builder envelope() {
            this.envelope = true;
            return this;
        }

        /**
         * Numbers every message sent with {@link SocketSend} and keeps it until the
         * server acknowledges it; unacknowledged messages are sent again after a
         * reconnect, in order. Incoming numbered messages are acknowledged and each is
         * dispatched once. Implies {@link #envelope()}.
         */
        public Builder acknowledged() {
            this.acknowledged = true;
            this.envelope = true;
            return this;
        }

        public Builder reconnect(ReconnectPolicy policy) {
            this.reconnect = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public Builder outbox(OutboxPolicy policy) {
            this.outbox = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Sends pings and reconnects when no pong comes back; null turns it off. */
        public Builder heartbeat(Heartbeat heartbeat) {
            this.heartbeat = heartbeat;
            return this;
        }

        public Builder onOpened(Function<SocketOpened, ?> factory) {
            this.onOpened = factory;
            return this;
        }

        public Builder onClosed(Function<SocketClosed, ?> factory) {
            this.onClosed = factory;
            return this;
        }

        /** Without this factory, transport errors are logged as warnings. */
        public Builder onError(Function<SocketError, ?> factory) {
            this.onError = factory;
            return this;
        }

        /** The event dispatched with each new {@link SocketStatus}. */
        public Builder onStatus(Function<SocketStatus, ?> factory) {
            this.onStatus = factory;
            return this;
        }

        /**
         * The event dispatched when the outbox is full. Without this factory the
         * overflow is reported to the frame's error handler, so a lost message is never
         * silent.
         */
        public Builder onOverflow(Function<OutboxOverflow, ?> factory) {
            this.onOverflow = factory;
            return this;
        }

        /**
         * Returns the configuration.
         *
         * @throws IllegalArgumentException if the envelope is on without the JSON codec
         */
        public SocketConfig build() {
            if (envelope && !codec.isJson()) {
                throw new IllegalArgumentException("connection '" + id
                        + "': the envelope and acknowledged mode need the JSON codec, not " + codec);
            }
            return new SocketConfig(this);
        }
    }
}
