package io.teaframe.e2e.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's server side: the REST API at {@value #API_PATH} and the WebSocket at
 * {@value #SOCKET_PATH}, over an H2 database in a folder.
 *
 * <p>Add it to a Jetty server as a bean ({@code server.addBean(backend)}) so that it opens
 * the database when the server starts and closes it when the server stops, and add its
 * {@link #contexts}.
 */
public final class DemoBackend extends AbstractLifeCycle {

    /** System property that overrides the database folder, {@value #DEFAULT_DATABASE_FOLDER}. */
    public static final String DATABASE_FOLDER_PROPERTY = "teaframe.demo.db.dir";

    /** The database folder relative to the repository root, or to e2e/ when Maven runs there. */
    public static final String DEFAULT_DATABASE_FOLDER = "e2e/target/demo-db";

    /** The system property that lists the other origins whose pages may call the API. */
    public static final String CORS_ORIGINS_PROPERTY = "teaframe.demo.cors.origins";

    public static final String API_PATH = "/api";
    public static final String SOCKET_PATH = "/ws";

    private static final Logger LOG = LoggerFactory.getLogger(DemoBackend.class);

    /** How long an open socket may be silent before Jetty closes it; clients with a heartbeat ping well within it. */
    private static final Duration SOCKET_IDLE_TIMEOUT = Duration.ofMinutes(5);

    private final Path databaseFolder;
    private final DemoDatabase database;
    private final ChatStore chat;
    private final Faults faults = new Faults();
    private final SocketHub hub = new SocketHub();
    private final Pushes pushes = new Pushes(hub);
    private final ApiHandler api;
    private final RequestRecorder recorder;

    /** Prepares the backend for a database in {@code databaseFolder}; starting it opens the database. */
    public DemoBackend(Path databaseFolder) {
        this.databaseFolder = databaseFolder.toAbsolutePath().normalize();
        database = new DemoDatabase(this.databaseFolder);
        chat = new ChatStore(database);
        UserStore users = new UserStore(database);
        recorder = new RequestRecorder(null);
        api = new ApiHandler(new UsersApi(users, chat, pushes),
                new AdminApi(faults, hub, pushes, database, users, recorder));
        recorder.setHandler(new FaultInjector(faults, api));
    }

    /**
     * Returns the database folder from {@value #DATABASE_FOLDER_PROPERTY}, or else
     * {@value #DEFAULT_DATABASE_FOLDER} below the working directory, or {@code target/demo-db}
     * when the working directory is the e2e module.
     */
    public static Path configuredDatabaseFolder() {
        String configured = System.getProperty(DATABASE_FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        boolean inE2eModule = !Files.isDirectory(workingDirectory.resolve("e2e"))
                && workingDirectory.getFileName() != null
                && workingDirectory.getFileName().toString().equals("e2e");
        return inE2eModule ? Path.of("target", "demo-db") : Path.of(DEFAULT_DATABASE_FOLDER);
    }

    /**
     * Returns the origins that {@value #CORS_ORIGINS_PROPERTY} lists, separated by commas,
     * such as {@code https://static.example.com}; empty when it is not set.
     */
    public static Set<String> configuredCorsOrigins() {
        Set<String> origins = new LinkedHashSet<>();
        String configured = System.getProperty(CORS_ORIGINS_PROPERTY, "");
        for (String origin : configured.split(",")) {
            if (!origin.isBlank()) {
                origins.add(origin.strip());
            }
        }
        return origins;
    }

    /** Returns the contexts to add to the server: the API and the WebSocket upgrade. */
    public List<ContextHandler> contexts(Server server) {
        ContextHandler apiContext = new ContextHandler(withCors(recorder, configuredCorsOrigins()), API_PATH);

        ContextHandler socketContext = new ContextHandler(SOCKET_PATH);
        // Upgrade /ws itself instead of redirecting it to /ws/.
        socketContext.setAllowNullPathInContext(true);
        socketContext.setHandler(WebSocketUpgradeHandler.from(server, socketContext, container -> {
            container.setIdleTimeout(SOCKET_IDLE_TIMEOUT);
            container.addMapping("/*", (request, response, callback) ->
                    new JettySocketEndpoint(hub, new DemoSocketHandler(chat, pushes, faults), faults::stallPongs));
        }));
        return List.of(apiContext, socketContext);
    }

    /**
     * Wraps {@code api} so that pages of {@code origins} may call it from another origin.
     * Without origins, the API sends no CORS headers and browsers let only pages of its
     * own origin read its responses.
     */
    private static Handler withCors(Handler api, Set<String> origins) {
        if (origins.isEmpty()) {
            return api;
        }
        Set<String> patterns = new HashSet<>();
        for (String origin : origins) {
            patterns.add(Pattern.quote(origin));
        }
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(patterns);
        cors.setAllowedMethods(Set.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(Set.of("Content-Type", "Accept"));
        cors.setHandler(api);
        LOG.info("The API allows cross-origin requests from {}", origins);
        return cors;
    }

    /** Returns the database folder. */
    public Path databaseFolder() {
        return databaseFolder;
    }

    @Override
    protected void doStart() throws Exception {
        database.open();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        database.close();
        LOG.info("Closed the database {}", database.file());
    }
}
