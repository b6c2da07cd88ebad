package io.teaframe.flow;

/**
 * The cause of a {@link Sequence}'s failure, as its failure factory receives it.
 *
 * @param sequenceId the sequence
 * @param step the index of the step that failed, from 0
 * @param event the failure event that ended it, or null when something threw
 * @param cause what the step's effect or its effect function threw, or null when a
 *     failure event ended it
 */
public record StepFailure(String sequenceId, int step, Object event, Throwable cause) {
}
