package io.teaframe.demo.users;

import io.teaframe.json.Json;
import io.teaframe.json.JsonBuilder;

/**
 * One user as the API returns it.
 *
 * @param version the server's optimistic-concurrency version, sent back with a save
 */
public record User(int id, String name, String email, String role, String team, boolean active, String created,
        int version) {

    public static User fromJson(Json json) {
        return new User(json.integer("id"), json.string("name"), json.string("email"), json.string("role"),
                json.string("team"), json.bool("active"), json.string("created"), json.integer("version"));
    }

    /** Returns the body of {@code PUT /api/users/{id}}: the editable fields and the version this edit started from. */
    public JsonBuilder toSaveJson() {
        return JsonBuilder.object()
                .put("name", name)
                .put("email", email)
                .put("role", role)
                .put("team", team)
                .put("active", active)
                .put("version", version);
    }
}
