package io.teaframe.e2e.demo;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A WebSocket client over {@link java.net.http.WebSocket} that speaks the frames of the
 * envelope protocol by hand and keeps every text frame it receives.
 */
final class SocketClient implements AutoCloseable {

    private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    /** Frames that an await passed over, in the order they arrived; only the test thread uses them. */
    private final List<String> passedOver = new ArrayList<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private SocketClient(URI uri) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    static SocketClient connect(URI uri) throws Exception {
        return new SocketClient(uri);
    }

    /** Connects and sends the hello of {@code clientSession}. */
    static SocketClient connect(URI uri, String clientSession) throws Exception {
        SocketClient client = new SocketClient(uri);
        client.send(new JsonObject().add("t", "hello").add("session", clientSession).toString());
        return client;
    }

    void send(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    /** Sends {@code body} as acknowledged message {@code id}. */
    void sendAcknowledged(int id, JsonObject body) throws Exception {
        send(new JsonObject().add("t", "msg").add("id", id).add("body", body).toString());
    }

    /**
     * Returns and takes the first frame not yet taken that matches {@code predicate}.
     * Frames that do not match stay for later calls, so the order in which the server
     * sends a push and an ack does not matter.
     *
     * @throws AssertionError if none arrives within {@code millis}
     */
    JsonObject await(Predicate<JsonObject> predicate, long millis, String description) throws InterruptedException {
        for (Iterator<String> iterator = passedOver.iterator(); iterator.hasNext(); ) {
            String text = iterator.next();
            if (predicate.test(Json.parse(text).asObject())) {
                iterator.remove();
                return Json.parse(text).asObject();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            long left = deadline - System.nanoTime();
            String text = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            if (text == null) {
                throw new AssertionError("No " + description + " within " + millis + " ms; frames not taken: "
                        + passedOver);
            }
            JsonObject frame = Json.parse(text).asObject();
            if (predicate.test(frame)) {
                return frame;
            }
            passedOver.add(text);
        }
    }

    /** Returns the body of the first pushed {@code msg} whose body has {@code type}. */
    JsonObject awaitPush(String type, long millis) throws InterruptedException {
        return await(frame -> frame.getString("t", "").equals("msg")
                && type.equals(frame.get("body").asObject().getString("type", null)), millis, "push of type " + type)
                .get("body").asObject();
    }

    /** Returns whether the frame {@code text} is a pong. */
    static boolean isPong(String text) {
        return Json.parse(text).asObject().getString("t", "").equals("pong");
    }

    /** Waits for the ack of {@code id}. */
    void awaitAck(int id, long millis) throws InterruptedException {
        await(frame -> frame.getString("t", "").equals("ack") && frame.getInt("id", 0) == id, millis, "ack of " + id);
    }

    /** Returns the frames received and not yet taken by an await, and takes them. */
    List<String> drain() {
        List<String> rest = new ArrayList<>(passedOver);
        passedOver.clear();
        frames.drainTo(rest);
        return rest;
    }

    /** Returns a future completed with a description when the socket closes or fails. */
    CompletableFuture<String> closed() {
        return closed;
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete("closed with " + statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("failed: " + error);
        }
    }
}
