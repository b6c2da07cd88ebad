package io.teaframe.e2e.bench;

import io.teaframe.browser.BrowserJson;
import io.teaframe.json.Json;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The teaframe side of the JSON decoding benchmark (json-decode.html): it decodes a
 * response text into the state of an app, a list of {@link User} records.
 *
 * <p>{@link #main} publishes {@code window.teaframeDecode(text)}, which parses the text
 * with {@link BrowserJson} and maps every element of {@code users} into a record, and
 * {@code window.teaframeChecksum()}, which the harness calls outside the timed part to
 * check that the records match what {@code JSON.parse} alone produced.
 */
public final class JsonDecodeBench {

    /** One user as the app keeps it. */
    record User(int id, String name, String email, boolean active, double score, List<String> tags) {
    }

    /** The app state after a decode. */
    record Users(List<User> users) {
    }

    @JSFunctor
    interface Decoder extends JSObject {
        /** Decodes {@code text} into the state and returns the number of users. */
        int decode(String text);
    }

    @JSFunctor
    interface Checksum extends JSObject {
        /** Returns a checksum of the last decoded state; json-decode-harness.js computes the same. */
        double checksum();
    }

    private static Users state = new Users(List.of());

    private JsonDecodeBench() {
    }

    public static void main(String[] args) {
        publish(JsonDecodeBench::decode, JsonDecodeBench::checksum);
    }

    static int decode(String text) {
        Json root = BrowserJson.PARSER.parse(text);
        state = new Users(root.list("users", JsonDecodeBench::user));
        return state.users().size();
    }

    private static User user(Json json) {
        return new User(json.integer("id"), json.string("name"), json.string("email"), json.bool("active"),
                json.number("score"), json.list("tags", Json::asString));
    }

    /** Returns the sum over users of id, score, the lengths of name and email, active as 1, and the tag count. */
    static double checksum() {
        double sum = 0;
        for (User user : state.users()) {
            sum += user.id() + user.score() + user.name().length() + user.email().length() + (user.active() ? 1 : 0)
                    + user.tags().size();
        }
        return sum;
    }

    @JSBody(params = {"decoder", "checksum"},
            script = "window.teaframeDecode = decoder; window.teaframeChecksum = checksum;")
    private static native void publish(Decoder decoder, Checksum checksum);
}
