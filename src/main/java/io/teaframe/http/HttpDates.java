package io.teaframe.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses HTTP dates and {@code Retry-After} values without {@code java.time}, which
 * TeaVM would compile into every app that sends a request.
 *
 * <p>RFC 9110 section 5.6.7 defines one preferred form and two obsolete ones that a
 * recipient must still accept:
 *
 * <pre>
 * Sun, 06 Nov 1994 08:49:37 GMT    IMF-fixdate
 * Sunday, 06-Nov-94 08:49:37 GMT   RFC 850
 * Sun Nov  6 08:49:37 1994         asctime
 * </pre>
 */
final class HttpDates {

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    };

    private HttpDates() {
    }

    /**
     * Returns the wait that a {@code Retry-After} value requests, in milliseconds: its
     * delay in seconds, or the time from {@code referenceEpochMillis} to its date (0 for
     * a date in the past). Returns -1 when the value is null or neither form.
     */
    static double retryAfterMillis(String value, double referenceEpochMillis) {
        if (value == null) {
            return -1;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return -1;
        }
        if (isDigits(trimmed)) {
            // Long digit strings would overflow an int; a day is more than any cap.
            return trimmed.length() > 6 ? 86_400_000 : Integer.parseInt(trimmed) * 1000.0;
        }
        double date = parse(trimmed);
        if (Double.isNaN(date)) {
            return -1;
        }
        return Math.max(0, date - referenceEpochMillis);
    }

    /** Returns the date as milliseconds since 1970 UTC, or NaN if it is in none of the three forms. */
    static double parse(String text) {
        List<String> tokens = tokens(text);
        int day;
        int month;
        int year;
        String time;
        if (tokens.size() == 6 && tokens.get(5).equals("GMT")) {
            // IMF-fixdate or RFC 850: weekday, day, month, year, time, GMT.
            day = number(tokens.get(1));
            month = month(tokens.get(2));
            year = number(tokens.get(3));
            time = tokens.get(4);
            if (tokens.get(3).length() == 2 && year >= 0) {
                // NOTE: a fixed pivot, not RFC 9110's "no more than 50 years ahead" rule,
                // which would need the current year; RFC 850 dates are rare now.
                year += year < 70 ? 2000 : 1900;
            }
        } else if (tokens.size() == 5) {
            // asctime: weekday, month, day, time, year.
            month = month(tokens.get(1));
            day = number(tokens.get(2));
            time = tokens.get(3);
            year = number(tokens.get(4));
        } else {
            return Double.NaN;
        }
        if (!isLetters(tokens.get(0)) || day < 1 || day > 31 || month < 1 || year < 0 || time.length() != 8
                || time.charAt(2) != ':' || time.charAt(5) != ':') {
            return Double.NaN;
        }
        int hours = number(time.substring(0, 2));
        int minutes = number(time.substring(3, 5));
        int seconds = number(time.substring(6, 8));
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 60) {
            return Double.NaN;
        }
        double days = daysFromCivil(year, month, day);
        return ((days * 24 + hours) * 60 + minutes) * 60_000.0 + seconds * 1000.0;
    }

    /**
     * Returns the days from 1970-01-01 to the given date of the proleptic Gregorian
     * calendar, by Howard Hinnant's days_from_civil algorithm.
     */
    static double daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097.0 + dayOfEra - 719468;
    }

    /** Splits on spaces, commas and dashes, dropping empty tokens. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == ','
                    || text.charAt(i) == '-';
            if (separator) {
                if (start >= 0) {
                    tokens.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static int month(String name) {
        String lower = name.toLowerCase();
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(lower)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Returns the value of a short run of digits, or -1. */
    private static int number(String digits) {
        if (digits.isEmpty() || digits.length() > 4 || !isDigits(digits)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 'a' || c > 'z') && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
