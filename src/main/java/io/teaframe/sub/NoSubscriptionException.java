package io.teaframe.sub;

/** A query was read or subscribed to, but no subscription is registered for its class. */
public final class NoSubscriptionException extends RuntimeException {

    public NoSubscriptionException(Query<?> query) {
        super("no subscription is registered for " + query.getClass().getName()
                + " (query " + query + "); register one with Frame.registerExtractor"
                + " or Frame.registerDerived");
    }
}
