package io.teaframe.sub;

import io.teaframe.port.Logger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The subscription definitions of one frame and the graph of live nodes, as this
 * package's documentation describes. A frame owns one; applications use it through the
 * frame.
 */
public final class SubscriptionGraph {

    /** Receives the failures of extractors, derivations and listeners during propagation. */
    @FunctionalInterface
    public interface ErrorSink {
        void report(Query<?> query, RuntimeException cause);
    }

    /** The inputs of every extractor; never changed. Not List.of(), which costs size in TeaVM. */
    private static final List<Query<?>> NO_INPUTS = new ArrayList<>(0);

    private final Map<Class<?>, Definition> definitions = new HashMap<>();
    private final Map<Query<?>, Node> nodes = new HashMap<>();
    private final Supplier<Object> state;
    private final Logger logger;
    private final ErrorSink errors;

    /**
     * Live nodes in the order they were created. A node is created after its inputs and
     * its inputs live as long as it does, so this order always has inputs first.
     */
    private final List<Node> ordered = new ArrayList<>();

    /** A reusable array for the nodes that changed in one propagation, or null while in use. */
    private Node[] scratch;

    /**
     * Reusable arrays for the subscriptions to notify and their values, or null while in
     * use. Both have the same length, and every element is null between propagations.
     */
    /** Called before every read, so that an owner that updates the graph lazily can catch up first. */
    private Runnable beforeAccess = () -> { };

    private Subscription<?>[] notifyScratch;
    private Object[] valueScratch;

    public SubscriptionGraph(Supplier<Object> state, Logger logger, ErrorSink errors) {
        this.state = state;
        this.logger = logger;
        this.errors = errors;
    }

    /** Registers an extractor for queries of {@code type}. */
    @SuppressWarnings("unchecked")
    public <S, Q extends Query<T>, T> void registerExtractor(Class<Q> type, Extractor<S, Q, T> extractor) {
        Objects.requireNonNull(extractor, "extractor");
        define(type, new Definition() {
            @Override
            public List<Query<?>> inputs(Query<?> query) {
                return NO_INPUTS;
            }

            @Override
            public boolean readsState() {
                return true;
            }

            @Override
            public Object compute(Object currentState, Object[] inputValues, Query<?> query) {
                return extractor.extract((S) currentState, (Q) query);
            }
        });
    }

