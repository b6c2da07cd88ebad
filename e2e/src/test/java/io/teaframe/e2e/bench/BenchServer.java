package io.teaframe.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;

/**
 * A static file server on 127.0.0.1 for the benchmark pages: the pages and TeaVM output
 * at {@code /}, and the npm packages of e2e/bench at {@code /node_modules/}.
 */
final class BenchServer {

    private static final String HOST = "127.0.0.1";

    private final Server server;
    private final String baseUrl;

    private BenchServer(Server server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** Starts a server on a free port chosen by the system. */
    static BenchServer start(Path pagesDirectory, Path nodeModulesDirectory) throws Exception {
        requireDirectory(pagesDirectory, "benchmark pages");
        requireDirectory(nodeModulesDirectory, "node_modules");

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(HOST);
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new ContextHandlerCollection(
                staticContext("/node_modules", nodeModulesDirectory),
                staticContext("/", pagesDirectory)));
        server.start();
        return new BenchServer(server, "http://" + HOST + ":" + connector.getLocalPort() + "/");
    }

    /** Returns the root URL, such as {@code http://127.0.0.1:41234/}. */
    String baseUrl() {
        return baseUrl;
    }

    void stop() throws Exception {
        server.stop();
    }

    private static ContextHandler staticContext(String contextPath, Path directory) {
        ResourceHandler files = new ResourceHandler();
        files.setDirAllowed(false);
        files.setCacheControl("no-cache");

        ContextHandler context = new ContextHandler(files, contextPath);
        context.setBaseResourceAsPath(directory);
        // Browsers load ES modules only when they are served with a JavaScript MIME type.
        context.getMimeTypes().addMimeMapping("mjs", "text/javascript");
        return context;
    }

    private static void requireDirectory(Path directory, String role) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The " + role + " directory " + directory
                    + " does not exist; run the benchmarks with: mvn -B -Pbenchmarks -pl e2e -am verify");
        }
    }
}
