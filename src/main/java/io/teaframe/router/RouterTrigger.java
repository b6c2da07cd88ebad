package io.teaframe.router;

/** What moves the router from one state to the next. */
enum RouterTrigger {
    ADD_EVENT,
    RUN,
    QUEUE_EMPTY,
    SLICE_ENDED,
    NEEDS_RENDER,
    RESUME
}
