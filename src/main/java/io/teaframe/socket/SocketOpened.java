package io.teaframe.socket;

/**
 * A socket of the connection opened.
 *
 * @param connectionId the connection's id
 * @param protocol the subprotocol the server chose, or an empty string
 * @param reconnect true if an earlier socket of the same connect was lost before this one
 */
public record SocketOpened(String connectionId, String protocol, boolean reconnect) {
}
