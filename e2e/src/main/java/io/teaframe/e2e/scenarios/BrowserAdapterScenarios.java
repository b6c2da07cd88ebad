package io.teaframe.e2e.scenarios;

import io.teaframe.browser.BrowserClock;
import io.teaframe.browser.BrowserConnectivity;
import io.teaframe.browser.BrowserDom;
import io.teaframe.browser.BrowserJson;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.browser.BrowserRandom;
import io.teaframe.browser.BrowserScheduler;
import io.teaframe.browser.ConsoleLogger;
import io.teaframe.e2e.json.JsonCases;
import io.teaframe.port.Cancellable;
import io.teaframe.port.Clock;
import io.teaframe.port.LogLevel;
import io.teaframe.port.Logger;
import io.teaframe.port.Platform;
import io.teaframe.port.RandomSource;
import io.teaframe.port.SharedTimerScheduler;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Scenarios for the browser implementations of the ports in {@code io.teaframe.browser}. */
final class BrowserAdapterScenarios {

    /**
     * How much earlier than its delay a timer may appear to fire by {@code performance.now()},
     * in milliseconds. Browsers coarsen {@code performance.now()} by up to 0.1 ms, and
     * HtmlUnit times its timers with {@code System.currentTimeMillis()}, so a 30 ms timer
     * can read as 29.x ms.
     */
    private static final double TIMER_TOLERANCE_MILLIS = 1;

    private BrowserAdapterScenarios() {
    }

    /**
     * Checks that ticks run after the scheduling call returns, in order, and before a 0 ms
     * timeout scheduled after them, and that a tick that throws is logged without stopping
     * the ticks after it.
     *
     * <p>NOTE: in Chromium a 0 ms timeout scheduled before the ticks runs before them, so
     * this checks only a timeout scheduled after them.
     */
    static void nextTickOrder(Outcome outcome) {
        RecordingLogger logger = new RecordingLogger();
        BrowserScheduler scheduler = new BrowserScheduler(logger);
        List<String> events = new ArrayList<>();

        scheduler.nextTick(() -> events.add("tick 1"));
        scheduler.nextTick(() -> {
            events.add("tick 2");
            throw new IllegalStateException("thrown on purpose by tick 2");
        });
        scheduler.nextTick(() -> {
            events.add("tick 3");
            scheduler.nextTick(() -> events.add("nested tick"));
            outcome.check(!events.contains("nested tick"), "a tick scheduled by a tick ran inside it");
        });
        scheduler.nextTick(() -> events.add("tick 4"));
        scheduler.timeout(0, () -> events.add("timeout"));
        outcome.check(events.isEmpty(), "nextTick ran inside the call that scheduled it: " + events);

        scheduler.timeout(50, outcome.guard(() -> {
            List<String> firstFour = events.subList(0, Math.min(4, events.size()));
            outcome.checkEquals(List.of("tick 1", "tick 2", "tick 3", "tick 4"), firstFour, "first four events");
            outcome.check(events.indexOf("timeout") > events.indexOf("tick 4"),
                    "the 0 ms timeout did not run after tick 4: " + events);
            outcome.check(events.indexOf("nested tick") > events.indexOf("tick 4"),
                    "the nested tick did not run after tick 4: " + events);
            outcome.checkEquals(List.of("ERROR nextTick task failed: java.lang.IllegalStateException"),
                    logger.entries, "log entries");
            outcome.finish("events " + events + ", log " + logger.entries);
        }));
    }

    /**
     * Checks that a tick or a microtask that throws, reported to a logger that throws
     * too, stops neither the tasks queued after it in the same batch nor later batches.
     */
    static void throwingLoggerKeepsTasks(Outcome outcome) {
        RecordingLogger logger = new RecordingLogger();
        logger.throwsAfterRecording = true;
        BrowserScheduler scheduler = new BrowserScheduler(logger);
        List<String> events = new ArrayList<>();

        scheduler.nextTick(() -> {
            throw new IllegalStateException("thrown on purpose by tick 1");
        });
        scheduler.nextTick(() -> events.add("tick 2"));
        scheduler.microtask(() -> {
            throw new IllegalStateException("thrown on purpose by microtask 1");
        });
        scheduler.microtask(() -> events.add("microtask 2"));

        scheduler.timeout(50, outcome.guard(() -> {
            scheduler.nextTick(() -> events.add("later tick"));
            scheduler.microtask(() -> events.add("later microtask"));
            scheduler.timeout(50, outcome.guard(() -> {
                outcome.checkEquals(List.of("microtask 2", "tick 2", "later microtask", "later tick"), events,
                        "tasks that ran");
                outcome.checkEquals(List.of("ERROR microtask task failed: java.lang.IllegalStateException",
                        "ERROR nextTick task failed: java.lang.IllegalStateException"), logger.entries,
                        "log entries");
                outcome.finish("events " + events + ", log " + logger.entries);
            }));
        }));
    }

