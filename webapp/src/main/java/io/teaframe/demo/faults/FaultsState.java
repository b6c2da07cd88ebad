package io.teaframe.demo.faults;

import io.teaframe.json.Json;

/**
 * The server's fault settings, as {@code /api/admin/faults} reports them.
 *
 * @param known false until the first settings arrive
 * @param latencyMillis the delay the server adds to each API response
 * @param errorRate the share of API requests, from 0 to 1, that fail with {@code errorStatus}
 * @param stallPongs whether the server leaves socket pings unanswered
 */
public record FaultsState(boolean known, int latencyMillis, double errorRate, int errorStatus, boolean stallPongs) {

    public static final FaultsState UNKNOWN = new FaultsState(false, 0, 0, 503, false);

    public static FaultsState fromJson(Json json) {
        return new FaultsState(true, json.integer("latencyMillis"), json.number("errorRate"),
                json.integer("errorStatus"), json.bool("stallPongs"));
    }
}
