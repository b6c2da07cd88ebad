package io.teaframe.e2e.demo;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Records each API request below it as {@code "METHOD /api/path?query"}, so that a test
 * can count what a client sent, such as one search request for a burst of keystrokes.
 * Requests below {@value FaultInjector#ADMIN_PREFIX} are not recorded. It keeps the
 * latest {@value #MAX_KEPT}.
 */
final class RequestRecorder extends Handler.Wrapper {

    static final int MAX_KEPT = 1_000;

    private final List<String> lines = new ArrayList<>();

    RequestRecorder(Handler api) {
        super(api);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.equals(FaultInjector.ADMIN_PREFIX) && !path.startsWith(FaultInjector.ADMIN_PREFIX + "/")) {
            String query = request.getHttpURI().getQuery();
            record(request.getMethod() + " " + request.getHttpURI().getPath() + (query == null ? "" : "?" + query));
        }
        return super.handle(request, response, callback);
    }

    /** Returns the recorded requests, oldest first. */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized void clear() {
        lines.clear();
    }

    private synchronized void record(String line) {
        lines.add(line);
        if (lines.size() > MAX_KEPT) {
            lines.remove(0);
        }
    }
}
