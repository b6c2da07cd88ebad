// Runs the row operations benchmark on rows.html. For each operation, it runs warm-up
// rounds and then measured rounds. Each round runs the three implementations one after
// the other, in an order that rotates from round to round.
//
// One measurement first empties all three tables, brings the implementation to the
// operation's starting state (the set-up actions), forces a layout and waits for a frame
// to be painted.
// The timed part starts before the click on the operation's button or link and gives two
// times. The layout time ends when the implementation has reported its DOM update
// (window.benchRendered) and a read of document.body.offsetHeight has forced style and
// layout. The paint time ends when the next frame has been produced: a
// requestAnimationFrame callback posts a MessageChannel message, and the time is taken
// when that message arrives, which is after the frame's style, layout and paint. After
// each measurement the page checks the DOM: row count, ids and labels of sample rows,
// and the selected class.
//
// Each measurement becomes an entry of window.rowsBenchResults, with the paint time in
// millis and the layout time in layoutMillis, which RowOperationsBenchmark reads.
// body[data-done] marks the end, and body[data-error] contains the error if the run failed.
import { labelOf } from './rows-labels.js';
import { mountVanilla } from './rows-vanilla.js';
import { mountPreact } from './rows-preact.js';

const parameters = new URLSearchParams(location.search);
const WARMUPS = Number(parameters.get('warmups') ?? 2);
const RUNS = Number(parameters.get('runs') ?? 7);
const RENDER_TIMEOUT_MS = 10000;

const results = [];
window.rowsBenchResults = results;

// The implementation waiting for its next render, with the promise callbacks.
let pending = null;
const unexpectedRenders = [];

window.benchRendered = (implementation) => {
  if (pending === null || pending.implementation !== implementation) {
    unexpectedRenders.push(implementation);
    return;
  }
  const current = pending;
  pending = null;
  clearTimeout(current.timer);
  current.resolve();
};

window.benchError = (implementation, message) => {
  const error = new Error(implementation + ' reported an error: ' + message);
  if (pending !== null) {
    const current = pending;
    pending = null;
    clearTimeout(current.timer);
    current.reject(error);
  } else {
    document.body.dataset.error = String(error);
  }
};

function waitForRender(implementation, action) {
  if (pending !== null) {
    throw new Error('a render of ' + pending.implementation + ' is still pending');
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      pending = null;
      reject(new Error(implementation + ' did not render within ' + RENDER_TIMEOUT_MS + ' ms after ' + action));
    }, RENDER_TIMEOUT_MS);
    pending = { implementation, resolve, reject, timer };
  });
}

function tbodyOf(implementation) {
  const tbody = document.querySelector('#' + implementation + ' tbody');
  if (!tbody) {
    throw new Error(implementation + ' has no tbody in #' + implementation);
  }
  return tbody;
}

// Returns the element that the action clicks: a toolbar button, or a link in a row.
function targetOf(implementation, action) {
  let target;
  if (action === 'select') {
    target = tbodyOf(implementation).children[1]?.querySelector('a.lbl');
  } else if (action === 'remove') {
    target = tbodyOf(implementation).children[3]?.querySelector('a.remove');
  } else {
    target = document.querySelector('#' + implementation + ' button[data-action="' + action + '"]');
  }
  if (!target) {
    throw new Error(implementation + ': nothing to click for ' + action);
  }
  return target;
}

async function perform(implementation, action) {
  const rendered = waitForRender(implementation, action);
  targetOf(implementation, action).click();
  await rendered;
}

// Returns the times in ms from the click to the forced layout and to the next paint.
async function timed(implementation, action) {
  const target = targetOf(implementation, action);
  const rendered = waitForRender(implementation, action);
  const start = performance.now();
  target.click();
  await rendered;
  // Reading a layout property makes the browser recalculate styles and lay out now.
  document.body.offsetHeight;
  const layoutMillis = performance.now() - start;
  const paintedAt = await nextPaint();
  return { layoutMillis, paintMillis: paintedAt - start };
}

const paintChannel = new MessageChannel();

// Resolves with performance.now() taken after the browser has produced the next frame.
// requestAnimationFrame callbacks run before the frame's style, layout and paint, so the
// callback posts a message, and the message arrives in a task after the frame.
function nextPaint() {
  return new Promise((resolve) => {
    paintChannel.port1.onmessage = () => resolve(performance.now());
    requestAnimationFrame(() => paintChannel.port2.postMessage(null));
  });
}

