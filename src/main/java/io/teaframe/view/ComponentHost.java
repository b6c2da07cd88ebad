package io.teaframe.view;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.Phase;
import io.teaframe.port.Cancellable;
import io.teaframe.port.Scheduler;
import java.util.ArrayList;
import java.util.HashMap;
import org.teavm.jso.JSObject;

/**
 * The runtime behind a {@link View}: it mounts the root instance, queues the instances
 * whose subscriptions changed, renders them in one pass per animation frame, runs the
 * mount hooks after each pass and reports render errors to the frame.
 */
final class ComponentHost<N extends JSObject> {

    final Frame<?> frame;
    private final Scheduler scheduler;
    private final Renderer<N> renderer;
    private final Runnable renderPass = this::renderPass;

    private N container;
    private Mounted<N> root;
    private Component<?> rootComponent;
    private boolean rendering;

    /** The animation frame that will run the next pass, or null when none is scheduled. */
    private Cancellable pendingFrame;

    /** The instances that became dirty since the last pass, in the order they did. */
    @SuppressWarnings("unchecked")
    private ComponentInstance<N>[] dirty = (ComponentInstance<N>[]) new ComponentInstance<?>[8];
    private int dirtyCount;

    /**
     * The template of each component that has rendered in this view, or
     * {@link Template#NONE} when its first tree could not be one.
     */
    private final HashMap<Component<?>, Template<N>> templates = new HashMap<>();

    /** The instances whose mount hooks run at the end of the current pass, children first. */
    private final ArrayList<ComponentInstance<N>> attaching = new ArrayList<>();

    ComponentHost(Frame<?> frame, DomPort<N> port) {
        this.frame = frame;
        this.scheduler = frame.platform().scheduler();
        this.renderer = new Renderer<>(port, frame::dispatch, frame.logger(), this);
    }

    boolean isMounted() {
        return root != null;
    }

    void mount(N container, Component<?> component, Object props) {
        startRendering();
        try {
            Mounted<N> mounted = renderer.create(new ComponentNode(component, props, null), null, container);
            renderer.port.insertBefore(container, mounted.dom(), null);
            this.container = container;
            this.root = mounted;
            this.rootComponent = component;
            runMountHooks();
        } finally {
            rendering = false;
        }
    }

    /** Renders the root with new props now; equal props and no dirty state render nothing. */
    void update(Object props) {
        requireMounted();
        startRendering();
        try {
            renderer.patch(root, new ComponentNode(rootComponent, props, null));
            runMountHooks();
        } finally {
            rendering = false;
        }
    }

    void unmount() {
        if (root == null) {
            return;
        }
        startRendering();
        try {
            if (pendingFrame != null) {
                pendingFrame.cancel();
                pendingFrame = null;
            }
            clearDirty();
            attaching.clear();
            renderer.release(root, true);
            renderer.port.removeChild(container, root.dom());
        } finally {
            root = null;
            container = null;
            rendering = false;
        }
    }

    /** Queues a dirty instance and makes sure an animation frame will render it. */
    void schedule(ComponentInstance<N> instance) {
        if (dirtyCount == dirty.length) {
            @SuppressWarnings("unchecked")
            ComponentInstance<N>[] grown = (ComponentInstance<N>[]) new ComponentInstance<?>[dirtyCount * 2];
            System.arraycopy(dirty, 0, grown, 0, dirtyCount);
            dirty = grown;
        }
        dirty[dirtyCount++] = instance;
        if (pendingFrame == null) {
            pendingFrame = scheduler.animationFrame(renderPass);
        }
    }

    /**
     * Renders every instance that is still dirty, parents first. A parent's render may
     * render a dirty child on the way (its props changed) or unmount it, and the child is
     * then no longer dirty when its turn comes, so no instance renders twice in a pass.
     */
    private void renderPass() {
        pendingFrame = null;
        if (root == null || dirtyCount == 0) {
            return;
        }
        ComponentInstance<N>[] batch = takeDirtySortedByDepth();
        startRendering();
        boolean completed = false;
        try {
            for (ComponentInstance<N> instance : batch) {
                if (instance.isDirty()) {
                    renderer.render(instance);
                }
            }
            runMountHooks();
            completed = true;
        } finally {
            rendering = false;
            if (!completed) {
                requeueDirty(batch);
            }
        }
    }

    /**
     * Queues again the instances of a pass that the port's exception cut short, so they
     * are not left dirty with no frame to render them. An instance that became dirty
     * during its own render is queued already and is skipped.
     */
    private void requeueDirty(ComponentInstance<N>[] batch) {
        for (ComponentInstance<N> instance : batch) {
            if (instance.isDirty() && !isQueued(instance)) {
                schedule(instance);
            }
        }
    }

    private boolean isQueued(ComponentInstance<N> instance) {
        for (int i = 0; i < dirtyCount; i++) {
            if (dirty[i] == instance) {
                return true;
            }
        }
        return false;
    }

    /** Returns the queued instances ordered by depth, stable within a depth, and empties the queue. */
    private ComponentInstance<N>[] takeDirtySortedByDepth() {
        @SuppressWarnings("unchecked")
        ComponentInstance<N>[] batch = (ComponentInstance<N>[]) new ComponentInstance<?>[dirtyCount];
        System.arraycopy(dirty, 0, batch, 0, dirtyCount);
        clearDirty();

        // Insertion sort: the queue is short, and instances of one depth are already in order.
        for (int i = 1; i < batch.length; i++) {
            ComponentInstance<N> moving = batch[i];
            int j = i - 1;
            while (j >= 0 && batch[j].depth > moving.depth) {
                batch[j + 1] = batch[j];
                j--;
            }
            batch[j + 1] = moving;
        }
        return batch;
    }

    private void clearDirty() {
        for (int i = 0; i < dirtyCount; i++) {
            dirty[i] = null;
        }
        dirtyCount = 0;
    }

    /** Returns the template of {@code component}, or null when none has been made yet. */
    Template<N> template(Component<?> component) {
        return templates.get(component);
    }

    void putTemplate(Component<?> component, Template<N> template) {
        templates.put(component, template);
    }

    /** Queues an instance whose mount hooks run once the current pass has ended. */
    void queueAttach(ComponentInstance<N> instance) {
        attaching.add(instance);
    }

    private void runMountHooks() {
        for (int i = 0; i < attaching.size(); i++) {
            attaching.get(i).attach();
        }
        attaching.clear();
    }

    /** Reports a failure of {@code instance} in {@code stage} ("render", "on-mount hook"...). */
    void report(ComponentInstance<?> instance, String stage, Throwable cause) {
        frame.reportError(new FrameError(Phase.RENDER, null, null, instance.describe() + ", in " + stage, cause));
    }

    private void startRendering() {
        if (rendering) {
            throw new IllegalStateException("The view is already rendering; a render function or hook must dispatch"
                    + " an event instead of mounting, updating or unmounting a view");
        }
        rendering = true;
    }

    private void requireMounted() {
        if (root == null) {
            throw new IllegalStateException("The view is not mounted; mount it with View.mount");
        }
    }
}