    /**
     * Checks that a 30 ms timeout waits at least 30 ms by {@link BrowserClock}, that an
     * animation frame fires, that cancelled tasks of each kind never run, that cancelling
     * twice or after the run is harmless, and that invalid delays are rejected.
     */
    static void timersAndCancel(Outcome outcome) {
        BrowserClock clock = new BrowserClock();
        BrowserScheduler scheduler = new BrowserScheduler(new ConsoleLogger(LogLevel.WARN));
        Measurements measured = new Measurements();
        List<String> ranAfterCancel = new ArrayList<>();
        double start = clock.now();

        scheduler.timeout(30, () -> measured.timeoutMillis = clock.now() - start);
        scheduler.timeout(-5, () -> measured.negativeDelayRan = true);
        scheduler.animationFrame(() -> measured.frameMillis = clock.now() - start);
        Cancellable finishedTick = scheduler.nextTick(() -> measured.tickRan = true);

        Cancellable timeout = scheduler.timeout(10, () -> ranAfterCancel.add("timeout"));
        Cancellable tick = scheduler.nextTick(() -> ranAfterCancel.add("nextTick"));
        Cancellable frame = scheduler.animationFrame(() -> ranAfterCancel.add("animationFrame"));
        timeout.cancel();
        timeout.cancel();
        tick.cancel();
        tick.cancel();
        frame.cancel();
        frame.cancel();

        // A tick cancels a tick queued behind it in the same batch.
        Cancellable[] queuedBehind = new Cancellable[1];
        scheduler.nextTick(() -> queuedBehind[0].cancel());
        queuedBehind[0] = scheduler.nextTick(() -> ranAfterCancel.add("nextTick cancelled by an earlier tick"));

        outcome.check(rejectsDelay(scheduler, Double.NaN), "timeout(NaN) was accepted");
        outcome.check(rejectsDelay(scheduler, Double.POSITIVE_INFINITY), "timeout(Infinity) was accepted");

        scheduler.timeout(150, outcome.guard(() -> {
            finishedTick.cancel();
            outcome.check(measured.tickRan, "nextTick did not run");
            outcome.check(measured.negativeDelayRan, "timeout(-5) did not run");
            outcome.check(measured.timeoutMillis >= 30 - TIMER_TOLERANCE_MILLIS,
                    "timeout(30) ran after " + measured.timeoutMillis + " ms");
            outcome.check(measured.frameMillis >= 0, "animationFrame did not run within 150 ms");
            outcome.checkEquals(List.of(), ranAfterCancel, "tasks that ran after cancel");
            outcome.finish("timeout(30) ran after " + measured.timeoutMillis + " ms, animationFrame after "
                    + measured.frameMillis + " ms");
        }));
    }

    /**
     * Checks that a {@link SharedTimerScheduler} over the browser's scheduler, as
     * {@code BrowserHttp} makes for its timeouts, runs timeouts of a second and more from
     * one shared timer: each waits its delay by the clock, they run in deadline order, a
     * cancelled one never runs and none stays pending.
     */
    static void sharedLongTimeouts(Outcome outcome) {
        Platform platform = BrowserPlatform.create();
        SharedTimerScheduler scheduler = new SharedTimerScheduler(platform.scheduler(), platform.clock());
        Clock clock = platform.clock();
        double start = clock.now();
        List<String> ran = new ArrayList<>();
        double[] elapsed = new double[2];

        scheduler.timeout(1200, () -> {
            ran.add("1200 ms");
            elapsed[1] = clock.now() - start;
        });
        scheduler.timeout(1100, () -> ran.add("cancelled")).cancel();
        scheduler.timeout(1000, () -> {
            ran.add("1000 ms");
            elapsed[0] = clock.now() - start;
        });
        outcome.checkEquals(2, scheduler.pendingShared(), "shared timeouts pending after one cancel");

        scheduler.timeout(1400, outcome.guard(() -> {
            outcome.checkEquals(List.of("1000 ms", "1200 ms"), ran, "timeouts that ran");
            outcome.check(elapsed[0] >= 1000 - TIMER_TOLERANCE_MILLIS, "timeout(1000) ran after " + elapsed[0] + " ms");
            outcome.check(elapsed[1] >= 1200 - TIMER_TOLERANCE_MILLIS, "timeout(1200) ran after " + elapsed[1] + " ms");
            outcome.checkEquals(0, scheduler.pendingShared(), "shared timeouts pending at the end");
            outcome.finish("timeout(1000) ran after " + elapsed[0] + " ms, timeout(1200) after " + elapsed[1] + " ms");
        }));
    }

