package io.teaframe.view;

import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.ul;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.port.LogLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duplicate keys among siblings are reported, and rendering goes on. */
class DuplicateKeyTest {

    static VNode item(String key, String label) {
        return li(key(key), text(label));
    }

    @Test
    void mountReportsTheKey() {
        Harness h = new Harness().mount(ul(item("a", "1"), item("b", "2"), item("a", "3")));

        List<String> errors = h.logger.messages(LogLevel.ERROR);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("Duplicate key a"), errors.get(0));
        assertTrue(errors.get(0).contains("positions 0 and 2"), errors.get(0));
    }

    @Test
    void mountRendersEveryChild() {
        Harness h = new Harness().mount(ul(item("a", "1"), item("b", "2"), item("a", "3")));

        assertEquals("<ul><li>1</li><li>2</li><li>3</li></ul>", h.html());
    }

    @Test
    void updateWithDuplicatesRendersTheNewOrder() {
        Harness h = new Harness().mount(ul(item("a", "1"), item("b", "2"), item("c", "3")));

        h.update(ul(item("c", "3"), item("a", "1"), item("c", "4"), item("b", "2")));

        assertEquals("<ul><li>3</li><li>1</li><li>4</li><li>2</li></ul>", h.html());
        assertEquals(1, h.logger.messages(LogLevel.ERROR).size());
    }

    @Test
    void oldDuplicatesAreRemoved() {
        Harness h = new Harness().mount(ul(item("x", "0"), item("a", "1"), item("a", "2"), item("b", "3")));

        h.update(ul(item("b", "3"), item("a", "1")));

        assertEquals("<ul><li>3</li><li>1</li></ul>", h.html());
    }

    @Test
    void appendedDuplicateIsReported() {
        Harness h = new Harness().mount(ul(item("a", "1")));

        h.update(ul(item("a", "1"), item("a", "2")));

        assertEquals("<ul><li>1</li><li>2</li></ul>", h.html());
        assertEquals(1, h.logger.messages(LogLevel.ERROR).size());
    }
}
