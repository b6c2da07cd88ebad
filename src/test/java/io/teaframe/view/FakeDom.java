package io.teaframe.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;

/**
 * An in-memory DOM behind the port. It records every call as a line such as
 * {@code "setAttribute a href /home"}, counts moves (an insertBefore of a node that
 * already has a parent), and throws where the DOM would throw, so a wrong reference
 * node fails the test instead of passing silently.
 */
final class FakeDom implements DomPort<FakeDom.Node> {

    /** An element (tag not null) or a text node (tag null). */
    /** A node of the fake DOM. It implements JSObject only because DomPort's handles must. */
    static final class Node implements JSObject {
        final String namespace;
        final String tag;
        String text;
        String innerHtml;
        Node parent;
        final List<Node> children = new ArrayList<>();
        final Map<String, String> attributes = new LinkedHashMap<>();
        final Map<String, Object> properties = new LinkedHashMap<>();
        final Map<String, String> styles = new LinkedHashMap<>();
        final List<Registration> listeners = new ArrayList<>();

        Node(String namespace, String tag, String text) {
            this.namespace = namespace;
            this.tag = tag;
            this.text = text;
        }

        /** Returns the subtree as markup: attributes in the order set, text escaped. */
        String html() {
            if (tag == null) {
                return text.replace("&", "&amp;").replace("<", "&lt;");
            }
            StringBuilder out = new StringBuilder("<").append(tag);
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                out.append(' ').append(attribute.getKey()).append("=\"").append(attribute.getValue()).append('"');
            }
            out.append('>');
            if (innerHtml != null) {
                out.append(innerHtml);
            }
            for (Node child : children) {
                out.append(child.html());
            }
            return out.append("</").append(tag).append('>').toString();
        }

