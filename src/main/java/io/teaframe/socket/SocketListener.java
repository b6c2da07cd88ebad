package io.teaframe.socket;

/**
 * Receives what happens to one socket, each call in a task of its own. After
 * {@link #onClose}, nothing more is called. {@link #onError} is followed by
 * {@link #onClose}, as in the browser, where an error event carries no detail.
 */
public interface SocketListener {

    void onOpen();

    void onText(String text);

    void onBytes(byte[] bytes);

    void onError(String message);

    /**
     * The socket closed: {@code code} and {@code reason} from the close frame, or 1006
     * when the connection dropped without one. {@code clean} tells whether the closing
     * handshake completed.
     */
    void onClose(int code, String reason, boolean clean);
}
