package io.teaframe.sub;

import java.util.List;

/** How to compute the value of one class of query. */
interface Definition {

    /** Returns the queries this one is computed from; empty for an extractor. */
    List<Query<?>> inputs(Query<?> query);

    /** Returns true if the value is computed from the state rather than from inputs. */
    boolean readsState();

    /** Computes the value from the state or from the input values, in input order. */
    Object compute(Object state, Object[] inputValues, Query<?> query);
}
