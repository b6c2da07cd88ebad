package io.teaframe.e2e.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directories and parameters that the benchmarks profile of e2e/pom.xml passes as
 * system properties. Without them (for example when a benchmark is started from an IDE),
 * the paths are those below the e2e module.
 */
final class BenchSettings {

    private BenchSettings() {
    }

    /** Returns the directory of the pages and the TeaVM output, e2e/target/bench by default. */
    static Path pagesDirectory() {
        return path("teaframe.bench.pages.dir", "target/bench");
    }

    /** Returns the directory of the npm packages that {@code npm ci} installs, e2e/bench/node_modules by default. */
    static Path nodeModulesDirectory() {
        return path("teaframe.bench.node-modules.dir", "bench/node_modules");
    }

    /** Returns the directory for the result files, e2e/target/benchmarks by default. */
    static Path resultsDirectory() {
        return path("teaframe.bench.results.dir", "target/benchmarks");
    }

    /** Returns the positive integer in system property {@code name}, or {@code defaultValue}. */
    static int positiveInt(String name, int defaultValue) {
        String text = System.getProperty(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the property name.
        }
        throw new IllegalArgumentException("System property " + name + " must be a positive integer, got '"
                + text + "'");
    }

    /** Writes {@code text} to {@code fileName} in the results directory and returns its path. */
    static Path writeResult(String fileName, String text) throws IOException {
        Path directory = resultsDirectory();
        Files.createDirectories(directory);
        return Files.writeString(directory.resolve(fileName), text);
    }

    private static Path path(String property, String defaultPath) {
        String configured = System.getProperty(property);
        String chosen = configured == null || configured.isBlank() ? defaultPath : configured;
        return Path.of(chosen).toAbsolutePath().normalize();
    }
}
