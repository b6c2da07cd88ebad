package io.teaframe.view;

import java.util.List;

/**
 * The view DSL: static factories that read like markup. Import them statically:
 *
 * <pre>{@code
 * import static io.teaframe.view.Html.*;
 *
 * VNode row(Item item, boolean selected) {
 *     return tr(key(item.id()), classIf("danger", selected),
 *             td(cls("col-md-1"), text(Integer.toString(item.id()))),
 *             td(a(on(EventType.CLICK, new Select(item.id())), text(item.label()))),
 *             td(button(cls("btn"), onEvent(EventType.CLICK, (e, dispatcher) -> dispatcher.dispatch(new Remove(item.id()))),
 *                     text("x"))));
 * }
 * }</pre>
 *
 * <p>An element factory takes its parts in any order: child nodes, attributes,
 * properties, classes, styles, handlers and a key. Null parts are skipped, so
 * {@code selected ? span(text("*")) : null} works. For a repeated attribute, property,
 * style, event type or key, the later part wins; class names accumulate.
 *
 * <h2>Safety</h2>
 * <ul>
 *   <li>{@link #text(String)} makes a text node; markup in it stays text.</li>
 *   <li>An attribute or property whose name starts with {@code on} (in any case) throws
 *       {@link IllegalArgumentException} here, at construction: a handler given as a
 *       string would be script. Use {@link #on} or {@link #onEvent}.</li>
 *   <li>URL attributes and properties ({@code href}, {@code src}, {@code action},
 *       {@code formaction}, {@code xlink:href}) with a {@code javascript:},
 *       {@code vbscript:} or {@code data:text/html} value are not written; the
 *       reconciler logs a warning.</li>
 *   <li>Markup is parsed only through {@link #unsafeRawHtml(String)}, and the
 *       {@code innerHTML} and {@code outerHTML} properties are rejected.</li>
 * </ul>
 */
public final class Html {

    private Html() {
    }

    // Nodes.

    /**
     * Returns an element with any tag, for tags without a factory here and custom
     * elements. Inside {@code <svg>} elements are created in the SVG namespace.
     *
     * @throws IllegalArgumentException if {@code tag} is null or empty, or the element
     *     has both raw HTML and children
     */
    public static VNode element(String tag, Part... parts) {
        if (tag == null || tag.isEmpty()) {
            throw new IllegalArgumentException("Invalid element tag: \"" + tag + "\"");
        }
        return new ElementNode(tag, parts);
    }

    /**
     * Returns a place for an instance of {@code component} with {@code props}. Between
     * renders, a place with the same component object (and key) keeps its instance, which
     * renders again only when the props are not {@code equals} to the last ones or a
     * subscription it read changed.
     *
     * @throws IllegalArgumentException if {@code component} is null
     */
    public static <P> VNode component(Component<P> component, P props) {
        return component(component, props, null);
    }

    /**
     * Returns a keyed place for an instance of {@code component}, for lists: the instance
     * follows its key when siblings move, like a keyed element (see {@link #key(Object)}).
     * A null key means no key.
     *
     * @throws IllegalArgumentException if {@code component} is null
     */
    public static <P> VNode component(Component<P> component, P props, Object key) {
        if (component == null) {
            throw new IllegalArgumentException("component(null, " + props + "): give a Component made with Component.named");
        }
        return new ComponentNode(component, props, key);
    }

    /** Returns a text node; null becomes the empty string. */
    public static VNode text(String text) {
        return new TextNode(text == null ? "" : text);
    }

    /**
     * Returns the nodes of {@code nodes} as children, in order; null entries are
     * skipped. The list is read once, when the element is created.
     */
    public static Part children(List<? extends VNode> nodes) {
        if (nodes == null) {
            throw new IllegalArgumentException("children(null): give an empty list for no children");
        }
        return new Parts.Children(nodes);
    }

    /**
     * Returns a part that sets the element's {@code innerHTML} to {@code html}. The markup
     * is parsed by the browser, scripts in event-handler attributes included, so pass only
     * markup you trust or have sanitized. The element may have no other children.
     */
    public static Part unsafeRawHtml(String html) {
        return new Parts.RawHtml(html == null ? "" : html);
    }

    // Attributes, properties, classes, styles, keys.

