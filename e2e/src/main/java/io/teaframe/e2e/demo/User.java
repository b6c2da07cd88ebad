package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonObject;
import java.time.LocalDate;

/**
 * One user of the demo's directory.
 *
 * @param version the optimistic-concurrency version, 1 when seeded and one higher after
 *     each update
 */
public record User(long id, String name, String email, Role role, String team, boolean active,
        LocalDate created, long version) {

    /** Returns the user as the JSON object of the REST API and the socket pushes. */
    public JsonObject toJson() {
        return new JsonObject()
                .add("id", id)
                .add("name", name)
                .add("email", email)
                .add("role", role.wireName())
                .add("team", team)
                .add("active", active)
                .add("created", created.toString())
                .add("version", version);
    }
}
