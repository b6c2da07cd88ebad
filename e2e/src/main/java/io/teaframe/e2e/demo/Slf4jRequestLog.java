package io.teaframe.e2e.demo;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request of the server at INFO level: method, path with query, status and the
 * time from the start of the request to the response, such as
 * {@code GET /api/users?q=ada 200 4 ms}. Statuses of 500 and above are logged at WARN.
 */
public final class Slf4jRequestLog implements RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.teaframe.e2e.requests");

    @Override
    public void log(Request request, Response response) {
        long millis = TimeUnit.NANOSECONDS.toMillis(NanoTime.since(request.getBeginNanoTime()));
        String query = request.getHttpURI().getQuery();
        String target = query == null ? request.getHttpURI().getPath() : request.getHttpURI().getPath() + "?" + query;
        int status = response.getStatus();
        if (status >= 500) {
            LOG.warn("{} {} {} {} ms", request.getMethod(), target, status, millis);
        } else {
            LOG.info("{} {} {} {} ms", request.getMethod(), target, status, millis);
        }
    }
}
