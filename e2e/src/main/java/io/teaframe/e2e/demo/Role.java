package io.teaframe.e2e.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A user's role, which decides the permissions granted by role. */
public enum Role {
    VIEWER(List.of("chat.read", "users.read")),
    EDITOR(List.of("chat.post", "chat.read", "users.read", "users.write")),
    ADMIN(List.of("admin.faults", "chat.post", "chat.read", "users.delete", "users.read", "users.write"));

    private final List<String> permissions;

    Role(List<String> permissions) {
        this.permissions = permissions;
    }

    /** Returns the permissions that this role grants, sorted by name. */
    public List<String> permissions() {
        return permissions;
    }

    /** Returns the lower-case name used in JSON, the CSV seed and the database. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the role named {@code text} in lower case, or empty if there is none. */
    public static Optional<Role> fromWireName(String text) {
        for (Role role : values()) {
            if (role.wireName().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
