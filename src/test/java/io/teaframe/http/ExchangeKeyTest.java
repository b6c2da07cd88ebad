package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExchangeKeyTest {

    private static ExchangeKey key(HttpRequest.Builder request) {
        return ExchangeKey.of(request.build());
    }

    @Test
    void sameGetsHaveEqualKeys() {
        ExchangeKey mixedCase = key(HttpRequest.get("/users").query("page", "2").header("X-Trace", "on"));
        ExchangeKey lowerCase = key(HttpRequest.get("/users").query("page", "2").header("x-trace", "on"));

        assertEquals(mixedCase, lowerCase);
        assertEquals(mixedCase.hashCode(), lowerCase.hashCode());
    }

    @Test
    void keysDifferByEachPart() {
        ExchangeKey base = key(HttpRequest.get("/users").header("X-Trace", "on"));

        assertNotEquals(base, key(HttpRequest.get("/users?page=2").header("X-Trace", "on")));
        assertNotEquals(base, key(HttpRequest.get("/users").header("X-Trace", "off")));
        assertNotEquals(base, key(HttpRequest.get("/users")));
        assertNotEquals(base, key(HttpRequest.get("/users").header("X-Trace", "on")
                .format(ResponseFormat.TEXT)));
        assertNotEquals(base, key(HttpRequest.builder("HEAD", "/users").header("X-Trace", "on")));
    }

    @Test
    void onlyGetAndHeadHaveKeys() {
        assertNull(key(HttpRequest.post("/users")));
        assertNull(key(HttpRequest.delete("/users/1")));
    }
}
