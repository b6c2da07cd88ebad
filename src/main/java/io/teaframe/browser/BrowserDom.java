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
 * <p>Event listeners share one JavaScript function. {@link #addEventListener} stores the
 * {@link DomListener} in a property of the element named {@code teaframe:} and the event
 * type, and registers the shared function, which calls the listener stored for the
 * event's {@code currentTarget} and type. So registering a listener creates no function
 * per element. A second listener for the same type on the same element, such as the
 * reconciler's own {@code input} listener on a text field that also has an {@code input}
 * handler, gets a function of its own, because the DOM registers a function only once
 * per type. {@link #removeEventListener} reads from the token which registration to
 * remove.
 * Listeners receive the native {@link Event} as their argument.
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

    /** The token of a listener that the shared function calls. */
    static final Object SHARED_REGISTRATION = new Object();

    /**
     * The name of the element property that stores a listener, for each event type: made
     * once per type, so that registering a listener builds no string and the property
     * name is the same string object each time.
     */
    private static final JSObject LISTENER_PROPERTY_NAMES = newNameTable();

    /** The function registered for every listener stored in an element property. */
    private static final EventListener<Event> FORWARD_TO_STORED_LISTENER = BrowserDom::forwardToStoredListener;

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

    /**
     * {@inheritDoc} The token is {@link #SHARED_REGISTRATION} for the shared function,
     * or the function registered for this listener alone.
     */
    @Override
    public Object addEventListener(Node element, String type, DomListener listener) {
        EventTarget target = (EventTarget) element;
        if (claimListenerProperty(LISTENER_PROPERTY_NAMES, element, type, listener)) {
            target.addEventListener(type, FORWARD_TO_STORED_LISTENER);
            return SHARED_REGISTRATION;
        }
        EventListener<Event> function = event -> listener.handleEvent(event);
        target.addEventListener(type, function);
        return function;
    }

    @Override
    public void removeEventListener(Node element, String type, Object token) {
        EventTarget target = (EventTarget) element;
        if (token == SHARED_REGISTRATION) {
            target.removeEventListener(type, FORWARD_TO_STORED_LISTENER);
            releaseListenerProperty(LISTENER_PROPERTY_NAMES, element, type);
        } else {
            target.removeEventListener(type, (EventListener<?>) token);
        }
    }

    /** Calls the listener that {@link #addEventListener} stored for the event's current target and type. */
    private static void forwardToStoredListener(Event event) {
        DomListener listener = storedListener(LISTENER_PROPERTY_NAMES, event.getCurrentTarget(), event.getType());
        if (listener != null) {
            listener.handleEvent(event);
        }
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
    public Node cloneTree(Node node) {
        return node.cloneNode(true);
    }

    @Override
    public Node firstChild(Node node) {
        return node.getFirstChild();
    }

    @Override
    public Node nextSibling(Node node) {
        return node.getNextSibling();
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

    @JSBody(script = "return Object.create(null);")
    private static native JSObject newNameTable();

    /**
     * Stores {@code listener} in the element's property for {@code type} and returns true,
     * or returns false when another listener is stored there already. {@code names} is
     * {@link #LISTENER_PROPERTY_NAMES}.
     */
    @JSBody(params = {"names", "node", "type", "listener"}, script = "var key = names[type]"
            + " || (names[type] = 'teaframe:' + type); if (node[key]) return false; node[key] = listener; return true;")
    private static native boolean claimListenerProperty(JSObject names, JSObject node, String type,
            DomListener listener);

    @JSBody(params = {"names", "node", "type"}, script = "delete node[names[type] || 'teaframe:' + type];")
    private static native void releaseListenerProperty(JSObject names, JSObject node, String type);

    @JSBody(params = {"names", "node", "type"}, script = "return node[names[type] || 'teaframe:' + type] || null;")
    private static native DomListener storedListener(JSObject names, JSObject node, String type);

    @JSBody(params = "event", script = "return event.isComposing === true;")
    private static native boolean composingFlag(JSObject event);
}
