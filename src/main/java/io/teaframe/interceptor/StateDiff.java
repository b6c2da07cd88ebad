package io.teaframe.interceptor;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes how a state changed, for the {@code debug} interceptor, as lines of
 * {@code path: old -> new}.
 *
 * <p>TeaVM offers no reflection over record components, so the diff reads the
 * {@code toString} forms instead: records ({@code Name[a=1, b=2]}), maps
 * ({@code {a=1}}) and lists ({@code [1, 2]}) are split into their fields and compared
 * field by field, recursively. Anything else is compared as a whole.
 *
 * <p>NOTE: a string value that itself contains ", " or brackets can split in the wrong
 * place; the diff then shows a larger part of the value as changed. It is a debugging
 * aid, never used for decisions.
 */
final class StateDiff {

    /** Lines past this are summarised, so one event cannot flood the console. */
    private static final int MAX_LINES = 40;

    /** Values longer than this are shortened in the output. */
    private static final int MAX_VALUE_CHARS = 160;

    private StateDiff() {
    }

    static void describe(Object before, Object after, StringBuilder out) {
        if (before == after) {
            out.append("\n  (same state)");
            return;
        }
        List<String> lines = new ArrayList<>();
        compare("state", String.valueOf(before), String.valueOf(after), lines);
        if (lines.isEmpty()) {
            out.append("\n  (new state equal to the old one)");
            return;
        }
        int shown = Math.min(lines.size(), MAX_LINES);
        for (int i = 0; i < shown; i++) {
            out.append("\n  ").append(lines.get(i));
        }
        if (lines.size() > shown) {
            out.append("\n  ... and ").append(lines.size() - shown).append(" more changes");
        }
    }

    private static void compare(String path, String before, String after, List<String> lines) {
        if (before.equals(after)) {
            return;
        }
        Structure a = Structure.parse(before);
        Structure b = Structure.parse(after);
        if (a == null || b == null || !a.head.equals(b.head) || a.keyed != b.keyed) {
            lines.add(path + ": " + shorten(before) + " -> " + shorten(after));
            return;
        }

        if (!a.keyed) {
            if (a.values.size() != b.values.size()) {
                lines.add(path + ": " + a.values.size() + " items -> " + b.values.size() + " items: "
                        + shorten(after));
                return;
            }
            for (int i = 0; i < a.values.size(); i++) {
                compare(path + "[" + i + "]", a.values.get(i), b.values.get(i), lines);
            }
            return;
        }

        for (int i = 0; i < a.keys.size(); i++) {
            String key = a.keys.get(i);
            int j = b.keys.indexOf(key);
            if (j < 0) {
                lines.add(path + "." + key + ": removed (was " + shorten(a.values.get(i)) + ")");
            } else {
                compare(path + "." + key, a.values.get(i), b.values.get(j), lines);
            }
        }
        for (int j = 0; j < b.keys.size(); j++) {
            String key = b.keys.get(j);
            if (!a.keys.contains(key)) {
                lines.add(path + "." + key + ": added " + shorten(b.values.get(j)));
            }
        }
    }

    private static String shorten(String value) {
        if (value.length() <= MAX_VALUE_CHARS) {
            return value;
        }
        return value.substring(0, MAX_VALUE_CHARS) + "...";
    }

    /** A {@code head[...]} or {@code head{...}} form split into its top-level entries. */
    private static final class Structure {
        final String head;
        final boolean keyed;
        final List<String> keys = new ArrayList<>();
        final List<String> values = new ArrayList<>();

        private Structure(String head, boolean keyed) {
            this.head = head;
            this.keyed = keyed;
        }

        static Structure parse(String text) {
            int open = firstBracket(text);
            if (open < 0 || closingBracket(text, open) != text.length() - 1) {
                return null;
            }
            String head = text.substring(0, open + 1);
            String body = text.substring(open + 1, text.length() - 1);
            List<String> parts = splitTopLevel(body);

            int keyedCount = 0;
            for (String part : parts) {
                if (topLevelEquals(part) > 0) {
                    keyedCount++;
                }
            }
            boolean keyed = !parts.isEmpty() && keyedCount == parts.size();
            if (keyedCount > 0 && !keyed) {
                return null;
            }

            Structure structure = new Structure(head, keyed);
            for (String part : parts) {
                if (keyed) {
                    int eq = topLevelEquals(part);
                    structure.keys.add(part.substring(0, eq));
                    structure.values.add(part.substring(eq + 1));
                } else {
                    structure.values.add(part);
                }
            }
            return structure;
        }

        private static int firstBracket(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '[' || c == '{') {
                    return i;
                }
                if (c == ']' || c == '}' || c == '=' || c == ',') {
                    return -1;
                }
            }
            return -1;
        }

        private static int closingBracket(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '[' || c == '{' || c == '(') {
                    depth++;
                } else if (c == ']' || c == '}' || c == ')') {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private static List<String> splitTopLevel(String body) {
            List<String> parts = new ArrayList<>();
            if (body.isEmpty()) {
                return parts;
            }
            int depth = 0;
            int start = 0;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '[' || c == '{' || c == '(') {
                    depth++;
                } else if (c == ']' || c == '}' || c == ')') {
                    depth--;
                } else if (depth == 0 && c == ',' && i + 1 < body.length() && body.charAt(i + 1) == ' ') {
                    parts.add(body.substring(start, i));
                    start = i + 2;
                    i++;
                }
            }
            parts.add(body.substring(start));
            return parts;
        }

        /** Returns the index of the first '=' before any bracket, or -1. */
        private static int topLevelEquals(String part) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '=') {
                    return i;
                }
                if (c == '[' || c == '{' || c == '(') {
                    return -1;
                }
            }
            return -1;
        }
    }
}
