/**
 * Subscriptions: values derived from the app state, memoized and shared.
 *
 * <p>A query is a value, usually a record, that implements {@link io.teaframe.sub.Query}
 * and names what a view wants: {@code new VisibleTodos(Filter.DONE)}. The frame keeps a
 * definition per query class and a graph of nodes, one per distinct query: equal
 * queries share one node.
 *
 * <ul>
 *   <li>An extractor node reads the app state directly. It recomputes when the state
 *       object is not the one the graph last saw; a state that is the same reference is
 *       taken as unchanged.</li>
 *   <li>A derived node computes from other nodes. It recomputes only when one of its
 *       inputs changed value.</li>
 *   <li>A node's value has changed only when the new value is not {@code equals} to the
 *       old one; then, and only then, its listeners are notified and the nodes built on it
 *       recompute. An equal new value is dropped and the old reference kept.</li>
 * </ul>
 *
 * <p>Nodes recompute in the order they were created. A node is always created after its
 * inputs, and its inputs live as long as it does, so every node recomputes after all its
 * inputs and never sees a mix of old and new values. Listeners are notified
 * after every node has its new value.
 *
 * <p>The frame updates the graph once per run of its router, not after every event:
 * when the queue is empty, when a time slice ends, before the router waits for a
 * render, and after {@code dispatchSync}. A run of many events costs one recomputation
 * per node, and listeners see the state of the last event of the run. Before every
 * {@code subscribe}, {@code read} and {@link io.teaframe.sub.Subscription#value()} the
 * graph runs the frame's update first (see
 * {@link io.teaframe.sub.SubscriptionGraph#beforeAccess}), so a reader in the middle of
 * a run never gets a value older than the state. While a tool watches every event (a
 * post-event callback or a trace listener), the frame updates after every event.
 *
 * <p>Nodes are reference counted. Each open {@link io.teaframe.sub.Subscription} and each
 * node built on a node holds one reference; when the last is released the node is
 * removed and releases its inputs. A one-off {@code read} of a query that has no node
 * computes the value without creating any node.
 */
package io.teaframe.sub;
