package io.teaframe.view;

import io.teaframe.sub.Query;
import java.util.ArrayList;
import org.teavm.jso.JSObject;

/**
 * One place of a component in the page: its props, the tree it rendered last, the
 * subscriptions it read and its hooks. The package documentation describes its states.
 */
final class ComponentInstance<N extends JSObject> {

    /** The states of an instance; the package documentation has the transitions. */
    enum State {
        /** On the page, and its DOM shows its last render. */
        CLEAN,
        /** A subscription it read changed; it is in the view's queue for the next animation frame. */
        DIRTY,
        /** Its render function runs now. */
        RENDERING,
        /** Removed from the page; its subscriptions are closed. Final. */
        UNMOUNTED
    }

    // NOTE: V8 keeps the first ten properties of a TeaVM object inside it and the rest in a
    // second array (see ElementNode). The fields that the update of an unchanged child
    // reads come first: props, state, failed and root.

    Object props;

    private State state = State.CLEAN;

    /** True when the last render threw, so the next update from the parent renders again. */
    boolean failed;

    /** The mounted tree of the last render; a text placeholder if no render succeeded yet. */
    Mounted<N> root;

    final ComponentHost<N> host;
    final Component<Object> component;
    final Object key;

    /** The namespace and the DOM parent of the instance's root node. */
    final String namespace;
    final N parentDom;

    /** Distance from the view's root instance, so a render pass runs parents first. */
    final int depth;

    /** Set when a tracked subscription changed during this instance's own render. */
    private boolean renderAgain;

    private final RenderContext context = new RenderContext(this);

    /** The subscriptions read so far, or null until the first read. */
    private TrackedReads reads;

    /**
     * The hooks taken from the first successful render, {@link InstanceHooks#NONE} when
     * it declared none, or null before it.
     */
    private InstanceHooks hooks;

    /** The hooks declared by the current render before any were adopted, or null. */
    private InstanceHooks declaredHooks;

    /** The scope of the instance's asynchronous work, made on first use; cancelled on unmount. */
    private String scopeId;

    @SuppressWarnings("unchecked")
    ComponentInstance(ComponentHost<N> host, ComponentNode node, String namespace, N parentDom,
            ComponentInstance<N> owner) {
        this.host = host;
        this.component = (Component<Object>) node.component;
        this.key = node.key;
        this.props = node.props;
        this.namespace = namespace;
        this.parentDom = parentDom;
        this.depth = owner == null ? 0 : owner.depth + 1;
    }

    boolean isDirty() {
        return state == State.DIRTY;
    }

    boolean isUnmounted() {
        return state == State.UNMOUNTED;
    }

    /** Returns the root DOM node of the last render. */
    N dom() {
        return root.dom();
    }

    /** Marks the instance for a render in the next pass; called by its subscriptions. */
    void invalidate() {
        if (state == State.CLEAN) {
            state = State.DIRTY;
            host.schedule(this);
        } else if (state == State.RENDERING) {
            renderAgain = true;
        }
        // DIRTY is queued already, and an UNMOUNTED instance never renders again.
    }

    /**
     * Runs the render function and returns the tree, or null when it threw (the error is
     * reported, and the caller keeps the last good DOM). After a good render, the reads
     * it did not repeat are closed. After a failed one every read stays open, the new
     * ones too, so a change to any of them brings another try.
     */
    VNode render() {
        state = State.RENDERING;
        renderAgain = false;
        if (reads != null) {
            reads.startRender();
        }

        VNode tree = null;
        Throwable failure = null;
        try {
            tree = component.render(props, context);
            if (tree == null) {
                failure = new IllegalStateException(describe() + " rendered null; a render function must return"
                        + " an element, a text node or a component node");
            }
        } catch (Throwable e) {
            failure = e;
        }

        if (failure == null) {
            if (reads != null) {
                reads.closeUnread();
            }
            adoptHooks();
        }
        declaredHooks = null;
        failed = failure != null;

        if (renderAgain) {
            state = State.DIRTY;
            host.schedule(this);
        } else {
            state = State.CLEAN;
        }

        if (failure != null) {
            host.report(this, "render", failure);
            return null;
        }
        return tree;
    }

    @SuppressWarnings("unchecked")
    <T> T read(Query<T> query) {
        if (state != State.RENDERING) {
            throw new IllegalStateException(describe() + " read " + query + " outside its render function;"
                    + " read subscriptions while rendering, and dispatch events from handlers");
        }
        if (query == null) {
            throw new IllegalArgumentException(describe() + " read a null query");
        }
        if (reads == null) {
            reads = new TrackedReads(value -> invalidate());
        }
        return (T) reads.read(host.frame, query).value();
    }

    @SuppressWarnings("unchecked")
    void declareHook(LifecycleHook<?> hook, boolean onMount) {
        if (state != State.RENDERING) {
            throw new IllegalStateException(describe() + " declared a lifecycle hook outside its render function");
        }
        if (hook == null) {
            throw new IllegalArgumentException(describe() + " declared a null lifecycle hook");
        }
        if (hooks != null) {
            return;
        }
        if (declaredHooks == null) {
            declaredHooks = new InstanceHooks();
        }
        declaredHooks.add((LifecycleHook<Object>) hook, onMount);
    }

    private void adoptHooks() {
        if (hooks == null) {
            hooks = declaredHooks == null ? InstanceHooks.NONE : declaredHooks;
        }
    }

    /**
     * Returns true once, after the render that adopted hooks: the caller queues the
     * instance, and its mount hooks run when the pass has put its DOM in the page. An
     * instance that declared no hooks is never queued, because a list of 1,000 rows
     * would otherwise queue 1,000 instances with nothing to run.
     */
    boolean takeAttachRequest() {
        if (hooks == null || hooks == InstanceHooks.NONE || hooks.attached || hooks.attachQueued) {
            return false;
        }
        hooks.attachQueued = true;
        return true;
    }

    /** Runs the mount hooks, unless the instance left the page before the pass ended. */
    void attach() {
        hooks.attachQueued = false;
        if (state == State.UNMOUNTED) {
            return;
        }
        hooks.attached = true;
        runHooks(hooks.onMount, "on-mount hook");
    }

    /** Returns the instance's scope id, making it on the first call. */
    String scope() {
        if (scopeId == null) {
            scopeId = host.frame.scopes().newId("view:" + component.name());
        }
        return scopeId;
    }

    /**
     * Leaves the page: runs the unmount hooks if the mount hooks ran, cancels the work of
     * its scope, and closes every subscription. The caller then releases the rendered
     * tree. Calling it again does nothing.
     */
    void unmount() {
        if (state == State.UNMOUNTED) {
            return;
        }
        state = State.UNMOUNTED;
        if (hooks != null && hooks.attached) {
            runHooks(hooks.onUnmount, "on-unmount hook");
        }
        if (scopeId != null) {
            try {
                host.frame.scopes().cancel(scopeId);
            } catch (Throwable e) {
                host.report(this, "scope cancellation", e);
            }
        }
        if (reads != null) {
            reads.closeAll();
        }
    }

    private void runHooks(ArrayList<LifecycleHook<Object>> list, String stage) {
        if (list == null || root == null) {
            return;
        }
        N node = root.dom();
        for (int i = 0; i < list.size(); i++) {
            try {
                list.get(i).run(node);
            } catch (Throwable e) {
                host.report(this, stage, e);
            }
        }
    }

    /** Returns the component's name and key, as error messages show them. */
    String describe() {
        return key == null ? "component " + component.name() : "component " + component.name() + " key=" + key;
    }
}
