package io.teaframe.browser;

import io.teaframe.view.DomListener;
import io.teaframe.view.DomPort;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.css.ElementCSSInlineStyle;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * The {@link DomPort} of the real DOM: each method makes the one DOM call that its
 * {@code DomPort} documentation names, on a JSO {@link Node}. Pass it to
 * {@code Reconciler.create}, and mount into any element of the page:
 *
 * <pre>{@code
 * Reconciler<Node> view = Reconciler.create(new BrowserDom(), frame::dispatch, frame.logger());
 * view.mount(HTMLDocument.current().getElementById("app"), render(frame.state()));
 * }</pre>
 *
 * <p>Event listeners are registered as JavaScript functions made from the
 * {@link DomListener}, and {@link #addEventListener} returns that function as the token,
 * so {@link #removeEventListener} removes exactly that registration. Listeners receive
 * the native {@link Event} as their argument.
 *
 * <p>{@link #setProperty} assigns {@code element[name] = value} every time the reconciler
 * calls it. The reconciler reads {@code value}, {@code checked} and {@code selected}
 * with {@link #getProperty} first and does not write the value a control already
 * shows, so the caret and the selection stay where the user left them. The browser
 * scenarios check this in Chromium and HtmlUnit.
 */
public final class BrowserDom implements DomPort<Node> {

    /** The namespace of attributes written with the {@code xlink:} prefix, such as {@code xlink:href}. */
    static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

    private static final String XLINK_PREFIX = "xlink:";

    private final HTMLDocument document;

    /** Creates a port that creates nodes in the current page's document. */
    public BrowserDom() {
        this(HTMLDocument.current());
    }

    /** Creates a port that creates nodes in {@code document}. */
    public BrowserDom(HTMLDocument document) {
        if (document == null) {
            throw new IllegalArgumentException("Missing document: pass HTMLDocument.current(), or use new BrowserDom()");
        }
        this.document = document;
    }

    @Override
    public Node createElement(String namespace, String tag) {
        if (namespace == null) {
            return document.createElement(tag);
        }
        return document.createElementNS(namespace, tag);
    }

    @Override
    public Node createText(String text) {
        return document.createTextNode(text);
    }

    /**
     * {@inheritDoc}
     *
     * <p>A name with the {@code xlink:} prefix is written with {@code setAttributeNS} in
     * the XLink namespace, as the HTML parser does for {@code xlink:href} in SVG.
     */
    @Override
    public void setAttribute(Node element, String name, String value) {
        Element target = (Element) element;
        if (name.startsWith(XLINK_PREFIX)) {
            target.setAttributeNS(XLINK_NAMESPACE, name, value);
        } else {
            target.setAttribute(name, value);
        }
    }

    @Override
    public void removeAttribute(Node element, String name) {
        Element target = (Element) element;
        if (name.startsWith(XLINK_PREFIX)) {
            target.removeAttributeNS(XLINK_NAMESPACE, name.substring(XLINK_PREFIX.length()));
        } else {
            target.removeAttribute(name);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code value} is of another type
     */
    @Override
    public void setProperty(Node element, String name, Object value) {
        if (value instanceof String text) {
            assignString(element, name, text);
        } else if (value instanceof Boolean flag) {
            assignBoolean(element, name, flag);
        } else if (value instanceof Integer number) {
            assignNumber(element, name, number);
        } else if (value instanceof Double number) {
            assignNumber(element, name, number);
        } else if (value == null) {
            assignNull(element, name);
        } else {
            throw new IllegalArgumentException("Invalid value for the DOM property " + name + ": a "
                    + value.getClass().getName() + "; give a String, Boolean, Integer, Double or null");
        }
    }

    /** {@inheritDoc} It reads {@code element[name]} and converts it by its {@code typeof}. */
    @Override
    public Object getProperty(Node element, String name) {
        String type = typeOfProperty(element, name);
        if (type.equals("string")) {
            return readString(element, name);
        }
        if (type.equals("boolean")) {
            return readBoolean(element, name);
        }
        if (type.equals("number")) {
            return readNumber(element, name);
        }
        return null;
    }

    @Override
    public void setStyle(Node element, String name, String value) {
        ((ElementCSSInlineStyle) element).getStyle().setProperty(name, value);
    }

    @Override
    public void removeStyle(Node element, String name) {
        ((ElementCSSInlineStyle) element).getStyle().removeProperty(name);
    }

    /** {@inheritDoc} The token is the JavaScript function registered with the element. */
    @Override
    public Object addEventListener(Node element, String type, DomListener listener) {
        EventListener<Event> function = event -> listener.handleEvent(event);
        ((EventTarget) element).addEventListener(type, function);
        return function;
    }

    @Override
    public void removeEventListener(Node element, String type, Object token) {
        ((EventTarget) element).removeEventListener(type, (EventListener<?>) token);
    }

    /** {@inheritDoc} It reads {@code event.isComposing}; any value other than true counts as false. */
    @Override
    public boolean isComposing(Object domEvent) {
        return composingFlag((JSObject) domEvent);
    }

    @Override
    public void insertBefore(Node parent, Node child, Node reference) {
        parent.insertBefore(child, reference);
    }

    @Override
    public void removeChild(Node parent, Node child) {
        parent.removeChild(child);
    }

    @Override
    public void setText(Node node, String text) {
        node.setTextContent(text);
    }

    @Override
    public void setInnerHtml(Node element, String html) {
        ((InnerHtml) element).setInnerHTML(html);
    }

    /** The {@code innerHTML} property, which {@code Element} of teavm-jso-apis 0.16 lacks. */
    interface InnerHtml extends JSObject {

        @JSProperty
        void setInnerHTML(String html);
    }

    @JSBody(params = {"node", "name", "value"}, script = "node[name] = value;")
    private static native void assignString(JSObject node, String name, String value);

    @JSBody(params = {"node", "name", "value"}, script = "node[name] = value;")
    private static native void assignBoolean(JSObject node, String name, boolean value);

    @JSBody(params = {"node", "name", "value"}, script = "node[name] = value;")
    private static native void assignNumber(JSObject node, String name, double value);

    @JSBody(params = {"node", "name"}, script = "node[name] = null;")
    private static native void assignNull(JSObject node, String name);

    @JSBody(params = {"node", "name"}, script = "return typeof node[name];")
    private static native String typeOfProperty(JSObject node, String name);

    @JSBody(params = {"node", "name"}, script = "return node[name];")
    private static native String readString(JSObject node, String name);

    @JSBody(params = {"node", "name"}, script = "return node[name];")
    private static native boolean readBoolean(JSObject node, String name);

    @JSBody(params = {"node", "name"}, script = "return node[name];")
    private static native double readNumber(JSObject node, String name);

    @JSBody(params = "event", script = "return event.isComposing === true;")
    private static native boolean composingFlag(JSObject event);
}