// Resolves after the browser has rendered a frame and returned to the task queue.
function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

function idsOf(implementation) {
  return Array.from(tbodyOf(implementation).children, (tr) => Number(tr.cells[0].textContent));
}

function expect(condition, implementation, operation, message) {
  if (!condition) {
    throw new Error(implementation + ', ' + operation + ': ' + message);
  }
}

// Checks row index `index`: four cells, a numeric id, and the label of that id with
// `suffix` appended.
function checkRow(implementation, operation, index, suffix) {
  const tr = tbodyOf(implementation).children[index];
  expect(tr !== undefined, implementation, operation, 'no row at index ' + index);
  expect(tr.cells.length === 4, implementation, operation, 'row ' + index + ' has ' + tr.cells.length + ' cells');
  const id = Number(tr.cells[0].textContent);
  expect(Number.isInteger(id), implementation, operation, 'row ' + index + ' has the id "' + tr.cells[0].textContent
    + '", expected an integer');
  expect(id > 0, implementation, operation, 'row ' + index + ' has the id ' + id + ', expected a positive id');
  const expected = labelOf(id) + suffix;
  const actual = tr.cells[1].textContent;
  expect(actual === expected, implementation, operation,
    'row ' + index + ' label "' + actual + '", expected "' + expected + '"');
  return id;
}

function checkCount(implementation, operation, count) {
  const actual = tbodyOf(implementation).children.length;
  expect(actual === count, implementation, operation, actual + ' rows, expected ' + count);
}

function checkSelected(implementation, operation, index) {
  const tbody = tbodyOf(implementation);
  const selected = tbody.querySelectorAll('tr.danger');
  if (index < 0) {
    expect(selected.length === 0, implementation, operation, selected.length + ' rows selected, expected none');
    return;
  }
  expect(selected.length === 1, implementation, operation, selected.length + ' rows selected, expected 1');
  expect(selected[0] === tbody.children[index], implementation, operation, 'the selected row is not row ' + index);
}

// Checks ids consecutive from `first` at indexes 0, 1 and count-1.
function checkNewRows(implementation, operation, count) {
  checkCount(implementation, operation, count);
  const first = checkRow(implementation, operation, 0, '');
  const second = checkRow(implementation, operation, 1, '');
  const last = checkRow(implementation, operation, count - 1, '');
  expect(second === first + 1, implementation, operation, 'second id ' + second + ', expected ' + (first + 1));
  expect(last === first + count - 1, implementation, operation, 'last id ' + last + ', expected ' + (first + count - 1));
  checkSelected(implementation, operation, -1);
  return first;
}

// Each operation: the actions that set up its starting state, the measured action, and
// the check of the DOM afterwards. `before` contains the row ids before the measured action.
const OPERATIONS = [
  {
    name: 'create 1,000 rows', setup: [], action: 'run',
    check(implementation) {
      checkNewRows(implementation, this.name, 1000);
    },
  },
  {
    name: 'replace all rows', setup: ['run'], action: 'run',
    check(implementation, before) {
      const first = checkNewRows(implementation, this.name, 1000);
      expect(first === before[999] + 1, implementation, this.name,
        'first id ' + first + ', expected ' + (before[999] + 1));
    },
  },
  {
    name: 'update every 10th row', setup: ['run'], action: 'update',
    check(implementation, before) {
      checkCount(implementation, this.name, 1000);
      for (const index of [0, 10, 500, 990]) {
        checkRow(implementation, this.name, index, ' !!!');
      }
      for (const index of [1, 9, 11, 999]) {
        checkRow(implementation, this.name, index, '');
      }
      const after = idsOf(implementation);
      expect(after.every((id, index) => id === before[index]), implementation, this.name, 'the row ids changed');
    },
  },
  {
    name: 'select row', setup: ['run'], action: 'select',
    check(implementation) {
      checkCount(implementation, this.name, 1000);
      checkSelected(implementation, this.name, 1);
    },
  },
  {
    name: 'swap rows', setup: ['run'], action: 'swaprows',
    check(implementation, before) {
      checkCount(implementation, this.name, 1000);
      const after = idsOf(implementation);
      expect(after[1] === before[998], implementation, this.name,
        'id at index 1 is ' + after[1] + ', expected ' + before[998]);
      expect(after[998] === before[1], implementation, this.name,
        'id at index 998 is ' + after[998] + ', expected ' + before[1]);
      expect(after.every((id, index) => index === 1 || index === 998 || id === before[index]),
        implementation, this.name, 'rows other than 1 and 998 moved');
      checkRow(implementation, this.name, 1, '');
      checkRow(implementation, this.name, 998, '');
    },
  },
  {
    name: 'remove row', setup: ['run'], action: 'remove',
    check(implementation, before) {
      checkCount(implementation, this.name, 999);
      const expected = before.slice(0, 3).concat(before.slice(4));
      const after = idsOf(implementation);
      expect(after.every((id, index) => id === expected[index]), implementation, this.name,
        'the rows are not the old rows without row 3 (id ' + before[3] + ')');
      checkRow(implementation, this.name, 3, '');
    },
  },
  {
    name: 'create 10,000 rows', setup: [], action: 'runlots',
    check(implementation) {
      checkNewRows(implementation, this.name, 10000);
    },
  },
  {
    name: 'append 1,000 rows', setup: ['run'], action: 'add',
    check(implementation, before) {
      checkCount(implementation, this.name, 2000);
      const appended = checkRow(implementation, this.name, 1000, '');
      expect(appended === before[999] + 1, implementation, this.name,
        'first appended id ' + appended + ', expected ' + (before[999] + 1));
      checkRow(implementation, this.name, 1999, '');
      expect(checkRow(implementation, this.name, 0, '') === before[0], implementation, this.name,
        'the first row changed');
    },
  },
  {
    name: 'clear rows', setup: ['run'], action: 'clear',
    check(implementation) {
      checkCount(implementation, this.name, 0);
    },
  },
];

