package io.teaframe.http;

/**
 * The internal event that ends a token refresh with its outcome. Unlike the outcomes of
 * other calls, which become one app event, it may dispatch the token event and then the
 * replay of the waiting requests, so it goes through the frame as an event of its own.
 */
final class RefreshEnded {

    final Delivery delivery;

    RefreshEnded(Delivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public String toString() {
        return "HttpRefreshEnded[" + delivery + "]";
    }
}
