package io.teaframe.e2e.server;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.common.WebSocketSession;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.OpCode;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server side of the teaframe WebSocket protocol (docs/websocket-protocol.md), for
 * the browser scenarios, the socket fault test and the socket benchmark, with HTTP
 * controls that let a test break things on purpose.
 *
 * <p>A page connects to {@code /ws-test?tag=NAME}. Connections with the same tag share
 * one {@link Channel}: its counters, its switches and the controls aimed at it, so
 * scenarios that run one after another never see each other's sockets. With
 * {@code &raw=true}, a connection does not use the envelope and echoes every text frame.
 *
 * <p>On an enveloped connection the server:
 * <ul>
 *   <li>replies to {@code {"t":"ping"}} with {@code {"t":"pong"}}, unless pongs are stalled;</li>
 *   <li>for a {@code msg} with an {@code id}, acknowledges it, and stores its body only
 *       if the id is above the highest one stored for the client's session (from its
 *       hello); a body stored twice counts as a duplicate;</li>
 *   <li>echoes a {@code msg} without an {@code id} back as a {@code msg};</li>
 *   <li>replies to a {@code req} with a {@code res} whose body is {@code {"echo": body}}.</li>
 * </ul>
 * A binary frame is echoed back on any connection.
 *
 * <p>The controls are GET requests to {@code /ws-control/OP?tag=NAME}, and each returns
 * the tag's counters as a JSON object. {@link Control} lists the operations.
 */
public final class SocketTestServer {

    /** The path the pages connect to. */
    public static final String SOCKET_PATH = "/ws-test";

    /** The path of the controls. */
    public static final String CONTROL_PATH = "/ws-control";

    static final String PONG = "{\"t\":\"pong\"}";
    private static final String PING = "{\"t\":\"ping\"}";
    private static final String MALFORMED = "{\"t\":\"msg\",\"body\":";

    private static final Logger LOG = LoggerFactory.getLogger(SocketTestServer.class);

    private final Map<String, Channel> channels = new ConcurrentHashMap<>();

