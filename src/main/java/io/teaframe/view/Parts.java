package io.teaframe.view;

import java.util.List;

/** The kinds of {@link Part} other than child nodes. {@link Html} creates them. */
final class Parts {

    private Parts() {
    }

    /** An attribute; a null value means absent. */
    record Attribute(String name, String value) implements Part {
    }

    /** A DOM property; a null value means absent. */
    record Property(String name, Object value) implements Part {
    }

    /** An inline style property in kebab case; a null value means absent. */
    record Style(String name, String value) implements Part {
    }

    /** Class names separated by spaces. */
    record ClassNames(String names) implements Part {
    }

    /**
     * An event handler: either {@code event}, a value to dispatch, or {@code handler}, a
     * function of the DOM event. Exactly one is non-null.
     */
    record Listener(EventType type, Object event, DomEventHandler handler) implements Part {
    }

    /** The key that identifies an element among its siblings. */
    record Key(Object value) implements Part {
    }

    /** Children given as a list; null entries are skipped. */
    record Children(List<? extends VNode> nodes) implements Part {
    }

    /** Markup written with {@code innerHTML}, in place of children. */
    record RawHtml(String html) implements Part {
    }
}
