package io.teaframe.view;

import io.teaframe.port.Logger;
import org.teavm.jso.JSObject;

/**
 * Creates, patches and removes mounted nodes. The {@link Reconciler} or a
 * {@link ComponentHost} drives it from the root, {@link ChildrenDiff} from each list of
 * children, and {@link ElementDiff} does the work inside one element.
 */
final class Renderer<N extends JSObject> {

    /** The node a component shows until one of its renders succeeds. */
    private static final VNode PLACEHOLDER = new TextNode("");

    final DomPort<N> port;
    final Logger logger;
    private final ElementDiff<N> elements;
    private final ChildrenDiff<N> children;

    /** The runtime of component nodes, or null for a plain {@link Reconciler}. */
    private final ComponentHost<N> host;

    /** The instance whose tree is being reconciled, or null at the top. */
    private ComponentInstance<N> owner;

    Renderer(DomPort<N> port, Dispatcher dispatcher, Logger logger, ComponentHost<N> host) {
        this.port = port;
        this.logger = logger;
        this.host = host;
        this.elements = new ElementDiff<>(port, dispatcher, logger);
        this.children = new ChildrenDiff<>(this);
    }

    /**
     * Creates the DOM for {@code node}, detached. {@code namespace} is the namespace of
     * the parent's children (null for HTML), and {@code parentDom} the node it will be
     * inserted into, which a component instance keeps for replacing its root later.
     */
    Mounted<N> create(VNode node, String namespace, N parentDom) {
        if (node instanceof TextNode text) {
            return new Mounted<>(node, port.createText(text.text), null);
        }
        if (node instanceof ComponentNode component) {
            return createComponent(component, namespace, parentDom);
        }

        ElementNode element = (ElementNode) node;
        String elementNamespace = Namespaces.ofElement(namespace, element.tag);
        Mounted<N> mounted = new Mounted<>(node, port.createElement(elementNamespace, element.tag), elementNamespace);
        elements.writeAll(mounted, element);

        // Children are appended while the element is detached, so the page lays out once.
        if (element.rawHtml != null) {
            port.setInnerHtml(mounted.node, element.rawHtml);
        } else if (element.childCount() > 0) {
            children.createAll(mounted, element);
        }

        elements.writeProperties(mounted.node, element);
        return mounted;
    }

    /**
     * Creates an instance, renders it and creates its tree. A first render that throws
     * leaves an empty text node in its place until a later render succeeds.
     */
    private Mounted<N> createComponent(ComponentNode node, String namespace, N parentDom) {
        if (host == null) {
            throw new IllegalStateException("The tree contains " + node + ", but this Reconciler has no frame to read"
                    + " subscriptions from; mount component trees with View.mount");
        }
        ComponentInstance<N> instance = new ComponentInstance<>(host, node, namespace, parentDom, owner);
        Mounted<N> mounted = new Mounted<>(node, null, namespace);
        mounted.instance = instance;

        VNode tree = instance.render();
        ComponentInstance<N> outer = owner;
        owner = instance;
        try {
            instance.root = tree == null
                    ? create(PLACEHOLDER, namespace, parentDom)
                    : createRendered(instance.component, tree, namespace, parentDom);
        } finally {
            owner = outer;
        }

        // Queued after its children, so their mount hooks run first.
        if (instance.takeAttachRequest()) {
            host.queueAttach(instance);
        }
        return mounted;
    }

    /**
     * Creates the DOM of a component's first successful render. The first instance of a
     * component creates it node by node and leaves a {@link Template}; later instances
     * clone the template when it fits and patch the clone into {@code tree}.
     */
    private Mounted<N> createRendered(Component<?> component, VNode tree, String namespace, N parentDom) {
        Template<N> template = host.template(component);
        if (template == null) {
            Mounted<N> mounted = create(tree, namespace, parentDom);
            host.putTemplate(component, Template.of(port, tree, mounted.node));
            return mounted;
        }
        if (!template.fits(tree)) {
            return create(tree, namespace, parentDom);
        }
        Mounted<N> mounted = bind(template.shape, port.cloneTree(template.dom), namespace);
        patch(mounted, tree);
        return mounted;
    }

    /**
     * Returns the mounted tree of {@code shape} over {@code dom}, a clone of the DOM that
     * the shape describes, walking both in step.
     */
    private Mounted<N> bind(VNode shape, N dom, String namespace) {
        if (shape instanceof TextNode) {
            return new Mounted<>(shape, dom, null);
        }
        ElementNode element = (ElementNode) shape;
        String elementNamespace = Namespaces.ofElement(namespace, element.tag);
        Mounted<N> mounted = new Mounted<>(shape, dom, elementNamespace);
        int count = element.childCount();
        if (count > 0) {
            String childNamespace = Namespaces.ofChildren(elementNamespace, element.tag);
            N child = port.firstChild(dom);
            Mounted<N> last = bind(element.child(0), child, childNamespace);
            mounted.firstChild = last;
            for (int i = 1; i < count; i++) {
                child = port.nextSibling(child);
                Mounted<N> bound = bind(element.child(i), child, childNamespace);
                last.nextSibling = bound;
                last = bound;
            }
        }
        return mounted;
    }

