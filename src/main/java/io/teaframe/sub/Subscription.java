package io.teaframe.sub;

import java.util.function.Consumer;

/**
 * An open subscription to a query: it keeps the query's node alive and, with a
 * listener, is notified of each change. Close it when done; closing twice does nothing.
 *
 * <p>Listeners run on the frame's thread, after the event that changed the value and
 * after every node has its new value, and before the next event is handled.
 *
 * @param <T> the type of the value
 */
public final class Subscription<T> implements AutoCloseable {

    private final SubscriptionGraph graph;
    private final Node node;
    private final Consumer<? super T> listener;
    private boolean closed;

    Subscription(SubscriptionGraph graph, Node node, Consumer<? super T> listener) {
        this.graph = graph;
        this.node = node;
        this.listener = listener;
    }

    /** Returns the query this subscription watches. */
    @SuppressWarnings("unchecked")
    public Query<T> query() {
        return (Query<T>) node.query;
    }

    /**
     * Returns the current value.
     *
     * @throws IllegalStateException if the subscription is closed
     */
    @SuppressWarnings("unchecked")
    public T value() {
        if (closed) {
            throw new IllegalStateException("subscription to " + node.query + " is closed");
        }
        graph.catchUp();
        return (T) node.value;
    }

    /** Returns true once {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /** Releases the node; it is removed when nothing else holds it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        graph.release(this, node);
    }

    boolean hasListener() {
        return listener != null;
    }

    @SuppressWarnings("unchecked")
    void notifyListener(Object value) {
        if (!closed && listener != null) {
            listener.accept((T) value);
        }
    }
}
