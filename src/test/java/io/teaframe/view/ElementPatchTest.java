package io.teaframe.view;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.checked;
import static io.teaframe.view.Html.classIf;
import static io.teaframe.view.Html.cls;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.option;
import static io.teaframe.view.Html.prop;
import static io.teaframe.view.Html.select;
import static io.teaframe.view.Html.style;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attribute, class, style and property diffs on one element. */
class ElementPatchTest {

    @Test
    void changedAttributeIsSetOnce() {
        Harness h = new Harness().mount(div(attr("data-id", "1"), attr("title", "a")));

        h.update(div(attr("data-id", "2"), attr("title", "a")));

        assertEquals(List.of("setAttribute div data-id 2"), h.dom.calls);
    }

    @Test
    void addedAndRemovedAttributes() {
        Harness h = new Harness().mount(div(attr("title", "a"), attr("lang", "en")));

        h.update(div(attr("lang", "en"), attr("role", "note")));

        assertEquals(List.of("setAttribute div role note", "removeAttribute div title"), h.dom.calls);
        assertEquals("<div lang=\"en\" role=\"note\"></div>", h.html());
    }

    @Test
    void booleanAttributeTogglesPresence() {
        Harness h = new Harness().mount(div(attr("hidden", true)));

        h.update(div(attr("hidden", false)));

        assertEquals(List.of("removeAttribute div hidden"), h.dom.calls);
    }

    @Test
    void laterAttributeWins() {
        Harness h = new Harness().mount(div(attr("title", "a"), attr("title", "b")));

        assertEquals("b", h.root().attributes.get("title"));
    }

    @Test
    void laterNullAttributeRemovesEarlier() {
        Harness h = new Harness().mount(div(attr("title", "a"), attr("lang", "en"), attr("title", null)));

        assertEquals("<div lang=\"en\"></div>", h.html());
    }

    @Test
    void repeatedNamesKeepFirstPosition() {
        Harness h = new Harness().mount(div(attr("title", "a"), attr("lang", "en"), attr("title", "b"),
                style("color", "red"), style("width", "1px"), style("color", "blue")));

        assertEquals(List.of("title", "lang"), List.copyOf(h.root().attributes.keySet()));
        assertEquals("b", h.root().attributes.get("title"));
        assertEquals(List.of("color", "width"), List.copyOf(h.root().styles.keySet()));
        assertEquals("blue", h.root().styles.get("color"));
    }

    @Test
    void reorderedAttributesWriteOnlyChanges() {
        Harness h = new Harness().mount(div(attr("title", "a"), attr("lang", "en")));

        h.update(div(attr("lang", "en"), attr("title", "b")));

        assertEquals(List.of("setAttribute div title b"), h.dom.calls);
    }

    @Test
    void classesJoinAndDiffAsOneAttribute() {
        Harness h = new Harness().mount(div(cls("row"), classIf("danger", false)));

        h.update(div(cls("row"), classIf("danger", true)));

        assertEquals(List.of("setAttribute div class row danger"), h.dom.calls);
    }

    @Test
    void classAttributeIsAClass() {
        Harness h = new Harness().mount(div(attr("class", "a"), cls("b")));

        assertEquals("a b", h.root().attributes.get("class"));
    }

    @Test
    void noClassesRemovesTheAttribute() {
        Harness h = new Harness().mount(div(cls("row")));

        h.update(div());

        assertEquals(List.of("removeAttribute div class"), h.dom.calls);
    }

    @Test
    void stylesDiffByName() {
        Harness h = new Harness().mount(div(style("color", "red"), style("width", "10px")));

        h.update(div(style("color", "blue"), style("height", "5px")));

        assertEquals(List.of("setStyle div color blue", "setStyle div height 5px", "removeStyle div width"), h.dom.calls);
    }

    @Test
    void propertiesDiffByValue() {
        Harness h = new Harness().mount(input(value("a"), checked(false)));

        h.update(input(value("b"), checked(false)));

        assertEquals(List.of("getProperty input value", "setProperty input value b"), h.dom.calls);
    }

    @Test
    void repeatedPropertyKeepsLastValue() {
        Harness h = new Harness().mount(input(value("a"), prop("tabIndex", 3), value("b")));

        assertEquals("b", h.root().properties.get("value"));
        assertEquals(3, h.root().properties.get("tabIndex"));
    }

    @Test
    void removedPropertiesAreReset() {
        Harness h = new Harness().mount(input(value("a"), checked(true), prop("tabIndex", 3)));

        h.update(input());

        assertEquals("", h.root().properties.get("value"));
        assertEquals(Boolean.FALSE, h.root().properties.get("checked"));
        assertEquals(null, h.root().properties.get("tabIndex"));
    }

    @Test
    void selectValueIsSetAfterOptions() {
        Harness h = new Harness();

        h.reconciler.mount(h.container, select(value("b"), option(value("a")), option(value("b"))));

        int lastOption = h.dom.calls.lastIndexOf("insertBefore select option null");
        int selectValue = h.dom.calls.indexOf("setProperty select value b");
        assertTrue(lastOption >= 0, "options appended");
        assertTrue(selectValue > lastOption, "value set after options: " + h.dom.calls);
    }

    @Test
    void textChangeSetsText() {
        Harness h = new Harness().mount(div(text("a")));

        h.update(div(text("b")));

        assertEquals(List.of("setText \"a\" b"), h.dom.calls);
    }

    @Test
    void tagChangeReplacesTheRoot() {
        Harness h = new Harness().mount(div(text("a")));
        FakeDom.Node old = h.root();

        h.update(Html.span(text("a")));

        assertEquals("<span>a</span>", h.html());
        assertFalse(h.container.children.contains(old));
    }

    @Test
    void rawHtmlChangeRewritesInnerHtml() {
        Harness h = new Harness().mount(div(Html.unsafeRawHtml("<b>a</b>")));

        h.update(div(Html.unsafeRawHtml("<b>b</b>")));

        assertEquals(List.of("setInnerHtml div <b>b</b>"), h.dom.calls);
    }
}
