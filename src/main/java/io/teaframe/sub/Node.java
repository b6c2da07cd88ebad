package io.teaframe.sub;

import java.util.ArrayList;
import java.util.List;

/** One live query in the graph: its value, its inputs and its reference count. */
final class Node {

    final Query<?> query;
    final Definition definition;
    final Node[] inputs;

    Object value;

    /** Open subscriptions plus nodes built on this one. */
    int references;

    /** Set while one propagation runs: the value changed in this round. */
    boolean changed;

    final List<Subscription<?>> subscriptions = new ArrayList<>(1);

    Node(Query<?> query, Definition definition, Node[] inputs) {
        this.query = query;
        this.definition = definition;
        this.inputs = inputs;
    }

    boolean anyInputChanged() {
        for (Node input : inputs) {
            if (input.changed) {
                return true;
            }
        }
        return false;
    }

    Object[] inputValues() {
        Object[] values = new Object[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            values[i] = inputs[i].value;
        }
        return values;
    }
}
