package io.teaframe.e2e.server;

import io.teaframe.e2e.demo.DemoBackend;
import io.teaframe.e2e.demo.Slf4jRequestLog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A static file server on 127.0.0.1 for the demo app and the browser scenarios.
 *
 * <p>It serves the demo app's build output at {@code /} and the scenario page's build
 * output at {@code /scenarios/}. Responses carry {@code Cache-Control: no-cache}, so a
 * reload after a rebuild always fetches the new files. It listens on the loopback address
 * only, and 127.0.0.1 counts as a secure context, so {@code crypto.randomUUID()} works
 * over plain http. {@link SocketTestServer} serves WebSockets at {@code /ws-test} and
 * their test controls at {@code /ws-control/}.
 *
 * <p>For the HTTP scenarios it also serves the test endpoints of {@link TestApi} at
 * {@code /test-api/}, and listens on a second free port of 127.0.0.1, another origin,
 * where {@code /test-api/cors/denied} responds without {@code Access-Control-Allow-Origin}
 * and {@code /test-api/cors/allowed} allows the page origin. It also reserves a
 * port that nothing listens on, for refused connections; {@code /test-api/info} returns
 * both URLs.
 *
 * <p>The demo's backend, {@link DemoBackend}, serves its REST API at {@code /api/} and its
 * WebSocket at {@code /ws}, with the data in an H2 database in a folder. Every request is
 * logged through SLF4J.
 *
 * <p>Run it from the repository root with
 * {@code mvn -B -pl e2e -am package exec:java -DskipTests}, or call {@link #main} with an
 * optional port argument.
 */
public final class DevServer implements AutoCloseable {

    /** The port that {@link #main} listens on when no argument is given. */
    public static final int DEFAULT_PORT = 8080;

    /** System property that overrides {@link #DEFAULT_SITE_DIRECTORY}. */
    public static final String SITE_DIRECTORY_PROPERTY = "teaframe.site.dir";

    /** System property that overrides {@link #DEFAULT_SCENARIOS_DIRECTORY}. */
    public static final String SCENARIOS_DIRECTORY_PROPERTY = "teaframe.scenarios.dir";

    /** The demo app's build output, relative to the repository root. */
    public static final String DEFAULT_SITE_DIRECTORY = "webapp/target/site";

    /** The scenario page's build output, relative to the repository root. */
    public static final String DEFAULT_SCENARIOS_DIRECTORY = "e2e/target/scenarios";

    private static final Logger LOG = LoggerFactory.getLogger(DevServer.class);
    private static final String HOST = "127.0.0.1";
    private static final String PAGE_CONNECTOR = "page";
    private static final String CROSS_ORIGIN_CONNECTOR = "cross-origin";

    private final Server server;
    private final ServerConnector connector;
    private final ServerConnector crossOriginConnector;
    private final SocketTestServer sockets = new SocketTestServer();
    private final DemoBackend demo;

    /** The root URL, kept from the start because the connector reports no port after a stop. */
    private String baseUrl;
    private String crossOriginUrl;
    private String closedPortUrl;

    private DevServer(int port, Path siteDirectory, Path scenariosDirectory, Path databaseFolder) {
        server = new Server();
        server.setStopAtShutdown(true);
        server.setRequestLog(new Slf4jRequestLog());
        // Logged here and not in close(), so that a stop by Ctrl+C, through Jetty's shutdown hook, is logged too.
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopped(LifeCycle stopped) {
                LOG.info("Stopped {}", baseUrl != null ? baseUrl : "the server that failed to start on port " + port);
            }
        });
        // Added before the handlers, so the database opens before they start and closes after they stop.
        demo = new DemoBackend(databaseFolder);
        server.addBean(demo);

        connector = new ServerConnector(server);
        connector.setHost(HOST);
        connector.setPort(port);
        connector.setName(PAGE_CONNECTOR);
        server.addConnector(connector);

        crossOriginConnector = new ServerConnector(server);
        crossOriginConnector.setHost(HOST);
        crossOriginConnector.setPort(0);
        crossOriginConnector.setName(CROSS_ORIGIN_CONNECTOR);
        server.addConnector(crossOriginConnector);

        ContextHandler testApi = new ContextHandler(new TestApi(this), "/test-api");
        ContextHandler crossOrigin = new ContextHandler(new TestApi.CrossOrigin(this), "/test-api");
        List<ContextHandler> contexts = new ArrayList<>();
        contexts.add(onConnector(PAGE_CONNECTOR, testApi));
        contexts.add(onConnector(PAGE_CONNECTOR, sockets.socketContext(server)));
        contexts.add(onConnector(PAGE_CONNECTOR, sockets.controlContext()));
        for (ContextHandler demoContext : demo.contexts(server)) {
            contexts.add(onConnector(PAGE_CONNECTOR, demoContext));
        }
        contexts.add(onConnector(PAGE_CONNECTOR, staticContext("/scenarios", scenariosDirectory)));
        contexts.add(onConnector(PAGE_CONNECTOR, staticContext("/", siteDirectory)));
        contexts.add(onConnector(CROSS_ORIGIN_CONNECTOR, crossOrigin));
        server.setHandler(new ContextHandlerCollection(contexts.toArray(ContextHandler[]::new)));
    }

    /**
     * Starts a server on 127.0.0.1 with the demo's database in the folder that
     * {@link DemoBackend#configuredDatabaseFolder()} names.
     *
     * @param port the TCP port, or 0 for a free port chosen by the system
     * @param siteDirectory the demo app's files, served at {@code /}
     * @param scenariosDirectory the scenario page's files, served at {@code /scenarios/}
     * @throws IllegalArgumentException if a directory does not exist
     * @throws Exception if Jetty fails to start, for example because the port is in use
     */
    public static DevServer start(int port, Path siteDirectory, Path scenariosDirectory) throws Exception {
        return start(port, siteDirectory, scenariosDirectory, DemoBackend.configuredDatabaseFolder());
    }

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param port the TCP port, or 0 for a free port chosen by the system
     * @param siteDirectory the demo app's files, served at {@code /}
     * @param scenariosDirectory the scenario page's files, served at {@code /scenarios/}
     * @param databaseFolder the folder of the demo's database, created and seeded if it has none
     * @throws IllegalArgumentException if a directory does not exist
     * @throws Exception if Jetty fails to start, for example because the port is in use or
     *     another process has the database open
     */
    public static DevServer start(int port, Path siteDirectory, Path scenariosDirectory, Path databaseFolder)
            throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be between 0 and 65535, got " + port);
        }
        requireDirectory(siteDirectory, "site");
        requireDirectory(scenariosDirectory, "scenarios");

        DevServer devServer = new DevServer(port, siteDirectory, scenariosDirectory, databaseFolder);
        try {
            devServer.server.start();
        } catch (Exception e) {
            LOG.error("Failed to start on port {}", port, e);
            devServer.server.stop();
            throw e;
        }
        devServer.baseUrl = "http://" + HOST + ":" + devServer.connector.getLocalPort() + "/";
        devServer.crossOriginUrl = "http://" + HOST + ":" + devServer.crossOriginConnector.getLocalPort() + "/";
        devServer.closedPortUrl = "http://" + HOST + ":" + unusedPort() + "/";
        LOG.info("Started on {}, serving {} at / and {} at /scenarios/, the demo API at /api/ and /ws with the"
                + " database in {}; second origin {}, closed port {}",
                devServer.baseUrl(), siteDirectory, scenariosDirectory, devServer.demo.databaseFolder(),
                devServer.crossOriginUrl, devServer.closedPortUrl);
        return devServer;
    }

    /**
     * Starts a server on {@code port} for the build output in this checkout. The
     * directories come from the system properties {@value #SITE_DIRECTORY_PROPERTY} and
     * {@value #SCENARIOS_DIRECTORY_PROPERTY}. Without them they are found below the
     * working directory, or below its parent when Maven runs in the e2e module.
     */
    public static DevServer startForBuildOutput(int port) throws Exception {
        return start(port,
                buildDirectory(SITE_DIRECTORY_PROPERTY, DEFAULT_SITE_DIRECTORY),
                buildDirectory(SCENARIOS_DIRECTORY_PROPERTY, DEFAULT_SCENARIOS_DIRECTORY));
    }

    /** Returns the server's root URL, such as {@code http://127.0.0.1:8080/}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Returns the page origin, such as {@code http://127.0.0.1:8080}, without a trailing slash. */
    public String pageOrigin() {
        return baseUrl.substring(0, baseUrl.length() - 1);
    }

    /** Returns the root URL of the second connector, another origin than the pages. */
    public String crossOriginUrl() {
        return crossOriginUrl;
    }

    /** Returns a root URL on 127.0.0.1 whose port nothing listened on when the server started. */
    public String closedPortUrl() {
        return closedPortUrl;
    }

    /** Returns the WebSocket test server at {@code /ws-test} and its controls at {@code /ws-control}. */
    public SocketTestServer sockets() {
        return sockets;
    }

    /** Stops the server. Stopping a stopped server does nothing. */
    @Override
    public void close() throws Exception {
        if (server.isStarted()) {
            server.stop();
        }
    }

    /**
     * Serves the build output until the process is stopped. The optional first argument is
     * the port, {@value #DEFAULT_PORT} by default.
     */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? parsePort(args[0]) : DEFAULT_PORT;
        DevServer devServer = startForBuildOutput(port);
        System.out.println("teaframe demo:      " + devServer.baseUrl());
        System.out.println("demo API:           " + devServer.baseUrl() + "api/users");
        System.out.println("browser scenarios:  " + devServer.baseUrl() + "scenarios/scenarios.html");
        System.out.println("Press Ctrl+C to stop.");
        devServer.server.join();
    }

    private static ContextHandler staticContext(String contextPath, Path directory) {
        ResourceHandler files = new ResourceHandler();
        files.setDirAllowed(false);
        files.setWelcomeFiles("index.html", "scenarios.html");
        files.setCacheControl("no-cache");

        ContextHandler context = new ContextHandler(files, contextPath);
        context.setBaseResourceAsPath(directory);
        return context;
    }

    private static ContextHandler onConnector(String connectorName, ContextHandler context) {
        context.setVirtualHosts(List.of("@" + connectorName));
        return context;
    }

    /**
     * Returns a port of 127.0.0.1 that was free a moment ago: the system picks it for a
     * socket that is closed at once. Another program could take it in between, which is
     * unlikely within one test run.
     */
    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static Path buildDirectory(String property, String defaultPath) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path fromWorkingDirectory = Path.of(defaultPath).toAbsolutePath().normalize();
        Path fromParent = Path.of("..", defaultPath).toAbsolutePath().normalize();
        return Files.isDirectory(fromWorkingDirectory) || !Files.isDirectory(fromParent)
                ? fromWorkingDirectory
                : fromParent;
    }

    private static void requireDirectory(Path directory, String role) {
        Objects.requireNonNull(directory, role + " directory");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The " + role + " directory " + directory
                    + " does not exist; build it first with: mvn -B package -DskipTests");
        }
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port must be an integer between 0 and 65535, got '" + text + "'", e);
        }
    }
}
