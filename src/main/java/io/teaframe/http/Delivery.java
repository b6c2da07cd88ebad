package io.teaframe.http;

import io.teaframe.router.LateEvent;

/**
 * One outcome of a call, queued until its turn. It is a {@link LateEvent}: when it
 * reaches the head of the queue, {@link Http} checks the call's epoch first, which drops
 * it if an abort was handled since it was queued, and only then runs the request's event
 * factory. The app's event is handled in its place.
 */
final class Delivery implements LateEvent {

    final Http<?> http;
    final Call call;
    final int epoch;
    final HttpResponse response;
    final HttpFailure failure;
    final boolean isFinal;

    Delivery(Http<?> http, Call call, HttpResponse response, HttpFailure failure, boolean isFinal) {
        this.http = http;
        this.call = call;
        this.epoch = call.epoch;
        this.response = response;
        this.failure = failure;
        this.isFinal = isFinal;
    }

    @Override
    public Object resolve() {
        return http.deliver(this);
    }

    @Override
    public String toString() {
        String outcome = response != null ? Integer.toString(response.status()) : failure.kind().name();
        return "HttpDelivery[" + call.request.describe() + " -> " + outcome + "]";
    }
}
