package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    void ofKeepsOrderAndRepeats() {
        Headers headers = Headers.of("Vary", "Accept", "set-cookie", "a=1", "Set-Cookie", "b=2");

        assertEquals(3, headers.size());
        assertEquals("Vary", headers.name(0));
        assertEquals("set-cookie", headers.name(1));
        assertEquals("b=2", headers.value(2));
        assertEquals(List.of("a=1", "b=2"), headers.all("Set-Cookie"));
        assertEquals(Headers.EMPTY.add("Vary", "Accept").add("set-cookie", "a=1").add("Set-Cookie", "b=2"), headers);
    }

    @Test
    void ofRejectsInvalidFields() {
        assertThrows(IllegalArgumentException.class, () -> Headers.of("Accept"));
        assertThrows(IllegalArgumentException.class, () -> Headers.of("Bad Name", "x"));
        assertThrows(IllegalArgumentException.class, () -> Headers.of("", "x"));
        assertThrows(NullPointerException.class, () -> Headers.of("Accept", null));
        assertThrows(NullPointerException.class, () -> Headers.of(null, "x"));
    }

    /** A source of two fields that counts how often it is read. */
    private static final class CountingSource implements Headers.Source {
        int gets;
        int lists;

        @Override
        public String get(String name) {
            gets++;
            return Headers.namesEqual("content-type", name) ? "text/plain" : null;
        }

        @Override
        public String[] list() {
            lists++;
            return new String[] {"content-type", "text/plain", "etag", "\"v1\""};
        }
    }

    @Test
    void sourceLookupsSkipListing() {
        CountingSource source = new CountingSource();
        Headers headers = Headers.of(source);

        assertEquals("text/plain", headers.first("Content-Type"));
        assertTrue(headers.contains("content-type"));
        assertFalse(headers.contains("ETag-X"));
        assertNull(headers.first(null));

        assertEquals(3, source.gets);
        assertEquals(0, source.lists);
    }

    @Test
    void sourceListedOnceOnFullAccess() {
        CountingSource source = new CountingSource();
        Headers headers = Headers.of(source);

        assertEquals(2, headers.size());
        assertEquals("etag", headers.name(1));
        assertEquals(List.of("\"v1\""), headers.all("ETag"));
        assertEquals(Headers.of("Content-Type", "text/plain", "ETag", "\"v1\""), headers);
        assertEquals("\"v1\"", headers.first("etag"));
        assertEquals("{content-type: text/plain, etag: \"v1\", x: 1}", headers.add("x", "1").toString());

        assertEquals(1, source.lists);
        assertEquals(0, source.gets);
    }

    @Test
    void sourceWithInvalidFieldsRejected() {
        Headers oddCount = Headers.of(new Headers.Source() {
            @Override
            public String get(String name) {
                return null;
            }

            @Override
            public String[] list() {
                return new String[] {"a"};
            }
        });
        Headers badName = Headers.of(new Headers.Source() {
            @Override
            public String get(String name) {
                return null;
            }

            @Override
            public String[] list() {
                return new String[] {"a b", "1"};
            }
        });

        assertThrows(IllegalStateException.class, oddCount::size);
        assertThrows(IllegalArgumentException.class, badName::size);
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