    /**
     * Returns an attribute. A null value leaves the attribute out. {@code class} is
     * treated as {@link #cls(String)}.
     *
     * @throws IllegalArgumentException if the name is null or empty, starts with
     *     {@code on} (an event handler given as a string), or is {@code style} (use
     *     {@link #style(String, String)})
     */
    public static Part attr(String name, String value) {
        requireName("attribute", name);
        String lower = UnsafeUrls.asciiLowerCase(name);
        if (lower.startsWith("on")) {
            throw new IllegalArgumentException("Rejected the event handler attribute \"" + name
                    + "\": handlers given as strings run as script; use Html.on or Html.onEvent");
        }
        if (lower.equals("style")) {
            throw new IllegalArgumentException("Rejected the style attribute: give each property with Html.style(name, value),"
                    + " so updates change only what differs");
        }
        if (lower.equals("class")) {
            return new Parts.ClassNames(value);
        }
        return new Parts.Attribute(name, value);
    }

    /** Returns a boolean attribute: present with an empty value when true, absent when false. */
    public static Part attr(String name, boolean present) {
        return attr(name, present ? "" : null);
    }

    /**
     * Returns a DOM property, such as {@code value} or {@code checked}. {@code value} is a
     * {@code String}, {@code Boolean}, {@code Integer}, {@code Double} or null (absent).
     *
     * @throws IllegalArgumentException if the name is null or empty, starts with
     *     {@code on}, or is {@code innerHTML} or {@code outerHTML}
     */
    public static Part prop(String name, Object value) {
        requireName("property", name);
        String lower = UnsafeUrls.asciiLowerCase(name);
        if (lower.startsWith("on")) {
            throw new IllegalArgumentException("Rejected the event handler property \"" + name
                    + "\": use Html.on or Html.onEvent");
        }
        if (lower.equals("innerhtml") || lower.equals("outerhtml")) {
            throw new IllegalArgumentException("Rejected the " + name + " property: markup is written only through"
                    + " Html.unsafeRawHtml");
        }
        return new Parts.Property(name, value);
    }

    /** Returns one or more class names separated by spaces; null or empty adds none. */
    public static Part cls(String names) {
        return new Parts.ClassNames(names);
    }

    /** Returns {@code name} as a class when {@code present}, and no class otherwise. */
    public static Part classIf(String name, boolean present) {
        return new Parts.ClassNames(present ? name : null);
    }

    /**
     * Returns an inline style property. {@code name} is the CSS name in kebab case
     * ({@code background-color}); a null value leaves it out.
     */
    public static Part style(String name, String value) {
        requireName("style property", name);
        return new Parts.Style(name, value);
    }

    /**
     * Returns the key that identifies the element among its siblings, so that the
     * reconciler moves its DOM node when the order changes instead of rewriting its
     * neighbours. Keys compare with {@code equals}; null means no key.
     */
    public static Part key(Object key) {
        return new Parts.Key(key);
    }

    // Event handlers.

    /**
     * Returns a handler that dispatches {@code event} to the reconciler's
     * {@link Dispatcher} each time an event of {@code type} fires.
     */
    public static Part on(EventType type, Object event) {
        if (type == null || event == null) {
            throw new IllegalArgumentException("on(" + type + ", " + event + "): the event type and the event are required");
        }
        return new Parts.Listener(type, event, null);
    }

    /** Returns a handler that calls {@code handler} with the DOM event of {@code type}. */
    public static Part onEvent(EventType type, DomEventHandler handler) {
        if (type == null || handler == null) {
            throw new IllegalArgumentException("onEvent(" + type + ", " + handler + "): the event type and the handler are required");
        }
        return new Parts.Listener(type, null, handler);
    }

    // Common attributes and properties.

    public static Part id(String id) {
        return attr("id", id);
    }

    public static Part href(String url) {
        return attr("href", url);
    }

    public static Part src(String url) {
        return attr("src", url);
    }

    public static Part type(String type) {
        return attr("type", type);
    }

    public static Part name(String name) {
        return attr("name", name);
    }

    public static Part title(String title) {
        return attr("title", title);
    }

    public static Part alt(String text) {
        return attr("alt", text);
    }

    public static Part placeholder(String text) {
        return attr("placeholder", text);
    }

    /** Returns the {@code for} attribute of a label, naming the control's id. */
    public static Part htmlFor(String id) {
        return attr("for", id);
    }

    public static Part disabled(boolean disabled) {
        return attr("disabled", disabled);
    }

    /** Returns the {@code value} property, which is what a form control shows. */
    public static Part value(String value) {
        return prop("value", value);
    }