        Node child(int index) {
            return children.get(index);
        }
    }

    record Registration(String type, DomListener listener) {
    }

    /** A native input event as far as the port reads one. */
    record InputEvent(boolean isComposing) implements JSObject {
    }

    /** Any other native event, named for the test's messages. */
    record Event(String name) implements JSObject {
    }

    final List<String> calls = new ArrayList<>();
    final List<Node> created = new ArrayList<>();
    int moves;

    /** Runs inside each setAttribute call, for tests of re-entrant updates; may be null. */
    Runnable duringSetAttribute;

    /** Returns a container element made outside the port, so it records no call. */
    Node container() {
        return new Node(null, "body", null);
    }

    void clearCalls() {
        calls.clear();
        moves = 0;
    }

    /** Returns the number of calls whose line starts with {@code operation}. */
    int count(String operation) {
        int count = 0;
        for (String call : calls) {
            if (call.equals(operation) || call.startsWith(operation + " ")) {
                count++;
            }
        }
        return count;
    }

    /** Returns the listeners still registered on every node the port ever created. */
    int registeredListeners() {
        int count = 0;
        for (Node node : created) {
            count += node.listeners.size();
        }
        return count;
    }

    /** Fires an event of {@code type} at {@code node}, calling each registered listener. */
    void fire(Node node, String type, JSObject event) {
        for (Registration registration : new ArrayList<>(node.listeners)) {
            if (registration.type().equals(type)) {
                registration.listener().handleEvent(event);
            }
        }
    }

    @Override
    public Node createElement(String namespace, String tag) {
        calls.add("createElement " + tag);
        Node node = new Node(namespace, tag, null);
        created.add(node);
        return node;
    }

    @Override
    public Node createText(String text) {
        calls.add("createText " + text);
        Node node = new Node(null, null, text);
        created.add(node);
        return node;
    }

    @Override
    public void setAttribute(Node element, String name, String value) {
        calls.add("setAttribute " + element.tag + " " + name + " " + value);
        element.attributes.put(name, value);
        if (duringSetAttribute != null) {
            duringSetAttribute.run();
        }
    }

    @Override
    public void removeAttribute(Node element, String name) {
        calls.add("removeAttribute " + element.tag + " " + name);
        element.attributes.remove(name);
    }

    @Override
    public void setProperty(Node element, String name, Object value) {
        calls.add("setProperty " + element.tag + " " + name + " " + value);
        element.properties.put(name, value);
    }

    @Override
    public Object getProperty(Node element, String name) {
        calls.add("getProperty " + element.tag + " " + name);
        return element.properties.get(name);
    }

    @Override
    public void setStyle(Node element, String name, String value) {
        calls.add("setStyle " + element.tag + " " + name + " " + value);
        element.styles.put(name, value);
    }

    @Override
    public void removeStyle(Node element, String name) {
        calls.add("removeStyle " + element.tag + " " + name);
        element.styles.remove(name);
    }

    @Override
    public Object addEventListener(Node element, String type, DomListener listener) {
        calls.add("addEventListener " + element.tag + " " + type);
        Registration registration = new Registration(type, listener);
        element.listeners.add(registration);
        return registration;
    }

    @Override
    public void removeEventListener(Node element, String type, Object token) {
        calls.add("removeEventListener " + element.tag + " " + type);
        if (!element.listeners.remove(token)) {
            throw new IllegalStateException("no " + type + " listener with this token on <" + element.tag + ">");
        }
    }

    /** Returns the flag of an {@link InputEvent}; any other event object counts as not composing. */
    @Override
    public boolean isComposing(Object domEvent) {
        return domEvent instanceof InputEvent input && input.isComposing();
    }

    @Override
    public void insertBefore(Node parent, Node child, Node reference) {
        calls.add("insertBefore " + describe(parent) + " " + describe(child) + " " + describe(reference));
        if (reference != null && reference.parent != parent) {
            throw new IllegalStateException("reference " + describe(reference) + " is not a child of " + describe(parent));
        }
        if (child.parent != null) {
            moves++;
            child.parent.children.remove(child);
        }
        child.parent = parent;
        if (reference == null) {
            parent.children.add(child);
        } else {
            parent.children.add(parent.children.indexOf(reference), child);
        }
    }

    @Override
    public void removeChild(Node parent, Node child) {
        calls.add("removeChild " + describe(parent) + " " + describe(child));
        if (child.parent != parent) {
            throw new IllegalStateException(describe(child) + " is not a child of " + describe(parent));
        }
        parent.children.remove(child);
        child.parent = null;
    }

    @Override
    public void setText(Node node, String text) {
        calls.add("setText " + describe(node) + " " + text);
        if (node.tag == null) {
            node.text = text;
            return;
        }
        for (Node child : node.children) {
            child.parent = null;
        }
        node.children.clear();
        if (!text.isEmpty()) {
            Node textNode = new Node(null, null, text);
            textNode.parent = node;
            node.children.add(textNode);
        }
    }

    @Override
    public void setInnerHtml(Node element, String html) {
        calls.add("setInnerHtml " + element.tag + " " + html);
        element.innerHtml = html;
    }

    /** Copies the node and its descendants, like {@code cloneNode(true)}: no listeners, no properties. */
    @Override
    public Node cloneTree(Node node) {
        calls.add("cloneTree " + describe(node));
        return copy(node);
    }

    private Node copy(Node node) {
        Node copy = new Node(node.namespace, node.tag, node.text);
        copy.innerHtml = node.innerHtml;
        copy.attributes.putAll(node.attributes);
        copy.styles.putAll(node.styles);
        for (Node child : node.children) {
            Node childCopy = copy(child);
            childCopy.parent = copy;
            copy.children.add(childCopy);
        }
        created.add(copy);
        return copy;
    }

    @Override
    public Node firstChild(Node node) {
        return node.children.isEmpty() ? null : node.children.get(0);
    }

    @Override
    public Node nextSibling(Node node) {
        List<Node> siblings = node.parent.children;
        int index = siblings.indexOf(node);
        return index + 1 < siblings.size() ? siblings.get(index + 1) : null;
    }

    private static String describe(Node node) {
        if (node == null) {
            return "null";
        }
        return node.tag == null ? "\"" + node.text + "\"" : node.tag;
    }
}
