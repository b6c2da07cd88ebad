package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry decision as a pure function: method, failure kind, status and retries done. */
class RetryDecisionTest {

    @ParameterizedTest(name = "{0} {1} {2} after {3} retries, own policy {4}: {5}")
    @CsvSource({
        // method, kind, status, retries done, own policy (NONE, DEFAULT, THREE or -), retry?
        "GET,     NETWORK, 0,   0, -,       true",
        "GET,     TIMEOUT, 0,   0, -,       true",
        "GET,     HTTP,    500, 0, -,       true",
        "GET,     HTTP,    502, 1, -,       true",
        "GET,     HTTP,    503, 2, -,       true",
        "GET,     HTTP,    599, 0, -,       true",
        "GET,     HTTP,    408, 0, -,       true",
        "GET,     HTTP,    429, 0, -,       true",
        "GET,     HTTP,    400, 0, -,       false",
        "GET,     HTTP,    401, 0, -,       false",
        "GET,     HTTP,    403, 0, -,       false",
        "GET,     HTTP,    404, 0, -,       false",
        "GET,     HTTP,    409, 0, -,       false",
        "GET,     HTTP,    422, 0, -,       false",
        "GET,     DECODE,  200, 0, -,       false",
        "GET,     ABORTED, 0,   0, -,       false",
        "GET,     NETWORK, 0,   3, -,       false",
        "GET,     HTTP,    503, 3, -,       false",
        "HEAD,    NETWORK, 0,   0, -,       true",
        "PUT,     HTTP,    503, 0, -,       true",
        "DELETE,  TIMEOUT, 0,   2, -,       true",
        "OPTIONS, NETWORK, 0,   0, -,       true",
        "POST,    NETWORK, 0,   0, -,       false",
        "POST,    HTTP,    503, 0, -,       false",
        "POST,    TIMEOUT, 0,   0, -,       false",
        "PATCH,   NETWORK, 0,   0, -,       false",
        "PATCH,   HTTP,    429, 0, -,       false",
        "POST,    NETWORK, 0,   0, DEFAULT, true",
        "POST,    HTTP,    503, 2, DEFAULT, true",
        "POST,    HTTP,    503, 3, DEFAULT, false",
        "POST,    HTTP,    404, 0, DEFAULT, false",
        "PATCH,   TIMEOUT, 0,   0, DEFAULT, true",
        "GET,     NETWORK, 0,   0, NONE,    false",
        "GET,     HTTP,    500, 4, FIVE,    true",
        "GET,     HTTP,    500, 5, FIVE,    false",
        "GET,     DECODE,  200, 0, FIVE,    false",
        "GET,     ABORTED, 0,   0, FIVE,    false",
    })
    void decision(String method, FailureKind kind, int status, int retriesDone, String own, boolean expected) {
        RetryPolicy policy = switch (own) {
            case "NONE" -> RetryPolicy.NONE;
            case "DEFAULT" -> RetryPolicy.DEFAULT;
            case "FIVE" -> RetryPolicy.retries(5);
            default -> null;
        };

        assertEquals(expected, RetryPolicy.shouldRetry(method, policy, kind, status, retriesDone));
    }

    @ParameterizedTest(name = "retry {0} with random {1}: {2} ms")
    @CsvSource({
        "0, 0,    1000",
        "1, 0,    2000",
        "2, 0,    4000",
        "4, 0,    16000",
        "5, 0,    30000",
        "9, 0,    30000",
        "0, 0.5,  900",
        "2, 0.99, 3208",
        "9, 0.5,  27000",
    })
    void defaultBackoff(int retryIndex, double random, double expectedMillis) {
        assertEquals(expectedMillis, RetryPolicy.DEFAULT.backoffMillis(retryIndex, random), 1e-9);
    }
}
