package io.teaframe.socket;

/**
 * The transport reported an error on a socket. In the browser the error event carries no
 * detail, and a {@link SocketClosed} always follows it.
 *
 * @param connectionId the connection's id
 * @param message the transport's description, possibly empty
 */
public record SocketError(String connectionId, String message) {
}
