/**
 * The WebSocket effect: connections by id, with reconnects, an outbox, acknowledged
 * delivery, requests and heartbeats, written once over the {@link
 * io.teaframe.socket.SocketTransport} port.
 *
 * <h2>The problem</h2>
 * A browser's {@code WebSocket} opens one socket and reports what happens to it. An app
 * needs a connection that outlives its sockets: one that comes back after the network
 * drops, that does not hammer a server which keeps failing, that keeps messages sent
 * while no socket is open, and that notices a connection that died without a close
 * (a half-open TCP connection reports nothing). And the app's handlers must stay pure.
 *
 * <h2>The strategy</h2>
 * <ul>
 *   <li>Handlers return effects as data: {@link io.teaframe.socket.SocketConnect},
 *       {@link io.teaframe.socket.SocketSend}, {@link io.teaframe.socket.SocketSubscribe},
 *       {@link io.teaframe.socket.SocketUnsubscribe},
 *       {@link io.teaframe.socket.SocketRequest} and
 *       {@link io.teaframe.socket.SocketClose}. {@link io.teaframe.socket.Sockets#install}
 *       registers the one module that carries them out.</li>
 *   <li>What happens comes back as events, made by factories of the
 *       {@link io.teaframe.socket.SocketConfig}: incoming messages through its
 *       {@link io.teaframe.socket.MessageRouter}, and the lifecycle as
 *       {@link io.teaframe.socket.SocketOpened}, {@link io.teaframe.socket.SocketClosed},
 *       {@link io.teaframe.socket.SocketError}, {@link io.teaframe.socket.OutboxOverflow}
 *       and, on each transition, a {@link io.teaframe.socket.SocketStatus} the app keeps
 *       in its state for views to subscribe to.</li>
 *   <li>A message that does not decode or route is reported to the frame's error handler
 *       with {@link io.teaframe.Phase#MESSAGE}, and the connection stays up.</li>
 *   <li>Every socket a connection opens gets a generation number. Callbacks of a socket
 *       that is no longer the current one are dropped, so a replaced socket, or one
 *       given up as dead, cannot deliver anything to the app.</li>
 *   <li>The envelope (docs/websocket-protocol.md) wraps frames in JSON objects so that
 *       acknowledgements, requests and pings can share the socket with app messages.</li>
 * </ul>
 *
 * <h2>The state machine</h2>
 * One connection id has these states ({@link io.teaframe.socket.SocketState}). The
 * attempt count {@code n} is the number of connections that failed in a row since the
 * last stable one; the {@link io.teaframe.socket.ReconnectPolicy} sets the delays, the
 * maximum attempts, the connection timeout and the stable period.
 * <pre>
 * state         trigger                      next state    action
 * CLOSED        CONNECT                      CONNECTING    n := 0; open a socket; start the connection timer
 * FAILED        CONNECT                      CONNECTING    same
 * any other     CONNECT                      CONNECTING    close the current socket, if any (closed event); same
 * CONNECTING    OPENED                       OPEN          opened event; send hello, subscriptions,
 *                                                          unacknowledged, queued; start heartbeat and stable timer
 * CONNECTING    CONNECT_TIMEOUT              (as LOST)     close the socket with 4000; closed event with 1006
 * CONNECTING    LOST (code)                  (see LOST)    closed event
 * OPEN          STABLE                       OPEN          n := 0
 * OPEN          PONG_TIMEOUT                 (as LOST)     close the socket with 4000; closed event with 1006
 * OPEN          LOST (code)                  (see LOST)    closed event
 * -             LOST, policy RECONNECT, n &lt; max
 *                                            RECONNECTING  n := n + 1; schedule an attempt after the backoff delay
 * -             LOST, policy STOP or n = max FAILED        -
 * RECONNECTING  BACKOFF_ELAPSED              CONNECTING    open a socket; start the connection timer
 * RECONNECTING  ONLINE                       CONNECTING    cancel the backoff; open a socket now
 * any but CLOSED CLOSE                       CLOSED        cancel every timer; close the socket with the app's code
 * CLOSED        CLOSE                        CLOSED        -
 * </pre>
 * LOST is the transport's close of the current socket, with the code and reason of the
 * close frame, or 1006 when none came. CONNECT_TIMEOUT and PONG_TIMEOUT are handled as a
 * LOST with 1006. ONLINE in any other state, and STABLE, OPENED or a timer of an older
 * socket, do nothing. Each transition that changes the status dispatches the status
 * event.
 *
 * <p>Messages sent in any state but OPEN wait in the outbox, which is bounded by its
 * {@link io.teaframe.socket.OutboxPolicy}. The outbox, the unacknowledged messages, the
 * re-send list and the acknowledgement session belong to the connection id, not to a
 * socket, so they survive reconnects, closes and new connects.
 */
package io.teaframe.socket;
