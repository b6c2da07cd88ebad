package io.teaframe.http;

/**
 * The internal event that carries one outcome to its call. The frame handles it like
 * any event, so it waits its turn in the queue. Its handler checks the call's epoch
 * first, which drops it if an abort was handled since it was queued, and only then
 * runs the request's event factory and dispatches the app's event.
 */
final class Delivery {

    final Call call;
    final int epoch;
    final HttpResponse response;
    final HttpFailure failure;
    final boolean isFinal;

    Delivery(Call call, HttpResponse response, HttpFailure failure, boolean isFinal) {
        this.call = call;
        this.epoch = call.epoch;
        this.response = response;
        this.failure = failure;
        this.isFinal = isFinal;
    }

    @Override
    public String toString() {
        String outcome = response != null ? Integer.toString(response.status()) : failure.kind().name();
        return "HttpDelivery[" + call.request.describe() + " -> " + outcome + "]";
    }
}