    /** Returns the context that upgrades requests to {@value #SOCKET_PATH} to WebSockets. */
    public ContextHandler socketContext(Server server) {
        ContextHandler context = new ContextHandler(SOCKET_PATH);
        // Upgrade /ws-test itself instead of redirecting it to /ws-test/.
        context.setAllowNullPathInContext(true);
        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, context, container -> {
            container.setIdleTimeout(Duration.ofMinutes(5));
            container.addMapping("/*", (request, response, callback) -> {
                Fields query = Request.extractQueryParameters(request);
                Channel channel = channel(query.getValue("tag"));
                if (!channel.isAccepting()) {
                    Response.writeError(request, response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
                            "not accepting connections for this tag");
                    return null;
                }
                return new Endpoint(channel, "true".equals(query.getValue("raw")));
            });
        });
        context.setHandler(upgrade);
        return context;
    }

    /** Returns the context of the controls at {@value #CONTROL_PATH}. */
    public ContextHandler controlContext() {
        return new ContextHandler(new Control(), CONTROL_PATH);
    }

    /** Returns the channel of {@code tag}, creating it on first use. A missing tag is the tag "default". */
    public Channel channel(String tag) {
        String name = tag == null || tag.isEmpty() ? "default" : tag;
        return channels.computeIfAbsent(name, Channel::new);
    }

    /**
     * The sockets of one tag, what they stored, and the switches the controls set. Its
     * methods are synchronized because Jetty calls the endpoints from its own threads.
     */
    public static final class Channel {

        private final String tag;
        private final Set<Session> sessions = new HashSet<>();
        private final Map<String, Integer> highestStoredId = new HashMap<>();
        private final Set<String> storedBodies = new HashSet<>();
        private boolean accepting = true;
        private boolean stallPongs;
        private int connections;
        private int stored;
        private int duplicates;
        private int resent;
        private int drops;
        private int pings;

        private Random chaos;
        private int chaosDropsLeft;
        private int chaosOneIn;

        Channel(String tag) {
            this.tag = tag;
        }

        public synchronized boolean isAccepting() {
            return accepting;
        }

        synchronized void setAccepting(boolean accepting) {
            this.accepting = accepting;
        }

        synchronized void setStallPongs(boolean stall) {
            this.stallPongs = stall;
        }

        synchronized boolean stallPongs() {
            return stallPongs;
        }

        synchronized void opened(Session session) {
            sessions.add(session);
            connections++;
        }

        synchronized void closed(Session session) {
            sessions.remove(session);
        }

        synchronized void pinged() {
            pings++;
        }

        /**
         * Records an acknowledged message from {@code clientSession} and returns whether
         * it was new. A body stored before counts as a duplicate even when its id was new.
         */
        synchronized boolean store(String clientSession, int id, String body) {
            Integer highest = highestStoredId.get(clientSession);
            if (highest != null && id <= highest) {
                resent++;
                return false;
            }
            highestStoredId.put(clientSession, id);
            stored++;
            if (!storedBodies.add(body)) {
                duplicates++;
            }
            return true;
        }

        synchronized List<Session> sessions() {
            return new ArrayList<>(sessions);
        }

        /** Drops every socket of this tag without a close frame, so browsers report 1006. */
        int dropAll() {
            List<Session> current = sessions();
            for (Session session : current) {
                session.disconnect();
            }
            synchronized (this) {
                drops += current.size();
            }
            return current.size();
        }

        synchronized void startChaos(long seed, int maxDrops, int oneIn) {
            chaos = new Random(seed);
            chaosDropsLeft = maxDrops;
            chaosOneIn = oneIn;
        }

        /** Draws whether to drop the connection after an acknowledged message, and counts the drop. */
        synchronized int drawChaos() {
            if (chaos == null || chaosDropsLeft == 0 || chaos.nextInt(chaosOneIn) != 0) {
                return CHAOS_NONE;
            }
            chaosDropsLeft--;
            drops++;
            return chaos.nextBoolean() ? CHAOS_DROP_BEFORE_ACK : CHAOS_DROP_AFTER_ACK;
        }

        /** Returns the number of acknowledged messages stored, duplicates included. */
        public synchronized int stored() {
            return stored;
        }

        /** Returns the number of different bodies stored. */
        public synchronized int distinct() {
            return storedBodies.size();
        }

        /** Returns the number of bodies stored a second time. */
        public synchronized int duplicates() {
            return duplicates;
        }

        /** Returns the number of acknowledged messages received again and not stored, because their id was stored. */
        public synchronized int resent() {
            return resent;
        }

        /** Returns the number of sockets dropped by the controls and the chaos. */
        public synchronized int drops() {
            return drops;
        }

        /** Returns the number of sockets accepted. */
        public synchronized int connections() {
            return connections;
        }

        synchronized String statsJson() {
            return new JsonObject()
                    .add("tag", tag)
                    .add("connections", connections)
                    .add("open", sessions.size())
                    .add("stored", stored)
                    .add("distinct", storedBodies.size())
                    .add("duplicates", duplicates)
                    .add("resent", resent)
                    .add("drops", drops)
                    .add("pings", pings)
                    .toString();
        }
    }

    private static final int CHAOS_NONE = 0;
    private static final int CHAOS_DROP_BEFORE_ACK = 1;
    private static final int CHAOS_DROP_AFTER_ACK = 2;

    /** One accepted socket. Public because Jetty looks up its methods through method handles. */
    public static final class Endpoint implements Session.Listener.AutoDemanding {

        private final Channel channel;
        private final boolean raw;
        private Session session;
        /** The client's session from its hello, or "" before one arrived. */
        private String clientSession = "";

        Endpoint(Channel channel, boolean raw) {
            this.channel = channel;
            this.raw = raw;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
            channel.opened(opened);
        }

        @Override
        public void onWebSocketClose(int code, String reason, org.eclipse.jetty.websocket.api.Callback callback) {
            channel.closed(session);
            callback.succeed();
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            LOG.debug("WebSocket error on tag {}: {}", channel.tag, cause.toString());
        }

        @Override
        public void onWebSocketBinary(ByteBuffer payload, org.eclipse.jetty.websocket.api.Callback callback) {
            ByteBuffer copy = ByteBuffer.allocate(payload.remaining());
            copy.put(payload).flip();
            callback.succeed();
            session.sendBinary(copy, org.eclipse.jetty.websocket.api.Callback.NOOP);
        }

        @Override
        public void onWebSocketText(String text) {
            if (PING.equals(text)) {
                channel.pinged();
                if (!channel.stallPongs()) {
                    send(PONG);
                }
                return;
            }
            if (raw) {
                send(text);
                return;
            }
            JsonObject frame;
            try {
                frame = Json.parse(text).asObject();
            } catch (ParseException | UnsupportedOperationException e) {
                LOG.warn("Ignored a frame that is not a JSON object on tag {}: {}", channel.tag, text);
                return;
            }
            String type = frame.getString("t", "");
            if (type.equals("hello")) {
                clientSession = frame.getString("session", "");
            } else if (type.equals("msg")) {
                receiveMessage(frame);
            } else if (type.equals("req")) {
                JsonObject body = new JsonObject().add("echo", frame.get("body"));
                send(new JsonObject().add("t", "res").add("cid", frame.getInt("cid", 0)).add("body", body).toString());
            } else if (!type.equals("ack") && !type.equals("pong")) {
                LOG.warn("Ignored a frame of unknown type on tag {}: {}", channel.tag, text);
            }
        }

        private void receiveMessage(JsonObject frame) {
            JsonValue body = frame.get("body");
            JsonValue id = frame.get("id");
            if (id == null) {
                send(new JsonObject().add("t", "msg").add("body", body).toString());
                return;
            }
            int messageId = id.asInt();
            channel.store(clientSession, messageId, body.toString());
            String ack = "{\"t\":\"ack\",\"id\":" + messageId + "}";
            int chaos = channel.drawChaos();
            if (chaos == CHAOS_DROP_BEFORE_ACK) {
                session.disconnect();
                return;
            }
            send(ack);
            if (chaos == CHAOS_DROP_AFTER_ACK) {
                session.disconnect();
            }
        }

        private void send(String text) {
            session.sendText(text, org.eclipse.jetty.websocket.api.Callback.NOOP);
        }
    }

    /**
     * The HTTP controls, each {@code GET /ws-control/OP?tag=NAME} plus parameters:
     *
     * <pre>
     * drop                    drop every socket of the tag without a close frame (1006)
     * accept?on=false|true    reject (HTTP 503) or accept new sockets
     * stall?on=true|false     stop or resume the pongs
     * malformed               send a text frame that is not JSON to every socket
     * close?code=C&amp;reason=R   close every socket with that code and reason
     * push?text=T             send the text frame T to every socket
     * burst?count=N           send N frames {"type":"tick","n":i}, i from 1 to N, to every socket
     * chaos?seed=S&amp;drops=D&amp;oneIn=K
     *                         after each acknowledged message, drop the socket with a chance of
     *                         1 in K (before or after the ack, by the seeded draw), at most D times
     * stats                   the counters of the tag
     * </pre>
     *
     * Each returns the tag's counters as JSON, after the operation.
     */
    private final class Control extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String operation = Request.getPathInContext(request);
            if (operation.startsWith("/")) {
                operation = operation.substring(1);
            }
            Fields query = Request.extractQueryParameters(request);
            Channel channel = channel(query.getValue("tag"));
            String problem = apply(operation, query, channel);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            if (problem != null) {
                response.setStatus(HttpStatus.BAD_REQUEST_400);
                String json = new JsonObject().add("error", problem).toString();
                response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
            response.write(true, ByteBuffer.wrap(channel.statsJson().getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }

        /** Applies {@code operation} and returns null, or what was wrong with the request. */
        private String apply(String operation, Fields query, Channel channel) {
            try {
                switch (operation) {
                    case "drop" -> channel.dropAll();
                    case "accept" -> channel.setAccepting(!"false".equals(query.getValue("on")));
                    case "stall" -> channel.setStallPongs(!"false".equals(query.getValue("on")));
                    case "malformed" -> sendToAll(channel, MALFORMED);
                    case "close" -> {
                        int code = Integer.parseInt(query.getValue("code"));
                        String reason = query.getValue("reason") == null ? "" : query.getValue("reason");
                        for (Session session : channel.sessions()) {
                            session.close(code, reason, org.eclipse.jetty.websocket.api.Callback.NOOP);
                        }
                    }
                    case "push" -> sendToAll(channel, query.getValue("text"));
                    case "burst" -> burst(channel, Integer.parseInt(query.getValue("count")));
                    case "chaos" -> channel.startChaos(Long.parseLong(query.getValue("seed")),
                            Integer.parseInt(query.getValue("drops")), Integer.parseInt(query.getValue("oneIn")));
                    case "stats" -> {
                    }
                    default -> {
                        return "unknown operation '" + operation + "'; use drop, accept, stall, malformed, close,"
                                + " push, burst, chaos or stats";
                    }
                }
            } catch (NumberFormatException | NullPointerException e) {
                return "invalid or missing parameter for '" + operation + "': " + e.getMessage();
            }
            LOG.debug("Control {} on tag {}", operation, channel.tag);
            return null;
        }

        private void sendToAll(Channel channel, String text) {
            if (text == null) {
                throw new NullPointerException("text");
            }
            for (Session session : channel.sessions()) {
                session.sendText(text, org.eclipse.jetty.websocket.api.Callback.NOOP);
            }
        }

        /**
         * Sends the frames in batch mode through Jetty's core session, which writes many
         * frames per network write. One write per frame, as {@code Session.sendText} does,
         * capped the rate at about 27,000 frames per second, which made the socket
         * benchmark measure the server instead of the page.
         */
        private void burst(Channel channel, int count) {
            for (Session session : channel.sessions()) {
                CoreSession core = ((WebSocketSession) session).getCoreSession();
                for (int i = 1; i <= count; i++) {
                    core.sendFrame(new Frame(OpCode.TEXT, "{\"type\":\"tick\",\"n\":" + i + "}"), Callback.NOOP, true);
                }
                core.flush(Callback.NOOP);
            }
        }
    }
}
