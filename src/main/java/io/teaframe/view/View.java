package io.teaframe.view;

import io.teaframe.Frame;
import org.teavm.jso.JSObject;

/**
 * A component tree mounted into a container and kept up to date from the frame's
 * subscriptions.
 *
 * <pre>{@code
 * View<Filter> view = View.mount(frame, port, container, TODO_APP, Filter.ALL);
 * frame.dispatch(new AddTodo("milk"));   // TodoList renders again in the next animation frame
 * view.update(Filter.DONE);              // new props for the root, rendered now
 * view.unmount();                        // no listener, frame or subscription is left
 * }</pre>
 *
 * <p>Event values from {@link Html#on} handlers are dispatched to the frame. Render
 * errors and errors thrown by lifecycle hooks reach the frame's error handler with the
 * phase {@link io.teaframe.Phase#RENDER} and the component's name, and the rest of the
 * view keeps rendering. Blocked URLs and duplicate keys are logged to the frame's logger.
 *
 * <p>A view is single-threaded, like its frame. It is not re-entrant: a render function
 * or hook that calls {@code update} or {@code unmount} gets an
 * {@link IllegalStateException}.
 *
 * <p>NOTE: when the port throws while a view is created, the instances rendered so far
 * keep their subscriptions open, because no handle exists yet to unmount them.
 *
 * @param <P> the type of the root component's props
 */
public final class View<P> {

    private final ComponentHost<?> host;

    private View(ComponentHost<?> host) {
        this.host = host;
    }

    /**
     * Renders {@code root} with {@code props} and appends it to {@code container}, an HTML
     * element. Nodes already in the container stay, before the view. The on-mount hooks
     * run before this returns.
     *
     * @throws IllegalArgumentException if an argument other than {@code props} is null
     */
    public static <N extends JSObject, P> View<P> mount(Frame<?> frame, DomPort<N> port, N container,
            Component<P> root, P props) {
        if (frame == null || port == null || container == null || root == null) {
            throw new IllegalArgumentException("View.mount needs a frame, a port, a container and a root component; got "
                    + frame + ", " + port + ", " + container + ", " + root);
        }
        ComponentHost<N> host = new ComponentHost<>(frame, port);
        host.mount(container, root, props);
        return new View<>(host);
    }

    /**
     * Gives the root component new props and renders it now, with its children as their
     * props require. Props equal to the current ones render nothing.
     *
     * @throws IllegalStateException if the view is unmounted, or if called while it renders
     */
    public void update(P props) {
        host.update(props);
    }

    /**
     * Removes the view from its container: runs every on-unmount hook (parents before
     * children), closes every subscription the components read, cancels the pending
     * animation frame and removes every DOM listener. Does nothing when already unmounted.
     *
     * @throws IllegalStateException if called while the view renders
     */
    public void unmount() {
        host.unmount();
    }

    /** Returns true between {@link #mount} and {@link #unmount}. */
    public boolean isMounted() {
        return host.isMounted();
    }
}
