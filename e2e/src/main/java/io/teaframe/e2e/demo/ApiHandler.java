package io.teaframe.e2e.demo;

import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the requests of the {@code /api} context to {@link UsersApi} and
 * {@link AdminApi}, and turns every failure into a typed JSON error: an
 * {@link ApiException} into its status and body, anything else into 500 after logging it.
 */
final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final UsersApi users;
    private final AdminApi admin;

    ApiHandler(UsersApi users, AdminApi admin) {
        this.users = users;
        this.admin = admin;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        List<String> segments = segments(Request.getPathInContext(request));
        try {
            boolean routed = !segments.isEmpty() && switch (segments.get(0)) {
                case "users", "chat" -> users.handle(segments, request, response, callback);
                case "admin" -> admin.handle(segments.subList(1, segments.size()), request, response, callback);
                default -> false;
            };
            if (!routed) {
                throw ApiException.notFound("No API endpoint at " + request.getHttpURI().getPath());
            }
        } catch (ApiException e) {
            if (e.status() >= 500) {
                LOG.error("{} {} failed with {}: {}", request.getMethod(), request.getHttpURI().getPath(),
                        e.status(), e.getMessage());
            } else {
                LOG.info("{} {} rejected with {} {}: {}", request.getMethod(), request.getHttpURI().getPath(),
                        e.status(), e.type(), e.getMessage());
            }
            if (e instanceof MethodNotAllowed notAllowed) {
                response.getHeaders().put(HttpHeader.ALLOW, notAllowed.allowed());
            }
            JsonHttp.sendError(response, callback, e);
        } catch (Exception e) {
            LOG.error("{} {} failed", request.getMethod(), request.getHttpURI().getPath(), e);
            JsonHttp.sendError(response, callback, new ApiException(500, "server-error",
                    "The server failed to handle the request: " + e.getClass().getSimpleName()));
        }
        return true;
    }

    /** Splits a path such as {@code /users/7/permissions} into its non-empty segments. */
    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    /** Rejects {@code method} on an existing path with 405 and the methods it allows. */
    static ApiException methodNotAllowed(String method, String allowed) {
        return new MethodNotAllowed(method, allowed);
    }

    private static final class MethodNotAllowed extends ApiException {

        private final String allowed;

        MethodNotAllowed(String method, String allowed) {
            super(405, "method-not-allowed", "Method " + method + " is not allowed here; use " + allowed);
            this.allowed = allowed;
        }

        String allowed() {
            return allowed;
        }
    }
}