    /**
     * Checks that {@link ConsoleLogger} writes every level, with and without causes,
     * without throwing and honours its threshold, that {@link BrowserRandom} returns
     * numbers in [0, 1) and version 4 UUIDs, and that {@link BrowserPlatform} builds a
     * complete platform.
     */
    static void loggerAndRandom(Outcome outcome) {
        ConsoleLogger logger = new ConsoleLogger(LogLevel.DEBUG);
        IllegalStateException thrown = throwAndCatch();
        RuntimeException neverThrown = new RuntimeException("never thrown", thrown);
        for (LogLevel level : LogLevel.values()) {
            logger.log(level, "scenario message at " + level, null);
            logger.log(level, "scenario message at " + level + " with a thrown cause", thrown);
            logger.log(level, "scenario message at " + level + " with a cause never thrown", neverThrown);
        }
        logger.log(LogLevel.WARN, null, new RuntimeException((String) null));

        ConsoleLogger warnLogger = new ConsoleLogger(LogLevel.WARN);
        outcome.check(!warnLogger.isEnabled(LogLevel.INFO), "a WARN logger enables INFO");
        outcome.check(warnLogger.isEnabled(LogLevel.WARN), "a WARN logger disables WARN");
        outcome.check(warnLogger.isEnabled(LogLevel.ERROR), "a WARN logger disables ERROR");
        outcome.check(!new ConsoleLogger(LogLevel.OFF).isEnabled(LogLevel.ERROR), "an OFF logger enables ERROR");

        BrowserRandom random = new BrowserRandom();
        for (int i = 0; i < 1000; i++) {
            double value = random.nextDouble();
            if (!(value >= 0 && value < 1)) {
                outcome.check(false, "nextDouble returned " + value);
                break;
            }
        }
        String first = random.uuid();
        String second = random.uuid();
        String fallback = ((RandomSource) random::nextDouble).uuid();
        outcome.checkEquals(null, uuidV4Problem(first), "problem in uuid " + first);
        outcome.checkEquals(null, uuidV4Problem(second), "problem in uuid " + second);
        outcome.checkEquals(null, uuidV4Problem(fallback), "problem in fallback uuid " + fallback);
        outcome.check(!first.equals(second), "two uuids are equal: " + first);

        Platform platform = BrowserPlatform.create();
        outcome.check(!platform.logger().isEnabled(LogLevel.INFO), "the default platform logs INFO");
        outcome.check(platform.logger().isEnabled(LogLevel.WARN), "the default platform drops WARN");
        double before = platform.clock().now();
        outcome.check(platform.clock().now() >= before, "the platform clock went backwards");

        outcome.finish("uuid " + first + " (crypto.randomUUID " + (hasCryptoRandomUuid() ? "used" : "missing")
                + "), fallback uuid " + fallback);
    }

    /** Runs the shared JSON cases, which JvmJsonCasesTest runs on the JVM, against {@link BrowserJson}. */
    static void browserJsonCases(Outcome outcome) {
        List<String> failures = JsonCases.failures(BrowserJson.PARSER);
        for (String failure : failures) {
            outcome.check(false, failure);
        }
        outcome.finish(JsonCases.all().size() + " cases passed");
    }

    /**
     * Checks that the page is online and that a listener runs on each {@code online}
     * event until it is cancelled. The events are dispatched by the scenario, because a
     * page cannot take its browser offline.
     */
    static void connectivity(Outcome outcome) {
        BrowserConnectivity connectivity = new BrowserConnectivity();
        outcome.check(connectivity.online(), "navigator.onLine is false");
        int[] calls = new int[2];
        Cancellable first = connectivity.whenOnline(() -> calls[0]++);
        Cancellable second = connectivity.whenOnline(() -> calls[1]++);
        dispatchOnlineEvent();
        first.cancel();
        first.cancel();
        dispatchOnlineEvent();
        second.cancel();
        dispatchOnlineEvent();
        outcome.checkEquals(1, calls[0], "calls of the listener cancelled after one event");
        outcome.checkEquals(2, calls[1], "calls of the listener cancelled after two events");
        outcome.finish("online, listeners called " + calls[0] + " and " + calls[1] + " times");
    }

