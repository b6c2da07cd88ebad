package io.teaframe.e2e.demo;

import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link Faults} to the API below it: waits the added latency on Jetty's
 * scheduler (no thread sleeps), then responds to a random share of requests with the error
 * status. Requests below {@value #ADMIN_PREFIX} pass untouched, so a test or the demo can
 * always switch the faults off.
 */
final class FaultInjector extends Handler.Wrapper {

    /** The path, relative to the API context, that faults never apply to. */
    static final String ADMIN_PREFIX = "/admin";

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

    private final Faults faults;

    FaultInjector(Faults faults, Handler api) {
        super(api);
        this.faults = faults;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/")) {
            return super.handle(request, response, callback);
        }
        FaultSettings current = faults.settings();
        if (current.latencyMillis() == 0) {
            return handleOrFail(current, request, response, callback);
        }
        // Scheduler tasks must not block, so the handler, which may wait for the body or the database, runs on the pool.
        Executor pool = request.getComponents().getExecutor();
        request.getComponents().getScheduler().schedule(
                () -> pool.execute(() -> handleLater(current, request, response, callback)),
                current.latencyMillis(), TimeUnit.MILLISECONDS);
        return true;
    }

    private boolean handleOrFail(FaultSettings current, Request request, Response response, Callback callback)
            throws Exception {
        if (faults.drawError(current)) {
            LOG.info("Injected status {} for {} {}", current.errorStatus(), request.getMethod(),
                    Request.getPathInContext(request));
            ApiException error = new ApiException(current.errorStatus(), "injected-fault",
                    "Fault injected by /api/admin/faults (error rate " + current.errorRate() + ")");
            JsonHttp.sendError(response, callback, error);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private void handleLater(FaultSettings current, Request request, Response response, Callback callback) {
        try {
            if (!handleOrFail(current, request, response, callback)) {
                JsonHttp.sendError(response, callback, ApiException.notFound(
                        "No API endpoint at " + request.getHttpURI().getPath()));
            }
        } catch (Throwable e) {
            LOG.error("Request {} {} failed after the injected latency", request.getMethod(),
                    request.getHttpURI().getPath(), e);
            callback.failed(e);
        }
    }
}
