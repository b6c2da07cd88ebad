package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin endpoints below {@code /api/admin}, which faults never apply to:
 *
 * <pre>
 * GET  /faults                the settings: {"latencyMillis","errorRate","errorStatus","stallPongs"}
 * PUT  /faults                replaces the members present in the body; returns the settings
 * POST /faults/reset          switches every fault off; returns the settings
 * POST /faults/drop-sockets   drops every open socket without a close frame: {"dropped":N}
 * POST /data/reset            restores the seed users and deletes the chat: {"users":N}
 * GET  /requests              the API requests received, oldest first: {"requests":["GET /api/users?q=a",...]}
 * POST /requests/reset        forgets the recorded requests: {"requests":[]}
 * </pre>
 *
 * A change of the faults is pushed to every socket as {@code faults-changed} and a notification.
 */
final class AdminApi {

    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);

    private final Faults faults;
    private final SocketHub hub;
    private final Pushes pushes;
    private final DemoDatabase database;
    private final UserStore users;
    private final RequestRecorder recorder;

    AdminApi(Faults faults, SocketHub hub, Pushes pushes, DemoDatabase database, UserStore users,
            RequestRecorder recorder) {
        this.faults = faults;
        this.hub = hub;
        this.pushes = pushes;
        this.database = database;
        this.users = users;
        this.recorder = recorder;
    }

    /** Handles the request if {@code segments} (below /admin) name one of these endpoints, and returns whether they did. */
    boolean handle(List<String> segments, Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (segments.equals(List.of("faults"))) {
            switch (method) {
                case "GET" -> JsonHttp.send(response, callback, 200, faults.settings().toJson());
                case "PUT" -> setFaults(faults.settings().merge(JsonHttp.readObject(request)), response, callback);
                default -> throw ApiHandler.methodNotAllowed(method, "GET, PUT");
            }
            return true;
        }
        if (segments.equals(List.of("faults", "reset"))) {
            requirePost(method);
            setFaults(FaultSettings.NONE, response, callback);
            return true;
        }
        if (segments.equals(List.of("faults", "drop-sockets"))) {
            requirePost(method);
            int dropped = hub.dropAll();
            JsonHttp.send(response, callback, 200, new JsonObject().add("dropped", dropped));
            return true;
        }
        if (segments.equals(List.of("requests"))) {
            if (!method.equals("GET")) {
                throw ApiHandler.methodNotAllowed(method, "GET");
            }
            sendRequests(response, callback);
            return true;
        }
        if (segments.equals(List.of("requests", "reset"))) {
            requirePost(method);
            recorder.clear();
            sendRequests(response, callback);
            return true;
        }
        if (segments.equals(List.of("data", "reset"))) {
            requirePost(method);
            database.reset();
            long count = users.count();
            JsonHttp.send(response, callback, 200, new JsonObject().add("users", count));
            pushes.notification("warning", "The data was reset to the " + count + " seed users");
            return true;
        }
        return false;
    }

    private void setFaults(FaultSettings next, Response response, Callback callback) {
        FaultSettings previous = faults.settings();
        faults.set(next);
        if (!next.equals(previous)) {
            LOG.info("Faults changed from {} to {}", previous.describe(), next.describe());
            pushes.faultsChanged(next);
            pushes.notification(next.isActive() ? "warning" : "info", "Faults: " + next.describe());
        }
        JsonHttp.send(response, callback, 200, next.toJson());
    }

    private void sendRequests(Response response, Callback callback) {
        JsonArray lines = new JsonArray();
        recorder.lines().forEach(lines::add);
        JsonHttp.send(response, callback, 200, new JsonObject().add("requests", lines));
    }

    private static void requirePost(String method) {
        if (!method.equals("POST")) {
            throw ApiHandler.methodNotAllowed(method, "POST");
        }
    }
}