    public static Part checked(boolean checked) {
        return prop("checked", checked);
    }

    public static Part selected(boolean selected) {
        return prop("selected", selected);
    }

    // Elements.

    public static VNode a(Part... parts) {
        return new ElementNode("a", parts);
    }

    public static VNode article(Part... parts) {
        return new ElementNode("article", parts);
    }

    public static VNode aside(Part... parts) {
        return new ElementNode("aside", parts);
    }

    public static VNode br(Part... parts) {
        return new ElementNode("br", parts);
    }

    public static VNode button(Part... parts) {
        return new ElementNode("button", parts);
    }

    public static VNode code(Part... parts) {
        return new ElementNode("code", parts);
    }

    public static VNode dd(Part... parts) {
        return new ElementNode("dd", parts);
    }

    public static VNode div(Part... parts) {
        return new ElementNode("div", parts);
    }

    public static VNode dl(Part... parts) {
        return new ElementNode("dl", parts);
    }

    public static VNode dt(Part... parts) {
        return new ElementNode("dt", parts);
    }

    public static VNode em(Part... parts) {
        return new ElementNode("em", parts);
    }

    public static VNode fieldset(Part... parts) {
        return new ElementNode("fieldset", parts);
    }

    public static VNode footer(Part... parts) {
        return new ElementNode("footer", parts);
    }

    public static VNode form(Part... parts) {
        return new ElementNode("form", parts);
    }

    public static VNode h1(Part... parts) {
        return new ElementNode("h1", parts);
    }

    public static VNode h2(Part... parts) {
        return new ElementNode("h2", parts);
    }

    public static VNode h3(Part... parts) {
        return new ElementNode("h3", parts);
    }

    public static VNode h4(Part... parts) {
        return new ElementNode("h4", parts);
    }

    public static VNode header(Part... parts) {
        return new ElementNode("header", parts);
    }

    public static VNode hr(Part... parts) {
        return new ElementNode("hr", parts);
    }

    public static VNode i(Part... parts) {
        return new ElementNode("i", parts);
    }

    public static VNode img(Part... parts) {
        return new ElementNode("img", parts);
    }

    public static VNode input(Part... parts) {
        return new ElementNode("input", parts);
    }

    public static VNode label(Part... parts) {
        return new ElementNode("label", parts);
    }

    public static VNode legend(Part... parts) {
        return new ElementNode("legend", parts);
    }

    public static VNode li(Part... parts) {
        return new ElementNode("li", parts);
    }

    public static VNode main(Part... parts) {
        return new ElementNode("main", parts);
    }

    public static VNode nav(Part... parts) {
        return new ElementNode("nav", parts);
    }

    public static VNode ol(Part... parts) {
        return new ElementNode("ol", parts);
    }

    public static VNode option(Part... parts) {
        return new ElementNode("option", parts);
    }

    public static VNode p(Part... parts) {
        return new ElementNode("p", parts);
    }

    public static VNode pre(Part... parts) {
        return new ElementNode("pre", parts);
    }

    public static VNode section(Part... parts) {
        return new ElementNode("section", parts);
    }

    public static VNode select(Part... parts) {
        return new ElementNode("select", parts);
    }

    public static VNode small(Part... parts) {
        return new ElementNode("small", parts);
    }

    public static VNode span(Part... parts) {
        return new ElementNode("span", parts);
    }

    public static VNode strong(Part... parts) {
        return new ElementNode("strong", parts);
    }

    public static VNode svg(Part... parts) {
        return new ElementNode("svg", parts);
    }

    public static VNode table(Part... parts) {
        return new ElementNode("table", parts);
    }

    public static VNode tbody(Part... parts) {
        return new ElementNode("tbody", parts);
    }

    public static VNode td(Part... parts) {
        return new ElementNode("td", parts);
    }

    public static VNode textarea(Part... parts) {
        return new ElementNode("textarea", parts);
    }

    public static VNode th(Part... parts) {
        return new ElementNode("th", parts);
    }

    public static VNode thead(Part... parts) {
        return new ElementNode("thead", parts);
    }

    public static VNode tr(Part... parts) {
        return new ElementNode("tr", parts);
    }

    public static VNode ul(Part... parts) {
        return new ElementNode("ul", parts);
    }

    private static void requireName(String kind, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Invalid " + kind + " name: \"" + name + "\"");
        }
    }
}
