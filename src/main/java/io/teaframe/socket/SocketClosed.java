package io.teaframe.socket;

/**
 * A socket of the connection ended. Every socket that the connection opened ends with
 * one of these, whether it reached open or not.
 *
 * <p>When the server or the network ended it, {@code code}, {@code reason} and
 * {@code clean} come from the transport: 1006 and not clean when the connection dropped
 * without a close frame. When the client ended it (the app closed or connected again, the
 * connection timeout passed, or no pong came), the code is the one the client sent or
 * 1006 for a socket given up as dead, and {@code clean} is false, because the client does
 * not wait for the closing handshake.
 *
 * @param connectionId the connection's id
 * @param code the close code
 * @param reason the close reason, or an empty string
 * @param clean whether the closing handshake completed
 * @param byClient true if the client ended the socket
 */
public record SocketClosed(String connectionId, int code, String reason, boolean clean, boolean byClient) {
}