    /**
     * Returns true when {@code next} can be patched into the DOM of {@code old}: both are
     * text; or both are components with the same component object and key; or both are
     * elements with the same tag, the same key and the same choice between raw HTML and
     * children.
     */
    static boolean sameKind(VNode old, VNode next) {
        if (old instanceof TextNode) {
            return next instanceof TextNode;
        }
        if (old instanceof ComponentNode oldComponent) {
            return next instanceof ComponentNode nextComponent
                    && oldComponent.component == nextComponent.component
                    && equal(oldComponent.key, nextComponent.key);
        }
        if (!(next instanceof ElementNode nextElement)) {
            return false;
        }
        ElementNode oldElement = (ElementNode) old;
        return oldElement.tag.equals(nextElement.tag)
                && equal(oldElement.key, nextElement.key)
                && (oldElement.rawHtml == null) == (nextElement.rawHtml == null);
    }

    /** Updates {@code mounted} to show {@code next}, which must be {@link #sameKind} as its node. */
    void patch(Mounted<N> mounted, VNode next) {
        VNode old = mounted.vnode;

        // The same object describes the same DOM: skip the whole subtree.
        if (old == next) {
            return;
        }
        mounted.vnode = next;

        if (next instanceof TextNode text) {
            if (!((TextNode) old).text.equals(text.text)) {
                port.setText(mounted.node, text.text);
            }
            return;
        }
        if (next instanceof ComponentNode component) {
            patchComponent(mounted.instance, component);
            return;
        }

        ElementNode oldElement = (ElementNode) old;
        ElementNode nextElement = (ElementNode) next;
        elements.patch(mounted, oldElement, nextElement);

        if (nextElement.rawHtml != null) {
            if (!nextElement.rawHtml.equals(oldElement.rawHtml)) {
                port.setInnerHtml(mounted.node, nextElement.rawHtml);
            }
        } else if (!oldElement.sameChildren(nextElement)) {
            children.update(mounted, nextElement);
        }

        // Properties last, as in create: a select's value needs its new options.
        elements.patchProperties(mounted, oldElement, nextElement);
    }

    /**
     * Patches {@code mounted} to show {@code next} and returns true when they are
     * {@link #sameKind}, or returns false and changes nothing. For a component place it
     * compares with the instance's component and key and not with the old node, so the
     * children diff reads one object less per child. After a layout has evicted the rows
     * from the CPU caches, that cut the diff of 1,000 unchanged rows in the benchmark's
     * select from about 0.28 to 0.22 ms (Chromium 156).
     */
    boolean patchIfSameKind(Mounted<N> mounted, VNode next) {
        ComponentInstance<N> instance = mounted.instance;
        if (instance == null) {
            if (!sameKind(mounted.vnode, next)) {
                return false;
            }
            patch(mounted, next);
            return true;
        }
        if (!(next instanceof ComponentNode component) || component.component != instance.component
                || !equal(instance.key, component.key)) {
            return false;
        }
        if (mounted.vnode != next) {
            mounted.vnode = next;
            patchComponent(instance, component);
        }
        return true;
    }

    /**
     * Gives an instance the props of {@code next}. It renders only when the props are not
     * equal to the last ones, when it is dirty, or when its last render failed.
     */
    private void patchComponent(ComponentInstance<N> instance, ComponentNode next) {
        if (equal(instance.props, next.props) && !instance.isDirty() && !instance.failed) {
            return;
        }
        instance.props = next.props;
        render(instance);
    }

    /**
     * Renders an instance that is in the page and reconciles its DOM with the new tree.
     * When the render throws, the DOM of the last good render stays.
     */
    void render(ComponentInstance<N> instance) {
        VNode tree = instance.render();
        if (tree == null) {
            return;
        }
        ComponentInstance<N> outer = owner;
        owner = instance;
        try {
            Mounted<N> old = instance.root;
            if (sameKind(old.vnode, tree)) {
                patch(old, tree);
            } else {
                Mounted<N> replacement = create(tree, instance.namespace, instance.parentDom);
                port.insertBefore(instance.parentDom, replacement.dom(), old.dom());
                instance.root = replacement;
                discard(instance.parentDom, old);
            }
        } finally {
            owner = outer;
        }
        if (instance.takeAttachRequest()) {
            host.queueAttach(instance);
        }
    }

    /**
     * Removes {@code mounted} from {@code parent} during an update. The unmount hooks in
     * the subtree run first, while it is still in the page; then it is removed and its
     * listeners are disarmed. Their DOM registrations are not removed one by one, because
     * the browser frees them with the detached nodes, and clearing 10,000 rows would cost
     * 10,000 more DOM calls per listener.
     */
    void discard(N parent, Mounted<N> mounted) {
        release(mounted, false);
        port.removeChild(parent, mounted.dom());
    }

    /**
     * Unmounts every component instance in the subtree, parents before children, and
     * makes every listener ignore events. With {@code removeListeners} the DOM listeners
     * are also removed through the port, as an unmount of the whole view does.
     */
    void release(Mounted<N> mounted, boolean removeListeners) {
        ComponentInstance<N> instance = mounted.instance;
        if (instance != null) {
            instance.unmount();
            if (instance.root != null) {
                release(instance.root, removeListeners);
            }
            return;
        }
        for (ListenerSlot slot = mounted.firstSlot; slot != null; slot = slot.next) {
            if (removeListeners) {
                elements.removeListener(mounted.node, slot);
            } else {
                slot.current = null;
            }
        }
        if (removeListeners && mounted.composition != null) {
            mounted.composition.detach(port, mounted.node);
        }
        for (Mounted<N> child = mounted.firstChild; child != null; child = child.nextSibling) {
            release(child, removeListeners);
        }
    }

    static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
