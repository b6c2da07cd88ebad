package io.teaframe.view;

import io.teaframe.sub.Query;
import io.teaframe.sub.Subscription;
import java.util.ArrayList;
import java.util.function.Consumer;
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

    private static final Query<?>[] NO_QUERIES = new Query<?>[0];
    private static final Subscription<?>[] NO_SUBSCRIPTIONS = new Subscription<?>[0];
    private static final int[] NO_GENERATIONS = new int[0];

    final ComponentHost<N> host;
    final Component<Object> component;
    final Object key;

    /** Distance from the view's root instance, so a render pass runs parents first. */
    final int depth;

    /** The namespace and the DOM parent of the instance's root node. */
    final String namespace;
    final N parentDom;

    Object props;

    /** The mounted tree of the last render; a text placeholder if no render succeeded yet. */
    Mounted<N> root;

    /** True when the last render threw, so the next update from the parent renders again. */
    boolean failed;

    private State state = State.CLEAN;

    /** Set when a tracked subscription changed during this instance's own render. */
    private boolean renderAgain;

    private final RenderContext context = new RenderContext(this);
    private final Consumer<Object> onChange = value -> invalidate();

    // The tracked reads, in the order of the last render. seenIn[i] is the number of the
    // last render that read queries[i]; reads absent from a successful render are closed.
    private Query<?>[] queries = NO_QUERIES;
    private Subscription<?>[] subscriptions = NO_SUBSCRIPTIONS;
    private int[] seenIn = NO_GENERATIONS;
    private int readCount;
    private int generation;

    /** The index the next read checks first, because renders usually read in the same order. */
    private int cursor;

    // Hooks declared in the current render, and those adopted from the first good one.
    private ArrayList<LifecycleHook<Object>> declaredMountHooks;
    private ArrayList<LifecycleHook<Object>> declaredUnmountHooks;
    private ArrayList<LifecycleHook<Object>> mountHooks;
    private ArrayList<LifecycleHook<Object>> unmountHooks;
    private boolean hooksAdopted;
    private boolean attachQueued;
    private boolean attached;

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
        generation++;
        cursor = 0;

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
            closeUnread();
            adoptHooks();
        }
        declaredMountHooks = null;
        declaredUnmountHooks = null;
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
        int index = indexOf(query);
        if (index < 0) {
            index = track(query, host.frame.subscribe(query, onChange));
        }
        seenIn[index] = generation;
        return (T) subscriptions[index].value();
    }

    private int indexOf(Query<?> query) {
        if (cursor < readCount && queries[cursor].equals(query)) {
            return cursor++;
        }
        for (int i = 0; i < readCount; i++) {
            if (queries[i].equals(query)) {
                cursor = i + 1;
                return i;
            }
        }
        return -1;
    }

    private int track(Query<?> query, Subscription<?> subscription) {
        if (readCount == queries.length) {
            int capacity = Math.max(4, readCount * 2);
            Query<?>[] grownQueries = new Query<?>[capacity];
            Subscription<?>[] grownSubscriptions = new Subscription<?>[capacity];
            int[] grownSeen = new int[capacity];
            System.arraycopy(queries, 0, grownQueries, 0, readCount);
            System.arraycopy(subscriptions, 0, grownSubscriptions, 0, readCount);
            System.arraycopy(seenIn, 0, grownSeen, 0, readCount);
            queries = grownQueries;
            subscriptions = grownSubscriptions;
            seenIn = grownSeen;
        }
        queries[readCount] = query;
        subscriptions[readCount] = subscription;
        cursor = readCount + 1;
        return readCount++;
    }

    /** Closes the reads that the render just finished did not make, keeping the order of the rest. */
    private void closeUnread() {
        int kept = 0;
        for (int i = 0; i < readCount; i++) {
            if (seenIn[i] == generation) {
                queries[kept] = queries[i];
                subscriptions[kept] = subscriptions[i];
                seenIn[kept] = seenIn[i];
                kept++;
            } else {
                subscriptions[i].close();
            }
        }
        for (int i = kept; i < readCount; i++) {
            queries[i] = null;
            subscriptions[i] = null;
        }
        readCount = kept;
    }

    @SuppressWarnings("unchecked")
    void declareHook(LifecycleHook<?> hook, boolean onMount) {
        if (state != State.RENDERING) {
            throw new IllegalStateException(describe() + " declared a lifecycle hook outside its render function");
        }
        if (hook == null) {
            throw new IllegalArgumentException(describe() + " declared a null lifecycle hook");
        }
        if (hooksAdopted) {
            return;
        }
        LifecycleHook<Object> typed = (LifecycleHook<Object>) hook;
        if (onMount) {
            if (declaredMountHooks == null) {
                declaredMountHooks = new ArrayList<>(1);
            }
            declaredMountHooks.add(typed);
        } else {
            if (declaredUnmountHooks == null) {
                declaredUnmountHooks = new ArrayList<>(1);
            }
            declaredUnmountHooks.add(typed);
        }
    }

    private void adoptHooks() {
        if (hooksAdopted) {
            return;
        }
        hooksAdopted = true;
        mountHooks = declaredMountHooks;
        unmountHooks = declaredUnmountHooks;
    }

    /**
     * Returns true once, after the render that adopted the hooks: the caller queues the
     * instance, and its mount hooks run when the pass has put its DOM in the page.
     */
    boolean takeAttachRequest() {
        if (!hooksAdopted || attached || attachQueued) {
            return false;
        }
        attachQueued = true;
        return true;
    }

    /** Runs the mount hooks, unless the instance left the page before the pass ended. */
    void attach() {
        attachQueued = false;
        if (state == State.UNMOUNTED) {
            return;
        }
        attached = true;
        runHooks(mountHooks, "on-mount hook");
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
        if (attached) {
            runHooks(unmountHooks, "on-unmount hook");
        }
        if (scopeId != null) {
            try {
                host.frame.scopes().cancel(scopeId);
            } catch (Throwable e) {
                host.report(this, "scope cancellation", e);
            }
        }
        for (int i = 0; i < readCount; i++) {
            subscriptions[i].close();
            subscriptions[i] = null;
            queries[i] = null;
        }
        readCount = 0;
    }

    private void runHooks(ArrayList<LifecycleHook<Object>> hooks, String stage) {
        if (hooks == null || root == null) {
            return;
        }
        N node = root.dom();
        for (int i = 0; i < hooks.size(); i++) {
            try {
                hooks.get(i).run(node);
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
