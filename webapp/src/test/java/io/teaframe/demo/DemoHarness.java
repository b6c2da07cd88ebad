package io.teaframe.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.teaframe.demo.errors.ErrorsState;
import io.teaframe.testkit.FakeConnectivity;
import io.teaframe.testkit.FakeSocket;
import io.teaframe.testkit.FakeSocketTransport;
import io.teaframe.testkit.FakeTransport;
import io.teaframe.testkit.FakeTransport.SentRequest;
import io.teaframe.testkit.JvmJson;
import io.teaframe.testkit.TestFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The demo app on virtual time: {@link DemoApp#install} with the test kit's fake HTTP
 * server, socket server and connectivity in place of the browser's. A test dispatches
 * events, responds to the requests and socket frames the app sent, and reads the state.
 */
public final class DemoHarness {

    public static final Api API = new Api("", "ws://127.0.0.1:8080/ws");

    public final TestFrame<App> test = TestFrame.create(App.initial(API));
    public final FakeTransport http = new FakeTransport(test.time());
    public final FakeSocketTransport sockets = new FakeSocketTransport(test.time());
    public final FakeConnectivity connectivity = new FakeConnectivity(test.time());

    public DemoHarness() {
        DemoApp.install(test.frame(), http, JvmJson.PARSER, connectivity, sockets);
    }

    public App state() {
        return test.state();
    }

    public DemoHarness dispatch(Object event) {
        test.dispatchAndDrain(event);
        return this;
    }

    public DemoHarness advance(double millis) {
        test.advance(millis);
        return this;
    }

    /** Returns the requests sent so far whose method and URL start with {@code prefix}, such as {@code "GET /api/users?"}. */
    public List<SentRequest> requests(String prefix) {
        List<SentRequest> matching = new ArrayList<>();
        for (SentRequest request : http.requests()) {
            if ((request.request().method() + " " + request.request().url()).startsWith(prefix)) {
                matching.add(request);
            }
        }
        return matching;
    }

    /** Returns the requests without a response and not cancelled whose method and URL start with {@code prefix}. */
    public List<SentRequest> open(String prefix) {
        List<SentRequest> matching = new ArrayList<>();
        for (SentRequest request : http.open()) {
            if ((request.request().method() + " " + request.request().url()).startsWith(prefix)) {
                matching.add(request);
            }
        }
        return matching;
    }

    /** Responds to the only open request that starts with {@code prefix} and runs what it causes. */
    public DemoHarness respond(String prefix, int status, String json) {
        List<SentRequest> matching = open(prefix);
        assertEquals(1, matching.size(), "open requests starting with '" + prefix + "': " + matching);
        matching.get(0).respondJson(status, json);
        test.drain();
        return this;
    }

    /** Accepts the live socket's last connection attempt and runs the open. */
    public FakeSocket acceptSocket() {
        FakeSocket socket = sockets.last().accept();
        test.drain();
        return socket;
    }

    /** Asserts that the error panel is empty, so no handler or effect failed unnoticed. */
    public void assertNoErrors() {
        ErrorsState errors = state().errors();
        assertEquals(List.of(), errors.entries(), "errors reported to the panel");
    }

    /** Returns the JSON of a user, as the server sends it. */
    public static String userJson(int id, String name, int version) {
        return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"email\":\"user" + id
                + "@example.com\",\"role\":\"member\",\"team\":\"Core\",\"active\":true,"
                + "\"created\":\"2024-01-0" + (id % 9 + 1) + "\",\"version\":" + version + "}";
    }

    /** Returns the JSON of a page of the users table with version-1 users named "User {id}". */
    public static String pageJson(int total, int pages, int... ids) {
        StringJoiner users = new StringJoiner(",", "[", "]");
        for (int id : ids) {
            users.add(userJson(id, "User " + id, 1));
        }
        return "{\"users\":" + users + ",\"total\":" + total + ",\"pages\":" + pages + "}";
    }

    /** Returns a socket frame that carries the app message {@code body}, without acknowledgement. */
    public static String push(String body) {
        return "{\"t\":\"msg\",\"body\":" + body + "}";
    }
}
