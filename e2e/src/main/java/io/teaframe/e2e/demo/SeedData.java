package io.teaframe.e2e.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The users the database starts with, read from {@value #RESOURCE} on the class path.
 *
 * <p>The file has a header line and then one user per line with the columns
 * {@code id,name,email,role,team,active,created,version}. Names include HTML, quotes,
 * commas and non-ASCII text on purpose, so the demo shows that they are escaped.
 */
final class SeedData {

    static final String RESOURCE = "/demo/users.csv";

    private static final List<String> HEADER =
            List.of("id", "name", "email", "role", "team", "active", "created", "version");

    private SeedData() {
    }

    /**
     * Reads the seed users.
     *
     * @throws IllegalStateException if the file is missing or a user record is invalid, with its number
     */
    static List<User> users() {
        String text;
        try (InputStream in = SeedData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The seed file " + RESOURCE + " is missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Failed to read the seed file " + RESOURCE, e);
        }

        List<List<String>> records = CsvParser.parse(text);
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw new IllegalStateException("The seed file " + RESOURCE + " must start with the header "
                    + String.join(",", HEADER));
        }
        List<User> users = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            users.add(parseUser(records.get(i), i));
        }
        return users;
    }

    private static User parseUser(List<String> fields, int record) {
        if (fields.size() != HEADER.size()) {
            throw invalid(record, "has " + fields.size() + " fields, expected " + HEADER.size());
        }
        try {
            Role role = Role.fromWireName(fields.get(3))
                    .orElseThrow(() -> invalid(record, "has the unknown role '" + fields.get(3) + "'"));
            return new User(Long.parseLong(fields.get(0)), fields.get(1), fields.get(2), role, fields.get(4),
                    Boolean.parseBoolean(fields.get(5)), LocalDate.parse(fields.get(6)),
                    Long.parseLong(fields.get(7)));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw invalid(record, "has an invalid number or date: " + e.getMessage());
        }
    }

    private static IllegalStateException invalid(int record, String problem) {
        return new IllegalStateException("User record " + record + " of " + RESOURCE + " " + problem);
    }
}