    @JSBody(script = "window.dispatchEvent(new Event('online'));")
    private static native void dispatchOnlineEvent();

    /**
     * Checks the listener registrations of {@link BrowserDom}: listeners on a child and
     * its parent each run once for a click on the child, a second listener of the same
     * type on one element runs too, and removing a registration stops only that listener.
     * A listener added after a removal runs.
     */
    static void domListeners(Outcome outcome) {
        BrowserDom dom = new BrowserDom();
        HTMLElement parent = (HTMLElement) dom.createElement(null, "div");
        HTMLElement child = (HTMLElement) dom.createElement(null, "button");
        dom.insertBefore(parent, child, null);
        List<String> calls = new ArrayList<>();

        Object parentToken = dom.addEventListener(parent, "click", event -> calls.add("parent"));
        Object firstToken = dom.addEventListener(child, "click", event -> calls.add("first"));
        Object secondToken = dom.addEventListener(child, "click", event -> calls.add("second"));
        child.click();
        outcome.checkEquals(List.of("first", "second", "parent"), calls, "listeners after one click");

        calls.clear();
        dom.removeEventListener(child, "click", firstToken);
        child.click();
        outcome.checkEquals(List.of("second", "parent"), calls, "listeners after removing the first");

        calls.clear();
        dom.removeEventListener(child, "click", secondToken);
        dom.removeEventListener(parent, "click", parentToken);
        child.click();
        outcome.checkEquals(List.of(), calls, "listeners after removing all");

        dom.addEventListener(child, "click", event -> calls.add("third"));
        child.click();
        outcome.checkEquals(List.of("third"), calls, "listener added after the removals");
        outcome.finish("shared and own listener functions ran and were removed");
    }

    private static boolean rejectsDelay(BrowserScheduler scheduler, double delayMillis) {
        try {
            scheduler.timeout(delayMillis, () -> { });
            return false;
        } catch (IllegalArgumentException expected) {
            return true;
        }
    }

    private static IllegalStateException throwAndCatch() {
        try {
            throw new IllegalStateException("thrown on purpose to log its stack");
        } catch (IllegalStateException e) {
            return e;
        }
    }

    /**
     * Returns what is wrong with {@code uuid} as a lowercase version 4 UUID
     * ({@code xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx} with N one of 8, 9, a, b), or null if
     * nothing is.
     */
    static String uuidV4Problem(String uuid) {
        if (uuid == null) {
            return "is null";
        }
        if (uuid.length() != 36) {
            return "has length " + uuid.length() + " instead of 36";
        }
        for (int i = 0; i < 36; i++) {
            char c = uuid.charAt(i);
            boolean dashPosition = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashPosition && c != '-') {
                return "has '" + c + "' instead of '-' at index " + i;
            }
            boolean hexDigit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!dashPosition && !hexDigit) {
                return "has '" + c + "' instead of a lowercase hex digit at index " + i;
            }
        }
        if (uuid.charAt(14) != '4') {
            return "has version " + uuid.charAt(14) + " instead of 4";
        }
        if ("89ab".indexOf(uuid.charAt(19)) < 0) {
            return "has variant digit " + uuid.charAt(19) + " instead of one of 8, 9, a, b";
        }
        return null;
    }

    @JSBody(script = "return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function';")
    private static native boolean hasCryptoRandomUuid();

    /** Times measured from the start of a scenario, in milliseconds, or -1 until measured. */
    private static final class Measurements {
        double timeoutMillis = -1;
        double frameMillis = -1;
        boolean negativeDelayRan;
        boolean tickRan;
    }

    /** A logger that keeps "LEVEL message: cause class" entries for later checks. */
    private static final class RecordingLogger implements Logger {

        final List<String> entries = new ArrayList<>();

        /** True to throw after recording each entry, like a broken logger. */
        boolean throwsAfterRecording;

        @Override
        public void log(LogLevel level, String message, Throwable cause) {
            String causeName = cause == null ? "" : ": " + cause.getClass().getName();
            entries.add(level + " " + message + causeName);
            if (throwsAfterRecording) {
                throw new IllegalStateException("logger thrown on purpose");
            }
        }

        @Override
        public boolean isEnabled(LogLevel level) {
            return true;
        }
    }
}
