package io.teaframe.demo;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/** Reads what the user entered from the DOM event of an input, select or checkbox. */
public final class DomValues {

    private DomValues() {
    }

    /** Returns the text of the input or textarea that fired {@code domEvent}. */
    public static String inputValue(Object domEvent) {
        return ((HTMLInputElement) ((Event) domEvent).getTarget()).getValue();
    }

    /** Returns the selected value of the select element that fired {@code domEvent}. */
    public static String selectValue(Object domEvent) {
        return ((HTMLSelectElement) ((Event) domEvent).getTarget()).getValue();
    }

    /** Returns whether the checkbox that fired {@code domEvent} is now checked. */
    public static boolean isChecked(Object domEvent) {
        return ((HTMLInputElement) ((Event) domEvent).getTarget()).isChecked();
    }

    /** Stops the browser's default action, such as a form submission reloading the page. */
    public static void preventDefault(Object domEvent) {
        ((Event) domEvent).preventDefault();
    }
}
