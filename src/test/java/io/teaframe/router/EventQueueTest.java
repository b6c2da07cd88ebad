package io.teaframe.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The router's queue: first in, first out, across the ends of its chunks. */
class EventQueueTest {

    private final EventQueue queue = new EventQueue();

    @Test
    void emptyQueueHasNothingToGive() {
        assertTrue(queue.isEmpty());
        assertEquals(0, queue.size());
        assertNull(queue.peekFirst());
        assertNull(queue.pollFirst());
    }

    @Test
    void keepsOrderAcrossManyChunks() {
        int count = EventQueue.CHUNK * 3 + 17;
        for (int i = 0; i < count; i++) {
            queue.addLast(i);
        }

        assertEquals(count, queue.size());
        for (int i = 0; i < count; i++) {
            assertEquals(i, queue.peekFirst());
            assertEquals(i, queue.pollFirst());
            assertEquals(count - i - 1, queue.size());
        }
        assertTrue(queue.isEmpty());
        assertNull(queue.pollFirst());
    }

    @Test
    void addsAndPollsInTurnAcrossChunkEnds() {
        // The queue never contains more than a few events, while head and tail cross the end
        // of a chunk many times.
        int next = 0;
        int expected = 0;
        for (int round = 0; round < EventQueue.CHUNK * 4; round++) {
            queue.addLast(next++);
            queue.addLast(next++);
            assertEquals(expected++, queue.pollFirst());
        }
        while (!queue.isEmpty()) {
            assertEquals(expected++, queue.pollFirst());
        }
        assertEquals(next, expected);
    }

    @Test
    void emptiedQueueStartsAgainAtTheFront() {
        for (int i = 0; i < EventQueue.CHUNK + 5; i++) {
            queue.addLast("first burst " + i);
        }
        while (!queue.isEmpty()) {
            queue.pollFirst();
        }

        for (int i = 0; i < EventQueue.CHUNK * 2; i++) {
            queue.addLast(i);
        }

        for (int i = 0; i < EventQueue.CHUNK * 2; i++) {
            assertEquals(i, queue.pollFirst());
        }
        assertTrue(queue.isEmpty());
    }

    @Test
    void fullChunkEmptiedExactlyAtItsEnd() {
        for (int i = 0; i < EventQueue.CHUNK; i++) {
            queue.addLast(i);
        }
        for (int i = 0; i < EventQueue.CHUNK; i++) {
            assertEquals(i, queue.pollFirst());
        }

        queue.addLast("after");

        assertEquals(1, queue.size());
        assertEquals("after", queue.peekFirst());
        assertEquals("after", queue.pollFirst());
        assertTrue(queue.isEmpty());
    }
}
