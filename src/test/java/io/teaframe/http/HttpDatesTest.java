package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** HTTP dates in their three forms, and Retry-After values. java.time is the reference. */
class HttpDatesTest {

    private static final double NOV_6_1994 = Instant.parse("1994-11-06T08:49:37Z").toEpochMilli();

    @Test
    void imfFixdate() {
        assertEquals(NOV_6_1994, HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
    }

    @Test
    void rfc850() {
        assertEquals(NOV_6_1994, HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
    }

    @Test
    void asctime() {
        assertEquals(NOV_6_1994, HttpDates.parse("Sun Nov  6 08:49:37 1994"));
    }

    @Test
    void datesAcrossCalendar() {
        String[][] cases = {
            {"Thu, 01 Jan 1970 00:00:00 GMT", "1970-01-01T00:00:00Z"},
            {"Tue, 29 Feb 2000 23:59:59 GMT", "2000-02-29T23:59:59Z"},
            {"Fri, 31 Dec 2099 12:00:00 GMT", "2099-12-31T12:00:00Z"},
            {"Mon, 01 Mar 2021 00:00:01 GMT", "2021-03-01T00:00:01Z"},
        };
        for (String[] c : cases) {
            assertEquals((double) Instant.parse(c[1]).toEpochMilli(), HttpDates.parse(c[0]), c[0]);
        }
    }

    @Test
    void invalidDatesAreNaN() {
        String[] invalid = {"", "tomorrow", "Sun, 06 Nov 1994 08:49 GMT", "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT", "06 Nov 1994 08:49:37 GMT"};
        for (String text : invalid) {
            assertTrue(Double.isNaN(HttpDates.parse(text)), text);
        }
    }

    @Test
    void retryAfterSeconds() {
        assertEquals(120_000, HttpDates.retryAfterMillis("120", 0));
        assertEquals(0, HttpDates.retryAfterMillis("0", 0));
        assertEquals(86_400_000, HttpDates.retryAfterMillis("99999999999", 0));
    }

    @Test
    void retryAfterDate() {
        assertEquals(5_000, HttpDates.retryAfterMillis("Sun, 06 Nov 1994 08:49:37 GMT", NOV_6_1994 - 5_000));
        assertEquals(0, HttpDates.retryAfterMillis("Sun, 06 Nov 1994 08:49:37 GMT", NOV_6_1994 + 5_000));
    }

    @Test
    void retryAfterInvalid() {
        assertEquals(-1, HttpDates.retryAfterMillis(null, 0));
        assertEquals(-1, HttpDates.retryAfterMillis("  ", 0));
        assertEquals(-1, HttpDates.retryAfterMillis("-5", 0));
        assertEquals(-1, HttpDates.retryAfterMillis("soon", 0));
    }
}
