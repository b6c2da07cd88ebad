package io.teaframe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunningCallsTest {

    private static Call call(String url, String group) {
        HttpRequest.Builder request = HttpRequest.get(url);
        if (group != null) {
            request.group(group);
        }
        return new Call(request.build(), 0, false);
    }

    @Test
    void removeFromAnyPosition() {
        RunningCalls running = new RunningCalls();
        Call a = call("/a", "g");
        Call b = call("/b", "g");
        Call c = call("/c", "g");
        Call d = call("/d", "g");
        running.add(a);
        running.add(b);
        running.add(c);
        running.add(d);

        running.remove(b);
        assertEquals(List.of(a, c, d), running.inGroup("g"));
        running.remove(a);
        assertEquals(List.of(c, d), running.inGroup("g"));
        running.remove(d);
        assertEquals(List.of(c), running.inGroup("g"));
        assertEquals(1, running.size());

        running.remove(c);
        assertEquals(List.of(), running.inGroup("g"));
        assertEquals(0, running.size());
    }

    @Test
    void removeTwiceChangesNothing() {
        RunningCalls running = new RunningCalls();
        Call a = call("/a", "g");
        Call b = call("/b", "g");
        running.add(a);
        running.add(b);

        running.remove(a);
        running.remove(a);

        assertEquals(1, running.size());
        assertEquals(List.of(b), running.inGroup("g"));
    }

    @Test
    void readdedCallGoesLast() {
        RunningCalls running = new RunningCalls();
        Call a = call("/a", "g");
        Call b = call("/b", "g");
        running.add(a);
        running.add(b);

        running.remove(a);
        running.add(a);

        assertEquals(List.of(b, a), running.inGroup("g"));
    }

    @Test
    void inGroupKeepsStartOrder() {
        RunningCalls running = new RunningCalls();
        Call first = call("/1", "search");
        Call other = call("/2", "users");
        Call ungrouped = call("/3", null);
        Call second = call("/4", "search");
        running.add(first);
        running.add(other);
        running.add(ungrouped);
        running.add(second);

        assertEquals(List.of(first, second), running.inGroup("search"));
        assertEquals(List.of(other), running.inGroup("users"));
        assertEquals(4, running.size());
    }
}
