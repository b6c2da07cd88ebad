package io.teaframe.e2e.demo;

import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.util.Set;

/**
 * The faults injected into the demo API and socket, set at {@code /api/admin/faults}.
 *
 * @param latencyMillis the delay added before each API response, in milliseconds
 * @param errorRate the share of API requests, from 0 to 1, that get {@code errorStatus}
 * @param errorStatus the HTTP status of an injected error, from 400 to 599
 * @param stallPongs whether the socket leaves pings unanswered, so clients time out and reconnect
 */
record FaultSettings(int latencyMillis, double errorRate, int errorStatus, boolean stallPongs) {

    static final FaultSettings NONE = new FaultSettings(0, 0, 503, false);
    static final int MAX_LATENCY_MILLIS = 60_000;

    private static final Set<String> MEMBERS = Set.of("latencyMillis", "errorRate", "errorStatus", "stallPongs");

    JsonObject toJson() {
        return new JsonObject()
                .add("latencyMillis", latencyMillis)
                .add("errorRate", errorRate)
                .add("errorStatus", errorStatus)
                .add("stallPongs", stallPongs);
    }

    /** Returns whether any fault is on. */
    boolean isActive() {
        return latencyMillis > 0 || errorRate > 0 || stallPongs;
    }

    /**
     * Returns these settings with the members present in {@code body} replaced. Members
     * that are absent keep their value.
     *
     * @throws ApiException 400 of type {@code invalid-input} naming each invalid member
     */
    FaultSettings merge(JsonObject body) {
        JsonObject problems = new JsonObject();
        for (String member : body.names()) {
            if (!MEMBERS.contains(member)) {
                problems.add(member, "is not a fault setting; use latencyMillis, errorRate, errorStatus or stallPongs");
            }
        }

        int latency = wholeNumber(body, "latencyMillis", latencyMillis, 0, MAX_LATENCY_MILLIS, problems);
        int status = wholeNumber(body, "errorStatus", errorStatus, 400, 599, problems);
        double rate = errorRate;
        JsonValue rateValue = body.get("errorRate");
        if (rateValue != null) {
            if (rateValue.isNumber() && rateValue.asDouble() >= 0 && rateValue.asDouble() <= 1) {
                rate = rateValue.asDouble();
            } else {
                problems.add("errorRate", "must be a number from 0 to 1");
            }
        }

        boolean stall = stallPongs;
        JsonValue stallValue = body.get("stallPongs");
        if (stallValue != null) {
            if (stallValue.isBoolean()) {
                stall = stallValue.asBoolean();
            } else {
                problems.add("stallPongs", "must be true or false");
            }
        }

        if (!problems.isEmpty()) {
            throw ApiException.badRequest("invalid-input", "The fault settings are invalid").with("fields", problems);
        }
        return new FaultSettings(latency, rate, status, stall);
    }

    /** Describes the settings for a log line or a notification, such as "latency 500 ms, 20% errors with 503". */
    String describe() {
        if (!isActive()) {
            return "no faults";
        }
        StringBuilder text = new StringBuilder();
        if (latencyMillis > 0) {
            text.append("latency ").append(latencyMillis).append(" ms");
        }
        if (errorRate > 0) {
            text.append(text.length() > 0 ? ", " : "")
                    .append(Math.round(errorRate * 100)).append("% errors with ").append(errorStatus);
        }
        if (stallPongs) {
            text.append(text.length() > 0 ? ", " : "").append("pongs stalled");
        }
        return text.toString();
    }

    private static int wholeNumber(JsonObject body, String member, int current, int min, int max,
            JsonObject problems) {
        JsonValue value = body.get(member);
        if (value == null) {
            return current;
        }
        if (value.isNumber()) {
            double number = value.asDouble();
            if (number == Math.rint(number) && number >= min && number <= max) {
                return (int) number;
            }
        }
        problems.add(member, "must be a whole number from " + min + " to " + max);
        return current;
    }
}
