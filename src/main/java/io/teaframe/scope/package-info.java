/**
 * Scopes: named groups of asynchronous work that are cancelled together.
 *
 * <h2>The problem</h2>
 * Work that outlives an event belongs to something: a timer to the view that shows a
 * clock, a request to the flow that needs its response. When the owner goes away (the
 * view unmounts, the flow is cancelled or times out) its work must stop too, or it
 * dispatches events nobody expects and keeps memory alive. The modules that start
 * such work (timers, flows, later HTTP) do not know each other, so they need one
 * neutral place to meet.
 *
 * <h2>The mechanism</h2>
 * {@link io.teaframe.scope.Scopes} keeps, per scope id, the {@link
 * io.teaframe.port.Cancellable} handles of the work started in that scope.
 * <ul>
 *   <li>A module that starts work in a scope calls {@code add(scopeId, handle)} and
 *       keeps the returned registration. When the work ends by itself (a timeout fired,
 *       a response arrived) it cancels the registration, which removes the entry
 *       without cancelling the work.</li>
 *   <li>{@code cancel(scopeId)} cancels every handle still registered in the scope, in
 *       the order they were added, and forgets the scope. Work registered later under
 *       the same id starts a new scope.</li>
 *   <li>A scope id is any string. Flows use their flow id; a view component gets a
 *       fresh id from {@code RenderContext.scope()}, which its unmount cancels. The
 *       effects that start work take the scope id as an optional field.</li>
 * </ul>
 *
 * <p>The {@link io.teaframe.scope.CancelScope} effect cancels a scope from a handler.
 * {@link io.teaframe.scope.Scopes#size()} counts the registered handles, so a test can
 * check that nothing is left behind.
 */
package io.teaframe.scope;
