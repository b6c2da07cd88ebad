package io.teaframe.demo.network;

import io.teaframe.demo.Lists;
import java.util.List;

/** The last {@value #MAX_KEPT} HTTP attempts, oldest first, for the activity log. */
public record ActivityState(List<Attempt> attempts) {

    static final int MAX_KEPT = 12;

    /**
     * One attempt of a request; a retried request has one per try.
     *
     * @param number the attempt's number in the whole page session, from 1
     * @param status the response status, 0 while in flight, or -1 when no response came
     */
    public record Attempt(int number, String method, String url, int status) {
    }

    public static ActivityState initial() {
        return new ActivityState(List.of());
    }

    ActivityState withStarted(int number, String method, String url) {
        return new ActivityState(Lists.appendCapped(attempts, new Attempt(number, method, url, 0), MAX_KEPT));
    }

    ActivityState withEnded(int number, int status) {
        return new ActivityState(Lists.replace(attempts, attempt -> attempt.number() == number,
                attempt -> new Attempt(number, attempt.method(), attempt.url(), status)));
    }
}
