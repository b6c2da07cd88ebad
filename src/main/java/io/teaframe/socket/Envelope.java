package io.teaframe.socket;

/**
 * Writes the frames of the teaframe wire protocol (docs/websocket-protocol.md). Bodies
 * arrive here as JSON text already checked by the codec, and ids are ints, so the
 * frames are built by concatenation without a JSON writer.
 */
final class Envelope {

    static final String MESSAGE = "msg";
    static final String ACK = "ack";
    static final String REQUEST = "req";
    static final String RESPONSE = "res";
    static final String HELLO = "hello";
    static final String PING = "ping";
    static final String PONG = "pong";

    private Envelope() {
    }

    static String message(String body) {
        return "{\"t\":\"msg\",\"body\":" + body + "}";
    }

    static String message(int id, String body) {
        return "{\"t\":\"msg\",\"id\":" + id + ",\"body\":" + body + "}";
    }

    static String request(int correlationId, String body) {
        return "{\"t\":\"req\",\"cid\":" + correlationId + ",\"body\":" + body + "}";
    }

    static String ack(int id) {
        return "{\"t\":\"ack\",\"id\":" + id + "}";
    }

    /** Writes a hello frame. The session id comes from {@code RandomSource.uuid()}, so it needs no escaping. */
    static String hello(String session) {
        return "{\"t\":\"hello\",\"session\":\"" + session + "\"}";
    }
}
