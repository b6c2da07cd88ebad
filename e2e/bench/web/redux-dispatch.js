// The Redux side of the dispatch throughput benchmark. It does the work of
// io.teaframe.e2e.bench.DispatchBench with Redux's own means: a reducer, three
// middlewares and one store.subscribe listener.
import { applyMiddleware, legacy_createStore as createStore } from '/node_modules/redux/dist/redux.browser.mjs';

const INITIAL_STATE = { count: 0, total: 0 };

function reducer(state = INITIAL_STATE, action) {
  if (action.type === 'add') {
    return { count: state.count + 1, total: state.total + action.amount };
  }
  return state;
}

// The amount of the action with index i, as DispatchBench.amountOf computes it.
export function amountOf(i) {
  return i % 7;
}

// One store for all rounds, as DispatchBench keeps one frame. The middlewares and the
// listener update these per-round counters.
let handled = 0;
let checksum = 0;
let lastCount = 0;
let targetCount = 0;
let end = NaN;

const countEvents = () => (next) => (action) => {
  handled++;
  return next(action);
};
const addChecksum = (store) => (next) => (action) => {
  const result = next(action);
  checksum = (checksum + store.getState().total) | 0;
  return result;
};
const validateTotal = (store) => (next) => (action) => {
  const result = next(action);
  if (store.getState().total < 0) {
    throw new Error('invariant "total never negative" failed after ' + JSON.stringify(action));
  }
  return result;
};

const store = createStore(reducer, applyMiddleware(countEvents, addChecksum, validateTotal));
store.subscribe(() => {
  // The teaframe subscription compares the count with equals; this is the same check.
  const count = store.getState().count;
  if (count !== lastCount) {
    lastCount = count;
    if (count === targetCount) {
      end = performance.now();
    }
  }
});

/**
 * Runs one round: `events` dispatches in a loop, timed until the listener observes the
 * count of the last one. Returns the same fields as the teaframe side.
 */
export function runReduxRound(events) {
  handled = 0;
  checksum = 0;
  end = NaN;
  targetCount = store.getState().count + events;

  const start = performance.now();
  for (let i = 0; i < events; i++) {
    store.dispatch({ type: 'add', amount: amountOf(i) });
  }
  const dispatchEnd = performance.now();
  const error = Number.isNaN(end) ? 'the listener never saw count ' + targetCount : null;
  return {
    dispatchMillis: dispatchEnd - start,
    totalMillis: (Number.isNaN(end) ? dispatchEnd : end) - start,
    handled,
    checksum,
    error,
  };
}
