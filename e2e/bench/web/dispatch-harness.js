// Runs the dispatch throughput benchmark: warm-up rounds, then measured rounds, teaframe
// and Redux alternately. Warm-up rounds have the numbers 1 - warmups up to 0. Each round becomes a row of #rounds with data-* attributes,
// which DispatchThroughputBenchmark reads. The attribute body[data-done] marks the end,
// and body[data-error] holds the error if the run failed.
import { runReduxRound } from './redux-dispatch.js';

const parameters = new URLSearchParams(location.search);
const EVENTS = Number(parameters.get('events') ?? 100000);
const WARMUPS = Number(parameters.get('warmups') ?? 5);
const ROUNDS = Number(parameters.get('rounds') ?? 10);

function runTeaframeRound(events) {
  return new Promise((resolve) => {
    window.teaframeDispatchRound(events, (dispatchMillis, totalMillis, handled, checksum, error) =>
      resolve({ dispatchMillis, totalMillis, handled, checksum, error }));
  });
}

// Lets the browser finish pending tasks (and collect garbage if it wants) between rounds.
function pause() {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

function addRow(library, round, result) {
  const row = document.createElement('tr');
  row.dataset.library = library;
  row.dataset.round = String(round);
  row.dataset.events = String(EVENTS);
  row.dataset.dispatchMillis = String(result.dispatchMillis);
  row.dataset.totalMillis = String(result.totalMillis);
  row.dataset.handled = String(result.handled);
  row.dataset.checksum = String(result.checksum);
  if (result.error) {
    row.dataset.error = result.error;
  }
  const cells = [library, round <= 0 ? 'warm-up' : String(round), EVENTS,
    result.dispatchMillis.toFixed(1), result.totalMillis.toFixed(1), result.handled, result.checksum];
  for (const value of cells) {
    const cell = document.createElement('td');
    cell.textContent = String(value);
    row.appendChild(cell);
  }
  document.querySelector('#rounds tbody').appendChild(row);
}

async function runAll() {
  if (!(Number.isInteger(EVENTS) && EVENTS > 0 && Number.isInteger(ROUNDS) && ROUNDS > 0
    && Number.isInteger(WARMUPS) && WARMUPS > 0)) {
    throw new Error('events, warmups and rounds must be positive integers, got events=' + parameters.get('events')
      + ' warmups=' + parameters.get('warmups') + ' rounds=' + parameters.get('rounds'));
  }
  if (typeof window.teaframeDispatchRound !== 'function') {
    throw new Error('dispatch-bench.js did not define teaframeDispatchRound');
  }
  for (let round = 1 - WARMUPS; round <= ROUNDS; round++) {
    addRow('teaframe', round, await runTeaframeRound(EVENTS));
    await pause();
    addRow('redux', round, runReduxRound(EVENTS));
    await pause();
  }
}

runAll().then(
  () => {
    document.getElementById('status').textContent = 'Done.';
  },
  (error) => {
    document.body.dataset.error = String(error && error.stack ? error.stack : error);
    document.getElementById('status').textContent = 'Failed: ' + error;
  },
).finally(() => {
  document.body.dataset.done = 'true';
});