const IMPLEMENTATIONS = ['teaframe', 'vanilla', 'preact'];

async function reset(implementation) {
  if (tbodyOf(implementation).children.length > 0) {
    await perform(implementation, 'clear');
  }
}

async function measure(implementation, operation) {
  // Every table is emptied, not only the measured one. The tables stand one below the
  // other, so rows left in another table would push the measured one out of view and
  // change what the browser has to paint.
  for (const other of IMPLEMENTATIONS) {
    await reset(other);
  }
  for (const action of operation.setup) {
    await perform(implementation, action);
  }
  const before = idsOf(implementation);
  document.body.offsetHeight;
  await afterPaint();

  const unexpectedBefore = unexpectedRenders.length;
  const times = await timed(implementation, operation.action);
  operation.check(implementation, before);
  // A render reported outside an action means the implementation rendered twice.
  expect(unexpectedRenders.length === unexpectedBefore, implementation, operation.name,
    'rendered more than once for one action');
  return times;
}

async function runAll() {
  if (!(Number.isInteger(WARMUPS) && WARMUPS >= 0 && Number.isInteger(RUNS) && RUNS > 0)) {
    throw new Error('warmups must be a non-negative and runs a positive integer, got warmups='
      + parameters.get('warmups') + ' runs=' + parameters.get('runs'));
  }
  tbodyOf('teaframe');
  mountVanilla(document.getElementById('vanilla'), window.benchRendered);
  mountPreact(document.getElementById('preact'), window.benchRendered);
  document.body.dataset.crossOriginIsolated = String(window.crossOriginIsolated === true);

  const status = document.getElementById('status');
  for (const operation of OPERATIONS) {
    for (let round = 0; round < WARMUPS + RUNS; round++) {
      status.textContent = 'Running ' + operation.name + ', round ' + (round + 1) + ' of ' + (WARMUPS + RUNS);
      for (let i = 0; i < IMPLEMENTATIONS.length; i++) {
        const implementation = IMPLEMENTATIONS[(round + i) % IMPLEMENTATIONS.length];
        const times = await measure(implementation, operation);
        results.push({
          implementation, operation: operation.name, round, warmup: round < WARMUPS,
          millis: times.paintMillis, layoutMillis: times.layoutMillis,
        });
      }
    }
    for (const implementation of IMPLEMENTATIONS) {
      await reset(implementation);
    }
  }
  if (unexpectedRenders.length > 0) {
    throw new Error('renders outside an action: ' + unexpectedRenders.join(', '));
  }
}

runAll().then(
  () => {
    document.getElementById('status').textContent = 'Done: ' + results.length + ' measurements.';
  },
  (error) => {
    document.body.dataset.error = String(error && error.stack ? error.stack : error);
    document.getElementById('status').textContent = 'Failed: ' + error;
  },
).finally(() => {
  document.body.dataset.done = 'true';
});