    /** Registers a derived subscription over one input query. */
    @SuppressWarnings("unchecked")
    public <Q extends Query<T>, T, A> void registerDerived(Class<Q> type,
            Function<? super Q, ? extends Query<A>> input, Derivation<A, Q, T> derivation) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(derivation, "derivation");
        define(type, derived(
                query -> List.of(input.apply((Q) query)),
                (values, query) -> derivation.derive((A) values[0], (Q) query)));
    }

    /** Registers a derived subscription over two input queries. */
    @SuppressWarnings("unchecked")
    public <Q extends Query<T>, T, A, B> void registerDerived(Class<Q> type,
            Function<? super Q, ? extends Query<A>> first, Function<? super Q, ? extends Query<B>> second,
            Derivation2<A, B, Q, T> derivation) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(derivation, "derivation");
        define(type, derived(
                query -> List.of(first.apply((Q) query), second.apply((Q) query)),
                (values, query) -> derivation.derive((A) values[0], (B) values[1], (Q) query)));
    }

    /** Registers a derived subscription over a list of input queries. */
    @SuppressWarnings("unchecked")
    public <Q extends Query<T>, T> void registerDerivedMany(Class<Q> type,
            Function<? super Q, List<? extends Query<?>>> inputs, DerivationN<Q, T> derivation) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(derivation, "derivation");
        define(type, derived(
                query -> List.copyOf(inputs.apply((Q) query)),
                (values, query) -> derivation.derive(Collections.unmodifiableList(Arrays.asList(values)), (Q) query)));
    }

    /** Returns true if a subscription is registered for {@code type}. */
    public boolean isRegistered(Class<?> type) {
        return definitions.containsKey(type);
    }

    /**
     * Opens a subscription to {@code query}, creating its node (and its inputs' nodes)
     * if none is alive. {@code listener}, which may be null, is notified of later changes,
     * not of the current value.
     *
     * @throws NoSubscriptionException if no subscription is registered for the query's
     *     class or for one of its inputs
     * @throws RuntimeException whatever the first computation of a new node throws; no
     *     node is left behind
     */
    /**
     * Sets what runs before every {@link #subscribe}, {@link #read} and
     * {@link Subscription#value()}. The frame passes its update of the subscriptions,
     * which it otherwise runs once per run of the router, so a read never returns a value
     * older than the state.
     */
    public void beforeAccess(Runnable catchUp) {
        this.beforeAccess = Objects.requireNonNull(catchUp, "catchUp");
    }

    void catchUp() {
        beforeAccess.run();
    }

    public <T> Subscription<T> subscribe(Query<T> query, Consumer<? super T> listener) {
        Objects.requireNonNull(query, "query");
        beforeAccess.run();
        Node node = acquire(query);
        Subscription<T> subscription = new Subscription<>(this, node, listener);
        node.subscriptions.add(subscription);
        return subscription;
    }

    /**
     * Returns the current value of {@code query}: the live node's value if there is one,
     * otherwise a value computed now without creating any node.
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Query<T> query) {
        Objects.requireNonNull(query, "query");
        beforeAccess.run();
        return (T) readAny(query);
    }

    /** Returns the number of live nodes; tests use it to check that nodes are disposed. */
    public int nodeCount() {
        return nodes.size();
    }

    /** Returns true if {@code query} has a live node. */
    public boolean isAlive(Query<?> query) {
        return nodes.containsKey(query);
    }

    /**
     * Brings every live node up to date after the state went from {@code before} to
     * {@code after}, then notifies the listeners of the nodes whose value changed.
     *
     * @param recomputed if not null, receives the queries recomputed, in order
     */
    public void propagate(Object before, Object after, List<Query<?>> recomputed) {
        if (before == after || ordered.isEmpty()) {
            return;
        }

        // Scratch arrays are reused across events, because this runs after every event
        // and fresh lists were its largest cost. They are taken into locals while in use.
        int live = ordered.size();
        Node[] changed = takeScratch(live);
        int changedCount = 0;
        int listenerCount = 0;
        for (int i = 0; i < live; i++) {
            Node node = ordered.get(i);
            if (!node.definition.readsState() && !node.anyInputChanged()) {
                continue;
            }
            Object fresh;
            try {
                fresh = node.definition.compute(after, node.inputValues(), node.query);
            } catch (RuntimeException e) {
                errors.report(node.query, e);
                continue;
            }
            if (recomputed != null) {
                recomputed.add(node.query);
            }
            if (!Objects.equals(fresh, node.value)) {
                node.value = fresh;
                node.changed = true;
                changed[changedCount++] = node;
                listenerCount += node.subscriptions.size();
            }
        }
        if (changedCount == 0) {
            scratch = changed;
            return;
        }

        // Collect the subscriptions before notifying anyone: a listener may close or
        // open subscriptions, which changes the lists under the loop.
        Subscription<?>[] toNotify = notifyScratch;
        Object[] values = valueScratch;
        notifyScratch = null;
        valueScratch = null;
        if (toNotify == null || toNotify.length < listenerCount) {
            toNotify = new Subscription<?>[Math.max(listenerCount, 8)];
            values = new Object[toNotify.length];
        }
        int notifyCount = 0;
        for (int c = 0; c < changedCount; c++) {
            Node node = changed[c];
            changed[c] = null;
            node.changed = false;
            for (int s = 0; s < node.subscriptions.size(); s++) {
                Subscription<?> subscription = node.subscriptions.get(s);
                if (subscription.hasListener()) {
                    toNotify[notifyCount] = subscription;
                    values[notifyCount] = node.value;
                    notifyCount++;
                }
            }
        }
        scratch = changed;

        for (int i = 0; i < notifyCount; i++) {
            Subscription<?> subscription = toNotify[i];
            Object value = values[i];
            toNotify[i] = null;
            values[i] = null;
            try {
                subscription.notifyListener(value);
            } catch (RuntimeException e) {
                errors.report(subscription.query(), e);
            }
        }
        notifyScratch = toNotify;
        valueScratch = values;
    }

    private Node[] takeScratch(int size) {
        Node[] taken = scratch;
        scratch = null;
        if (taken == null || taken.length < size) {
            taken = new Node[Math.max(size, 8)];
        }
        return taken;
    }

    void release(Subscription<?> subscription, Node node) {
        node.subscriptions.remove(subscription);
        releaseNode(node);
    }

    private void define(Class<?> type, Definition definition) {
        Objects.requireNonNull(type, "type");
        if (definitions.put(type, definition) != null) {
            logger.warn("subscription for " + type.getName() + " registered again; the new one"
                    + " replaces it for nodes created from now on");
        }
    }

    private static Definition derived(Function<Query<?>, List<Query<?>>> inputs,
            java.util.function.BiFunction<Object[], Query<?>, Object> compute) {
        return new Definition() {
            @Override
            public List<Query<?>> inputs(Query<?> query) {
                return inputs.apply(query);
            }

            @Override
            public boolean readsState() {
                return false;
            }

            @Override
            public Object compute(Object currentState, Object[] inputValues, Query<?> query) {
                return compute.apply(inputValues, query);
            }
        };
    }

    private Definition definitionOf(Query<?> query) {
        Definition definition = definitions.get(query.getClass());
        if (definition == null) {
            throw new NoSubscriptionException(query);
        }
        return definition;
    }

    private Node acquire(Query<?> query) {
        Node existing = nodes.get(query);
        if (existing != null) {
            existing.references++;
            return existing;
        }

        Definition definition = definitionOf(query);
        List<Query<?>> inputQueries = definition.inputs(query);
        Node[] inputs = new Node[inputQueries.size()];
        try {
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = acquire(inputQueries.get(i));
            }
        } catch (RuntimeException e) {
            releaseAll(inputs);
            throw e;
        }

        Node node = new Node(query, definition, inputs);
        try {
            node.value = definition.compute(state.get(), node.inputValues(), query);
        } catch (RuntimeException e) {
            releaseAll(inputs);
            throw e;
        }
        node.references = 1;
        nodes.put(query, node);
        ordered.add(node);
        return node;
    }

    private void releaseAll(Node[] inputs) {
        for (Node input : inputs) {
            if (input != null) {
                releaseNode(input);
            }
        }
    }

    private void releaseNode(Node node) {
        node.references--;
        if (node.references > 0) {
            return;
        }
        nodes.remove(node.query);
        ordered.remove(node);
        releaseAll(node.inputs);
    }

    private Object readAny(Query<?> query) {
        Node node = nodes.get(query);
        if (node != null) {
            return node.value;
        }
        Definition definition = definitionOf(query);
        List<Query<?>> inputQueries = definition.inputs(query);
        Object[] inputValues = new Object[inputQueries.size()];
        for (int i = 0; i < inputValues.length; i++) {
            inputValues[i] = readAny(inputQueries.get(i));
        }
        return definition.compute(state.get(), inputValues, query);
    }
}
