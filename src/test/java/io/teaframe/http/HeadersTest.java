package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void namesEqualIgnoresAsciiCase() {
        assertTrue(Headers.namesEqual("Content-Type", "content-TYPE"));
        assertTrue(Headers.namesEqual("x-1", "X-1"));
    }

    @Test
    void namesEqualRejectsOtherNames() {
        assertFalse(Headers.namesEqual("Accept", "Accept-Language"));
        assertFalse(Headers.namesEqual("Accept", "Accepu"));
        assertFalse(Headers.namesEqual("a", null));
        // '@' and '`' sit one below 'A' and 'a'; only letters fold.
        assertFalse(Headers.namesEqual("@", "`"));
    }

    @Test
    void lookupIgnoresCase() {
        Headers headers = Headers.of("Content-Type", "text/plain");

        assertEquals("text/plain", headers.first("content-type"));
        assertTrue(headers.contains("CONTENT-TYPE"));
        assertNull(headers.first("content-length"));
        assertEquals(0, headers.remove("content-TYPE").size());
    }

    @Test
    void authorizationIsSensitive() {
        assertTrue(Headers.isSensitive("Authorization"));
    }
}
