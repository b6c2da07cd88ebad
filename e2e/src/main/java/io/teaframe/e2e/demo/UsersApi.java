package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import java.util.List;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user and chat endpoints of the demo API, below {@code /api}:
 *
 * <pre>
 * GET    /users?q=&amp;sort=name|email|created&amp;dir=asc|desc&amp;page=1&amp;size=20
 *        {"users":[...],"total":N,"page":P,"size":S,"pages":K}
 * GET    /users/{id}               the user, or 404
 * PUT    /users/{id}               body: name, email, role, team, active, version;
 *                                  200 with the user at the next version, 409 with
 *                                  "current" on a stale version, 400 on invalid input
 * DELETE /users/{id}?version=V     204; the version is optional, and a stale one gets 409
 * GET    /users/{id}/permissions   {"userId":N,"role":R,"permissions":["chat.read",...]}
 * GET    /chat/messages?limit=N    {"messages":[...]}, the latest N, oldest first
 * </pre>
 *
 * Each change pushes a message to every open socket through {@link Pushes}.
 */
final class UsersApi {

    private static final Logger LOG = LoggerFactory.getLogger(UsersApi.class);
    private static final int DEFAULT_CHAT_LIMIT = 50;

    private final UserStore users;
    private final ChatStore chat;
    private final Pushes pushes;

    UsersApi(UserStore users, ChatStore chat, Pushes pushes) {
        this.users = users;
        this.chat = chat;
        this.pushes = pushes;
    }

    /** Handles the request if {@code segments} name one of these endpoints, and returns whether they did. */
    boolean handle(List<String> segments, Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (segments.equals(List.of("chat", "messages"))) {
            requireMethod(method, "GET");
            listChat(request, response, callback);
            return true;
        }
        if (!segments.get(0).equals("users") || segments.size() > 3) {
            return false;
        }
        if (segments.size() == 1) {
            requireMethod(method, "GET");
            list(request, response, callback);
            return true;
        }
        long id = parseId(segments.get(1));
        if (segments.size() == 3) {
            if (!segments.get(2).equals("permissions")) {
                return false;
            }
            requireMethod(method, "GET");
            permissions(id, response, callback);
            return true;
        }
        switch (method) {
            case "GET" -> JsonHttp.send(response, callback, 200,
                    users.find(id).orElseThrow(() -> UserStore.notFound(id)).toJson());
            case "PUT" -> update(id, request, response, callback);
            case "DELETE" -> delete(id, request, response, callback);
            default -> throw ApiHandler.methodNotAllowed(method, "GET, PUT, DELETE");
        }
        return true;
    }

    private void list(Request request, Response response, Callback callback) throws Exception {
        UserQuery query = UserQuery.from(Request.extractQueryParameters(request));
        UserStore.Page page = users.list(query);
        JsonArray list = new JsonArray();
        page.users().forEach(user -> list.add(user.toJson()));
        long pages = (page.total() + query.size() - 1) / query.size();
        JsonHttp.send(response, callback, 200, new JsonObject()
                .add("users", list)
                .add("total", page.total())
                .add("page", query.page())
                .add("size", query.size())
                .add("pages", pages));
    }

    private void permissions(long id, Response response, Callback callback) throws Exception {
        List<String> names = users.permissions(id);
        User user = users.find(id).orElseThrow(() -> UserStore.notFound(id));
        JsonArray list = new JsonArray();
        names.forEach(list::add);
        JsonHttp.send(response, callback, 200, new JsonObject()
                .add("userId", id)
                .add("role", user.role().wireName())
                .add("permissions", list));
    }

    private void update(long id, Request request, Response response, Callback callback) throws Exception {
        UserChanges changes = UserChanges.from(JsonHttp.readObject(request), id);
        User updated = users.update(id, changes);
        LOG.info("Updated user {} to version {}", id, updated.version());
        JsonHttp.send(response, callback, 200, updated.toJson());
        pushes.userUpdated(updated);
        pushes.notification("info", "User " + id + " was updated (version " + updated.version() + ")");
    }

    private void delete(long id, Request request, Response response, Callback callback) throws Exception {
        Fields query = Request.extractQueryParameters(request);
        String versionText = query.getValue("version");
        Long version = null;
        if (versionText != null) {
            try {
                version = Long.parseLong(versionText);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("invalid-parameter",
                        "Query parameter version must be a whole number, got '" + versionText + "'");
            }
        }
        users.delete(id, version);
        LOG.info("Deleted user {}", id);
        JsonHttp.sendNoContent(response, callback);
        pushes.userDeleted(id);
        pushes.notification("warning", "User " + id + " was deleted");
    }

    private void listChat(Request request, Response response, Callback callback) throws Exception {
        String limitText = Request.extractQueryParameters(request).getValue("limit");
        int limit = DEFAULT_CHAT_LIMIT;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > ChatStore.MAX_HISTORY) {
                throw ApiException.badRequest("invalid-parameter",
                        "Query parameter limit must be a whole number from 1 to " + ChatStore.MAX_HISTORY
                                + ", got '" + limitText + "'");
            }
        }
        JsonArray messages = new JsonArray();
        chat.recent(limit).forEach(message -> messages.add(message.toJson()));
        JsonHttp.send(response, callback, 200, new JsonObject().add("messages", messages));
    }

    private static long parseId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Reported below like an id of zero.
        }
        throw ApiException.badRequest("invalid-parameter", "A user id must be a whole number of at least 1, got '"
                + text + "'");
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw ApiHandler.methodNotAllowed(method, allowed);
        }
    }
}
