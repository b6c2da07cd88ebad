package io.teaframe.e2e.demo;

import java.util.Locale;
import org.eclipse.jetty.util.Fields;

/**
 * The filter, order and page of {@code GET /api/users}, read from the query string.
 *
 * @param text the case-insensitive text to find in the name or email, empty for all users
 * @param sort the column to order by; ties are ordered by id, so pages never overlap
 * @param page the page number, from 1
 * @param size the number of users per page
 */
record UserQuery(String text, Sort sort, boolean descending, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT_LENGTH = 100;

    /** The orders a list can have, by the {@code sort} parameter's value. Text sorts ignore case. */
    enum Sort {
        NAME("name", "LOWER(name)"), EMAIL("email", "LOWER(email)"), CREATED("created", "created");

        private final String parameter;
        private final String expression;

        Sort(String parameter, String expression) {
            this.parameter = parameter;
            this.expression = expression;
        }

        String parameter() {
            return parameter;
        }

        String expression() {
            return expression;
        }
    }

    /**
     * Reads {@code q}, {@code sort} (name, email or created), {@code dir} (asc or desc),
     * {@code page} and {@code size}. Each one is optional.
     *
     * @throws ApiException 400 of type {@code invalid-parameter}, naming the parameter
     */
    static UserQuery from(Fields query) {
        String text = query.getValue("q");
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw invalid("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        Sort sort = parseSort(query.getValue("sort"));
        boolean descending = parseDirection(query.getValue("dir"));
        int page = parseInt(query.getValue("page"), "page", 1, 1, Integer.MAX_VALUE);
        int size = parseInt(query.getValue("size"), "size", DEFAULT_SIZE, 1, MAX_SIZE);
        return new UserQuery(text, sort, descending, page, size);
    }

    /** Returns the SQL LIKE pattern of {@link #text} in lower case, with {@code \} as the escape character. */
    String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Returns the ORDER BY clause, built only from enum constants. */
    String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return " ORDER BY " + sort.expression() + direction + ", id" + direction;
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    private static Sort parseSort(String text) {
        if (text == null || text.isEmpty()) {
            return Sort.NAME;
        }
        for (Sort sort : Sort.values()) {
            if (sort.parameter().equals(text)) {
                return sort;
            }
        }
        throw invalid("sort", "must be name, email or created, got '" + text + "'");
    }

    private static boolean parseDirection(String text) {
        if (text == null || text.isEmpty() || text.equals("asc")) {
            return false;
        }
        if (text.equals("desc")) {
            return true;
        }
        throw invalid("dir", "must be asc or desc, got '" + text + "'");
    }

    private static int parseInt(String text, String name, int defaultValue, int min, int max) {
        if (text == null || text.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw invalid(name, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    private static ApiException invalid(String parameter, String problem) {
        return ApiException.badRequest("invalid-parameter", "Query parameter " + parameter + " " + problem)
                .with("parameter", com.eclipsesource.json.Json.value(parameter));
    }
}
