package io.teaframe.view;

import static io.teaframe.view.Html.a;
import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.form;
import static io.teaframe.view.Html.href;
import static io.teaframe.view.Html.img;
import static io.teaframe.view.Html.prop;
import static io.teaframe.view.Html.src;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.unsafeRawHtml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.teaframe.port.LogLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Text stays text, script URLs are not written, handler strings are rejected. */
class SafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "  javascript:alert(1)",
            "\t\njavascript:alert(1)",
            "\u0000\u001fjavascript:alert(1)",
            "java\tscript:alert(1)",
            "jav\r\nascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            "vbscript:msgbox(1)",
            " VBScript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "DATA:TEXT/HTML;base64,PHNjcmlwdD4=",
            "data: text/html,<script>alert(1)</script>"})
    void blockedHref(String url) {
        Harness h = new Harness().mount(a(href(url), text("x")));

        assertNull(h.root().attributes.get("href"));
        assertEquals(1, h.logger.messages(LogLevel.WARN).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.com/",
            "/relative/path",
            "#top",
            "data:image/png;base64,iVBORw0KGgo=",
            "mailto:someone@example.com",
            "javascript-guide.html",
            "?q=javascript:"})
    void allowedHref(String url) {
        Harness h = new Harness().mount(a(href(url)));

        assertEquals(url, h.root().attributes.get("href"));
        assertEquals(List.of(), h.logger.messages(LogLevel.WARN));
    }

    @ParameterizedTest
    @CsvSource({"a,href", "img,src", "form,action", "button,formaction", "use,xlink:href", "a,HREF"})
    void everyUrlAttributeIsChecked(String tag, String name) {
        Harness h = new Harness().mount(Html.element(tag, attr(name, "javascript:alert(1)")));

        assertTrue(h.root().attributes.isEmpty());
    }

    @Test
    void warningNamesAttributeAndScheme() {
        Harness h = new Harness().mount(img(src("javascript:alert(1)")));

        String warning = h.logger.messages(LogLevel.WARN).get(0);
        assertTrue(warning.contains("javascript:"), warning);
        assertTrue(warning.contains("src attribute of <img>"), warning);
    }

    @Test
    void blockedUpdateRemovesTheOldUrl() {
        Harness h = new Harness().mount(a(href("/home")));

        h.update(a(href("javascript:alert(1)")));

        assertEquals(List.of("removeAttribute a href"), h.dom.calls);
    }

    @Test
    void safeUpdateAfterBlockedWrites() {
        Harness h = new Harness().mount(a(href("javascript:alert(1)")));

        h.update(a(href("/home")));

        assertEquals(List.of("setAttribute a href /home"), h.dom.calls);
    }

    @Test
    void urlPropertyIsChecked() {
        Harness h = new Harness().mount(form(prop("action", "vbscript:x")));

        assertFalse(h.root().properties.containsKey("action"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"onclick", "ONCLICK", "onMouseOver", "onerror", "on"})
    void handlerAttributeRejected(String name) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> attr(name, "alert(1)"));

        assertTrue(error.getMessage().contains(name), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"onclick", "innerHTML", "outerHTML", "innerhtml"})
    void dangerousPropertyRejected(String name) {
        assertThrows(IllegalArgumentException.class, () -> prop(name, "<img src=x onerror=alert(1)>"));
    }

    @Test
    void styleAttributeRejected() {
        assertThrows(IllegalArgumentException.class, () -> attr("style", "color: red"));
    }

    @Test
    void scriptInTextStaysText() {
        Harness h = new Harness().mount(div(text("<script>alert(1)</script>")));

        FakeDom.Node child = h.root().child(0);
        assertNull(child.tag);
        assertEquals("<script>alert(1)</script>", child.text);
        assertEquals(List.of(), h.dom.calls.stream().filter(c -> c.startsWith("setInnerHtml")).toList());
    }

    @Test
    void rawHtmlGoesThroughInnerHtml() {
        Harness h = new Harness();

        h.reconciler.mount(h.container, div(unsafeRawHtml("<b>bold</b>")));

        assertEquals(1, h.dom.count("setInnerHtml div <b>bold</b>"));
    }

    @Test
    void rawHtmlWithChildrenRejected() {
        assertThrows(IllegalArgumentException.class, () -> div(unsafeRawHtml("<b>x</b>"), text("y")));
    }

    @Test
    void urlCheckTable() {
        String[][] cases = {
                {"javascript:x", "javascript:"},
                {" \u000b\fjavascript:x", "javascript:"},
                {"vbscript:x", "vbscript:"},
                {"data:text/html,x", "data:text/html"},
                {"data:text/plain,x", null},
                {"data:image/svg+xml,x", null},
                {"", null},
                {"javascript", null}};
        for (String[] c : cases) {
            assertEquals(c[1], UnsafeUrls.blockedScheme(c[0]), "for \"" + c[0] + "\"");
        }
    }
}
