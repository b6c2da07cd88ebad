package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The body of {@code PUT /api/users/{id}}: every editable field and the version the
 * client last read. The id and the created date cannot change.
 */
record UserChanges(String name, String email, Role role, String team, boolean active, long expectedVersion) {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_TEAM_LENGTH = 50;
    static final int MAX_EMAIL_LENGTH = 254;

    /** One {@code @}, no spaces, and a dot in the domain: a plausibility check, not RFC 5321. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private static final Set<String> MEMBERS = Set.of("id", "name", "email", "role", "team", "active", "version",
            "created");

    /**
     * Reads and checks the body for user {@code id}. The members {@code id} and
     * {@code created} may be present, so a client can send back the user it read: the
     * id must then equal the id in the path, and the created date is ignored.
     *
     * @throws ApiException 400 of type {@code invalid-input} whose {@code fields} member
     *     maps each invalid member to its problem
     */
    static UserChanges from(JsonObject body, long id) {
        JsonObject problems = new JsonObject();
        for (String member : body.names()) {
            if (!MEMBERS.contains(member)) {
                problems.add(member, "is not a member of a user");
            }
        }
        JsonValue idValue = body.get("id");
        if (idValue != null && !(isWholeNumber(idValue) && idValue.asDouble() == id)) {
            problems.add("id", "must be " + id + ", the id in the path, or absent");
        }

        String name = text(body, "name", MAX_NAME_LENGTH, problems).orElse(null);
        String email = text(body, "email", MAX_EMAIL_LENGTH, problems).orElse(null);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("email", "must be an email address such as ada@example.com");
        }
        String team = text(body, "team", MAX_TEAM_LENGTH, problems).orElse(null);
        Role role = role(body, problems);
        boolean active = bool(body, "active", problems);
        long version = version(body, problems);

        if (!problems.isEmpty()) {
            throw ApiException.badRequest("invalid-input", "The user is invalid: " + summary(problems))
                    .with("fields", problems);
        }
        return new UserChanges(name, email, role, team, active, version);
    }

    private static Optional<String> text(JsonObject body, String member, int maxLength, JsonObject problems) {
        JsonValue value = body.get(member);
        if (value == null || !value.isString()) {
            problems.add(member, value == null ? "is missing" : "must be a string");
            return Optional.empty();
        }
        String text = value.asString().strip();
        if (text.isEmpty()) {
            problems.add(member, "must not be blank");
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            problems.add(member, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            problems.add(member, "must not contain control characters such as line breaks");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static Role role(JsonObject body, JsonObject problems) {
        JsonValue value = body.get("role");
        Optional<Role> role = value != null && value.isString() ? Role.fromWireName(value.asString()) : Optional.empty();
        if (role.isEmpty()) {
            problems.add("role", value == null ? "is missing" : "must be viewer, editor or admin");
            return null;
        }
        return role.get();
    }

    private static boolean bool(JsonObject body, String member, JsonObject problems) {
        JsonValue value = body.get(member);
        if (value == null || !value.isBoolean()) {
            problems.add(member, value == null ? "is missing" : "must be true or false");
            return false;
        }
        return value.asBoolean();
    }

    private static long version(JsonObject body, JsonObject problems) {
        JsonValue value = body.get("version");
        if (value == null) {
            problems.add("version", "is missing; send the version of the user you read");
            return 0;
        }
        if (!isWholeNumber(value) || value.asDouble() < 1) {
            problems.add("version", "must be a whole number of at least 1");
            return 0;
        }
        return (long) value.asDouble();
    }

    /** Returns whether {@code value} is a JSON number without a fraction that fits a long exactly. */
    private static boolean isWholeNumber(JsonValue value) {
        if (!value.isNumber()) {
            return false;
        }
        double number = value.asDouble();
        return number == Math.rint(number) && Math.abs(number) < 0x1p53;
    }

    private static String summary(JsonObject problems) {
        StringBuilder text = new StringBuilder();
        for (JsonObject.Member member : problems) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(member.getName()).append(' ').append(member.getValue().asString());
        }
        return text.toString();
    }
}
