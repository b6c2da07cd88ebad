package io.teaframe.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls whose last event has not been handled yet, in the order they started: a
 * doubly linked list through the calls' own fields. Each outcome removes its call, often
 * from the front or the middle. With a list of this kind that costs the same whether one
 * call or a thousand are running, where an {@code ArrayList} would shift all the calls
 * after it.
 */
final class RunningCalls {

    private Call first;
    private Call last;
    private int size;

    /** Appends {@code call}, which must not be in the list. */
    void add(Call call) {
        call.previousRunning = last;
        call.nextRunning = null;
        if (last == null) {
            first = call;
        } else {
            last.nextRunning = call;
        }
        last = call;
        call.listedRunning = true;
        size++;
    }

    /** Removes {@code call}; nothing happens if it is not in the list. */
    void remove(Call call) {
        if (!call.listedRunning) {
            return;
        }
        if (call.previousRunning == null) {
            first = call.nextRunning;
        } else {
            call.previousRunning.nextRunning = call.nextRunning;
        }
        if (call.nextRunning == null) {
            last = call.previousRunning;
        } else {
            call.nextRunning.previousRunning = call.previousRunning;
        }
        call.previousRunning = null;
        call.nextRunning = null;
        call.listedRunning = false;
        size--;
    }

    int size() {
        return size;
    }

    /** Returns the calls whose request belongs to {@code group}, in the order they started. */
    List<Call> inGroup(String group) {
        List<Call> calls = new ArrayList<>();
        for (Call call = first; call != null; call = call.nextRunning) {
            if (group.equals(call.request.group())) {
                calls.add(call);
            }
        }
        return calls;
    }
}
