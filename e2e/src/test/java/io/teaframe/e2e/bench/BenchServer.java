package io.teaframe.e2e.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;

/**
 * A static file server on 127.0.0.1 for the benchmark pages: the pages and TeaVM output
 * at {@code /}, and the npm packages of e2e/bench at {@code /node_modules/}. For the
 * HTTP requests benchmark, {@code /api/item?n=N} returns {@code {"id":N,"name":"item N"}}
 * with {@code Cache-Control: no-store}.
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
        return start(pagesDirectory, nodeModulesDirectory, false);
    }

    /**
     * Starts a server on a free port chosen by the system. With {@code crossOriginIsolated},
     * every response carries the headers {@code Cross-Origin-Opener-Policy: same-origin}
     * and {@code Cross-Origin-Embedder-Policy: require-corp}, which make the pages
     * cross-origin isolated, so that Chromium does not round {@code performance.now()} to
     * the 100 microseconds of pages without isolation.
     */
    static BenchServer start(Path pagesDirectory, Path nodeModulesDirectory, boolean crossOriginIsolated)
            throws Exception {
        requireDirectory(pagesDirectory, "benchmark pages");
        requireDirectory(nodeModulesDirectory, "node_modules");

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(HOST);
        connector.setPort(0);
        server.addConnector(connector);
        Handler files = new ContextHandlerCollection(
                new ContextHandler(new Items(), "/api"),
                staticContext("/node_modules", nodeModulesDirectory),
                staticContext("/", pagesDirectory));
        server.setHandler(crossOriginIsolated ? new IsolationHeaders(files) : files);
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

    /** Serves {@code /api/item?n=N}, a small JSON object. */
    private static final class Items extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            if (!Request.getPathInContext(request).equals("/item")) {
                return false;
            }
            String query = request.getHttpURI().getQuery();
            int n = query != null && query.startsWith("n=") ? Integer.parseInt(query.substring(2)) : 0;
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            String body = "{\"id\":" + n + ",\"name\":\"item " + n + "\"}";
            response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }

    /** Adds the two headers that make a page cross-origin isolated to every response. */
    private static final class IsolationHeaders extends Handler.Wrapper {

        IsolationHeaders(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            response.getHeaders().put("Cross-Origin-Opener-Policy", "same-origin");
            response.getHeaders().put("Cross-Origin-Embedder-Policy", "require-corp");
            return super.handle(request, response, callback);
        }
    }

    private static void requireDirectory(Path directory, String role) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("The " + role + " directory " + directory
                    + " does not exist; run the benchmarks with: mvn -B -Pbenchmarks -pl e2e -am verify");
        }
    }
}
