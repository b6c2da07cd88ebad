package io.teaframe.view;

import io.teaframe.port.Logger;
import org.teavm.jso.JSObject;

/**
 * Keeps a part of the DOM equal to a {@link VNode} tree: {@link #mount} renders a tree
 * into a container, each {@link #update} changes the DOM only where the new tree
 * differs, and {@link #unmount} removes it all.
 *
 * <pre>{@code
 * Reconciler<Node> view = Reconciler.create(port, frame::dispatch, logger);
 * view.mount(container, render(frame.state()));
 * view.update(render(frame.state()));        // after each change
 * view.unmount();
 * }</pre>
 *
 * <p>An update whose tree equals the last one makes no call to the {@link DomPort}.
 * Event handlers are swapped behind one stable DOM listener per element and event type,
 * so they cost nothing to re-render either. The package documentation describes the
 * algorithm.
 *
 * <p>A reconciler renders plain trees only. A tree that contains a component node throws
 * an {@link IllegalStateException}, because components read subscriptions from a frame:
 * mount component trees with {@link View#mount}.
 *
 * <p>A reconciler is single-threaded, like a frame. It is not re-entrant: a handler that
 * calls {@code update} while an update runs gets an {@link IllegalStateException}.
 *
 * <p>NOTE: when the port throws in the middle of an update, the DOM keeps the part of
 * the new tree written so far, and the mounted tree may no longer match it. Unmount and
 * mount again to recover.
 *
 * @param <N> the node handle type of the port
 */
public final class Reconciler<N extends JSObject> {

    private final Renderer<N> renderer;

    private N container;
    private Mounted<N> root;
    private boolean rendering;

    private Reconciler(DomPort<N> port, Dispatcher dispatcher, Logger logger) {
        this.renderer = new Renderer<>(port, dispatcher, logger, null);
    }

    /**
     * Returns a reconciler that writes through {@code port}, passes the event values of
     * {@link Html#on} handlers to {@code dispatcher}, and logs blocked URLs (warnings) and
     * duplicate keys (errors) to {@code logger}.
     */
    public static <N extends JSObject> Reconciler<N> create(DomPort<N> port, Dispatcher dispatcher,
            Logger logger) {
        if (port == null || dispatcher == null || logger == null) {
            throw new IllegalArgumentException("Reconciler.create needs a port, a dispatcher and a logger; got "
                    + port + ", " + dispatcher + ", " + logger);
        }
        return new Reconciler<>(port, dispatcher, logger);
    }

    /**
     * Renders {@code root} and appends it to {@code container}, which is an HTML element.
     * Nodes already in the container stay, before the view.
     *
     * @throws IllegalStateException if this reconciler is mounted already
     */
    public void mount(N container, VNode root) {
        requireNode(root);
        if (this.root != null) {
            throw new IllegalStateException("Reconciler is already mounted; call unmount() before mounting again");
        }
        startRendering();
        try {
            Mounted<N> mounted = renderer.create(root, null, container);
            renderer.port.insertBefore(container, mounted.dom(), null);
            this.container = container;
            this.root = mounted;
        } finally {
            rendering = false;
        }
    }

    /**
     * Changes the DOM to match {@code root}. When the root's tag or key changed, the old
     * DOM is replaced as a whole.
     *
     * @throws IllegalStateException if the reconciler is not mounted
     */
    public void update(VNode root) {
        requireNode(root);
        if (this.root == null) {
            throw new IllegalStateException("Reconciler is not mounted; call mount(container, root) first");
        }
        startRendering();
        try {
            if (Renderer.sameKind(this.root.vnode, root)) {
                renderer.patch(this.root, root);
                return;
            }
            Mounted<N> replacement = renderer.create(root, null, container);
            renderer.port.insertBefore(container, replacement.dom(), this.root.dom());
            renderer.discard(container, this.root);
            this.root = replacement;
        } finally {
            rendering = false;
        }
    }

    /**
     * Removes the view from its container and every DOM listener it added. Does nothing
     * when not mounted. The reconciler can be mounted again afterwards.
     */
    public void unmount() {
        if (root == null) {
            return;
        }
        startRendering();
        try {
            renderer.release(root, true);
            renderer.port.removeChild(container, root.dom());
        } finally {
            root = null;
            container = null;
            rendering = false;
        }
    }

    /** Returns true between {@link #mount} and {@link #unmount}. */
    public boolean isMounted() {
        return root != null;
    }

    private void startRendering() {
        if (rendering) {
            throw new IllegalStateException("Reconciler is already rendering; a handler must dispatch an event"
                    + " instead of calling mount, update or unmount during a render");
        }
        rendering = true;
    }

    private static void requireNode(VNode root) {
        if (root == null) {
            throw new IllegalArgumentException("The root node is null; render an element or a text node");
        }
    }
}
