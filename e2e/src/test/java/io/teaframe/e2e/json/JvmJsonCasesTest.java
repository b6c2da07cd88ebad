package io.teaframe.e2e.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.teaframe.testkit.JvmJson;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the shared {@link JsonCases} against {@link JvmJson}; the browser scenarios run them against BrowserJson. */
class JvmJsonCasesTest {

    @TestFactory
    Stream<DynamicTest> jvmJsonCases() {
        return JsonCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertEquals(c.expected(), c.run(JvmJson.PARSER), () -> c.name() + " on <" + c.text() + ">")));
    }

    @Test
    void caseNamesUnique() {
        Set<String> names = new HashSet<>();
        for (JsonCases.Case c : JsonCases.all()) {
            assertEquals(true, names.add(c.name()), () -> "repeated case name " + c.name());
        }
    }
}
