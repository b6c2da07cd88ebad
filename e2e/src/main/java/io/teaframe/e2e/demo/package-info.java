/**
 * The demo app's backend: a REST API and a WebSocket over an H2 database, served by
 * {@link io.teaframe.e2e.server.DevServer} next to the app's static files.
 *
 * <h2>Data</h2>
 *
 * <p>{@link io.teaframe.e2e.demo.DemoDatabase} keeps one H2 file in the folder named by
 * the system property {@code teaframe.demo.db.dir} (by default {@code e2e/target/demo-db};
 * Maven's exec and test runs set {@code target/demo-db} and {@code target/test-demo-db}).
 * The first start creates the tables and seeds 1,000 users from
 * {@code src/main/resources/demo/users.csv} and their permissions from their roles; later
 * starts keep every change. {@code POST /api/admin/data/reset} restores the seed.
 *
 * <h2>REST, below /api</h2>
 *
 * <pre>
 * GET    /users?q=&amp;sort=name|email|created&amp;dir=asc|desc&amp;page=1&amp;size=20
 *                                  {"users":[user...],"total":N,"page":P,"size":S,"pages":K}
 * GET    /users/{id}               user
 * PUT    /users/{id}               body {"name","email","role","team","active","version"}:
 *                                  200 user at version + 1, 409 on a stale version
 * DELETE /users/{id}?version=V     204
 * GET    /users/{id}/permissions   {"userId","role","permissions":[name...]}
 * GET    /chat/messages?limit=N    {"messages":[{"id","author","text","sentAt"}...]}
 * GET|PUT /admin/faults, POST /admin/faults/reset, POST /admin/faults/drop-sockets,
 * POST   /admin/data/reset
 * </pre>
 *
 * <p>A user is {@code {"id","name","email","role":"viewer|editor|admin","team","active",
 * "created":"YYYY-MM-DD","version"}}. Every error has the body
 * {@code {"error":{"status","type","message",...}}}; the types are {@code not-found},
 * {@code invalid-parameter}, {@code invalid-input} (with {@code fields}, a map from member
 * to problem), {@code invalid-json}, {@code body-too-large}, {@code method-not-allowed},
 * {@code version-conflict} (with the current user in the top-level member
 * {@code current}), {@code email-taken}, {@code injected-fault} and {@code server-error}.
 *
 * <h2>WebSocket at /ws</h2>
 *
 * <p>The socket speaks the envelope protocol of docs/websocket-protocol.md through
 * {@link io.teaframe.e2e.demo.EnvelopeConnection}, which depends on neither the demo nor
 * Jetty, so other servers can reuse it. The server pushes unnumbered messages to every
 * socket, with these bodies:
 *
 * <pre>
 * {"type":"user-updated","user":user}            after each PUT, from any client
 * {"type":"user-deleted","id":N}                 after each DELETE
 * {"type":"chat","message":{"id","author","text","sentAt"}}   after a chat message is stored
 * {"type":"faults-changed","faults":settings}    after the fault settings changed
 * {"type":"notification","level":"info|warning","text":T}    a line for people to read
 * {"type":"error","id":N,"message":T}            to the sender of an invalid chat message
 * </pre>
 *
 * <p>The client sends chat messages in acknowledged mode as
 * {@code {"type":"chat","text":T,"author":A}}; each is stored once per client session and
 * message id, in the same transaction that records the id, so a re-send after a
 * reconnect is acknowledged but not stored again. Requests {@code {"op":"chat-history"}}
 * and {@code {"op":"faults"}} are answered with {@code res} frames.
 *
 * <h2>Faults</h2>
 *
 * <p>{@code /api/admin/faults} sets {@code latencyMillis} (0 to 60,000),
 * {@code errorRate} (0 to 1), {@code errorStatus} (400 to 599) and {@code stallPongs}.
 * Latency and errors apply to every path below {@code /api} except {@code /api/admin};
 * stalled pongs leave the socket's pings unanswered, so clients with a heartbeat
 * reconnect.
 *
 * <h2>Logs</h2>
 *
 * <p>Through SLF4J: the server's start and stop with its URL and database, one line per
 * request (logger {@code io.teaframe.e2e.requests}: method, path, status, milliseconds),
 * socket connects and disconnects, rejected requests and frames, and every error with its
 * stack trace.
 */
package io.teaframe.e2e.demo;
