package io.teaframe.e2e.demo;

import com.eclipsesource.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and changes the users and their permissions in the {@link DemoDatabase}. */
final class UserStore {

    /** The SQLSTATE of a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String COLUMNS = "id, name, email, role, team, active, created, version";
    private static final String FILTER = " WHERE LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(email) LIKE ? ESCAPE '\\'";

    private final DemoDatabase database;

    UserStore(DemoDatabase database) {
        this.database = database;
    }

    /** One page of users and the number of users that match the filter on all pages. */
    record Page(List<User> users, long total) {
    }

    /** Returns the page of users that {@code query} selects. */
    Page list(UserQuery query) throws SQLException {
        boolean filtered = !query.text().isEmpty();
        String where = filtered ? FILTER : "";
        try (Connection connection = database.connection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM users" + where)) {
                bindFilter(count, query, filtered);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<User> users = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM users" + where + query.orderBy() + " LIMIT ? OFFSET ?")) {
                int next = bindFilter(select, query, filtered);
                select.setInt(next, query.size());
                select.setLong(next + 1, query.offset());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        users.add(read(rows));
                    }
                }
            }
            return new Page(users, total);
        }
    }

    /** Returns user {@code id}, or empty if there is none. */
    Optional<User> find(long id) throws SQLException {
        try (Connection connection = database.connection()) {
            return find(connection, id);
        }
    }

    /**
     * Returns the names of user {@code id}'s permissions, sorted.
     *
     * @throws ApiException 404 if there is no such user
     */
    List<String> permissions(long id) throws SQLException {
        try (Connection connection = database.connection()) {
            if (find(connection, id).isEmpty()) {
                throw notFound(id);
            }
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name FROM permissions WHERE user_id = ? ORDER BY name")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
            }
            return names;
        }
    }

    /**
     * Applies {@code changes} to user {@code id} if its version is still the expected one,
     * and returns the user with the next version. A role change replaces the permissions
     * that came from the old role and keeps extra grants.
     *
     * @throws ApiException 404 if there is no such user, 409 {@code version-conflict}
     *     with the current user if the version moved on, and 409 {@code email-taken} if
     *     another user has the email
     */
    User update(long id, UserChanges changes) throws SQLException {
        return database.inTransaction(connection -> {
            User current = find(connection, id).orElseThrow(() -> notFound(id));
            if (current.version() != changes.expectedVersion()) {
                throw conflict(current, changes.expectedVersion());
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE users SET name = ?, email = ?, role = ?, team = ?, active = ?, version = version + 1"
                            + " WHERE id = ? AND version = ?")) {
                update.setString(1, changes.name());
                update.setString(2, changes.email());
                update.setString(3, changes.role().wireName());
                update.setString(4, changes.team());
                update.setBoolean(5, changes.active());
                update.setLong(6, id);
                update.setLong(7, changes.expectedVersion());
                if (update.executeUpdate() == 0) {
                    // Another transaction committed an update after the read above.
                    throw conflict(find(connection, id).orElseThrow(() -> notFound(id)), changes.expectedVersion());
                }
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new ApiException(409, "email-taken", "Another user already has the email " + changes.email())
                            .with("field", Json.value("email"));
                }
                throw e;
            }
            if (current.role() != changes.role()) {
                replaceRolePermissions(connection, id, changes.role());
            }
            return find(connection, id).orElseThrow(() -> notFound(id));
        });
    }

    /**
     * Deletes user {@code id} and its permissions.
     *
     * @param expectedVersion the version the client read, or null to delete any version
     * @throws ApiException 404 if there is no such user and 409 if the version moved on
     */
    void delete(long id, Long expectedVersion) throws SQLException {
        database.inTransaction(connection -> {
            User current = find(connection, id).orElseThrow(() -> notFound(id));
            if (expectedVersion != null && current.version() != expectedVersion) {
                throw conflict(current, expectedVersion);
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM users WHERE id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Returns the number of users. */
    long count() throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM users");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("User " + id + " not found");
    }

    private static ApiException conflict(User current, long expectedVersion) {
        return new ApiException(409, "version-conflict", "User " + current.id() + " has version "
                + current.version() + ", not " + expectedVersion + "; reload it and apply the change again")
                .with("currentVersion", Json.value(current.version()))
                .withTopLevel("current", current.toJson());
    }

    private static Optional<User> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static void replaceRolePermissions(Connection connection, long id, Role role) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM permissions WHERE user_id = ? AND source = 'role'")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "MERGE INTO permissions (user_id, name, source) KEY (user_id, name) VALUES (?, ?, 'role')")) {
            for (String permission : role.permissions()) {
                insert.setLong(1, id);
                insert.setString(2, permission);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Binds the filter's two LIKE patterns, if any, and returns the next parameter index. */
    private static int bindFilter(PreparedStatement statement, UserQuery query, boolean filtered) throws SQLException {
        if (!filtered) {
            return 1;
        }
        statement.setString(1, query.likePattern());
        statement.setString(2, query.likePattern());
        return 3;
    }

    private static User read(ResultSet rows) throws SQLException {
        String roleName = rows.getString("role");
        Role role = Role.fromWireName(roleName)
                .orElseThrow(() -> new SQLException("Unknown role '" + roleName + "' in the users table"));
        return new User(rows.getLong("id"), rows.getString("name"), rows.getString("email"), role,
                rows.getString("team"), rows.getBoolean("active"), rows.getObject("created", LocalDate.class),
                rows.getLong("version"));
    }
}
