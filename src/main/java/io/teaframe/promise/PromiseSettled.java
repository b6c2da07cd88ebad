package io.teaframe.promise;

/**
 * The internal event that carries a settlement to its run. Its handler drops it when the
 * run was cancelled after the source settled, so a cancel handled first always wins.
 */
final class PromiseSettled {

    final PromiseRun run;
    final Object value;
    /** The rejection, or null when the source resolved. */
    final PromiseRejection rejection;

    PromiseSettled(PromiseRun run, Object value, PromiseRejection rejection) {
        this.run = run;
        this.value = value;
        this.rejection = rejection;
    }

    @Override
    public String toString() {
        return "PromiseSettled[" + run.effect + " -> " + (rejection == null ? "resolved" : "rejected") + "]";
    }
}
