// Runs the HTTP requests benchmark: the same GETs of /api/item?n=N, sent through
// teaframe's HTTP effect (HttpBench) and through plain fetch, one after another
// (sequential) or all at once (concurrent). Both sides read each body as text and parse
// it with JSON.parse, as the effect does, and sum the ids. Each measured round becomes
// a row of #rounds with data-* attributes, which HttpRequestsBenchmark reads.
// body[data-done] marks the end and body[data-error] contains the error of a failed run.
//
// A sequential round sends each side's GETs in blocks of BLOCK, the two sides' blocks
// taking turns, and adds up each side's blocks. So both sides meet the same changes in
// the load of the machine, which on a shared machine move a whole round by more than the
// difference between the sides. A concurrent round sends all GETs of one side at once.
//
// Two more modes repeat both with a stubbed fetch that returns a finished Response at
// once. Such a round measures only the work on the page's thread, without the network
// and the server, so it shows what each side adds per request.
const parameters = new URLSearchParams(location.search);
const REQUESTS = Number(parameters.get('requests') ?? 1000);
const WARMUPS = Number(parameters.get('warmups') ?? 2);
const ROUNDS = Number(parameters.get('rounds') ?? 16);
const BLOCK = Number(parameters.get('block') ?? 100);

const MODES = [
  { name: 'sequential', concurrent: false, stubbed: false },
  { name: 'concurrent', concurrent: true, stubbed: false },
  { name: 'sequential-stubbed', concurrent: false, stubbed: true },
  { name: 'concurrent-stubbed', concurrent: true, stubbed: true },
];

const realFetch = window.fetch;

// The headers of the server's /api/item responses.
const STUB_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' };

// Returns a resolved promise of the response that the server sends for /api/item?n=N.
function stubbedFetch(url) {
  const n = url.slice(url.indexOf('n=') + 2);
  return Promise.resolve(new Response('{"id":' + n + ',"name":"item ' + n + '"}',
    { status: 200, headers: STUB_HEADERS }));
}

function itemUrl(n) {
  return '/api/item?n=' + n;
}

async function readItem(response) {
  if (!response.ok) {
    throw new Error('GET ' + response.url + ' answered ' + response.status);
  }
  return JSON.parse(await response.text()).id;
}

async function fetchSequential(first, count) {
  let idSum = 0;
  for (let n = first; n < first + count; n++) {
    idSum += await readItem(await fetch(itemUrl(n)));
  }
  return { loaded: count, idSum };
}

function fetchConcurrent(first, count) {
  return new Promise((resolve, reject) => {
    let loaded = 0;
    let idSum = 0;
    for (let n = first; n < first + count; n++) {
      fetch(itemUrl(n)).then(readItem).then((id) => {
        idSum += id;
        loaded++;
        if (loaded === count) {
          resolve({ loaded, idSum });
        }
      }, reject);
    }
  });
}

function teaframeRound(first, count, concurrent) {
  return new Promise((resolve, reject) => {
    window.teaframeHttpRound(count, concurrent, first, (loaded, idSum, error) => {
      if (error) {
        reject(new Error('teaframe round failed: ' + error));
      } else {
        resolve({ loaded, idSum });
      }
    });
  });
}

// Times the GETs of items first to first + count - 1 on one side.
async function timeRequests(side, mode, first, count) {
  // FetchTransport calls the global fetch, so the stub replaces it for both sides.
  window.fetch = mode.stubbed ? stubbedFetch : realFetch;
  try {
    const start = performance.now();
    let result;
    if (side === 'teaframe') {
      result = await teaframeRound(first, count, mode.concurrent);
    } else if (mode.concurrent) {
      result = await fetchConcurrent(first, count);
    } else {
      result = await fetchSequential(first, count);
    }
    return { millis: performance.now() - start, loaded: result.loaded, idSum: result.idSum };
  } finally {
    window.fetch = realFetch;
  }
}

// Runs one round of a mode and returns each side's time and results. firstSide goes
// first, and in a sequential round the sides take turns after each block.
async function timeRound(mode, firstSide) {
  const secondSide = firstSide === 'teaframe' ? 'fetch' : 'teaframe';
  const totals = {
    teaframe: { millis: 0, loaded: 0, idSum: 0 },
    fetch: { millis: 0, loaded: 0, idSum: 0 },
  };
  const blockSize = mode.concurrent ? REQUESTS : BLOCK;
  for (let first = 0, block = 0; first < REQUESTS; first += blockSize, block++) {
    const order = block % 2 === 0 ? [firstSide, secondSide] : [secondSide, firstSide];
    for (const side of order) {
      const result = await timeRequests(side, mode, first, blockSize);
      totals[side].millis += result.millis;
      totals[side].loaded += result.loaded;
      totals[side].idSum += result.idSum;
      if (mode.concurrent) {
        await pause();
      }
    }
  }
  return totals;
}

// Lets the connections and the garbage collector settle between rounds.
function pause() {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

function addRow(side, mode, round, result) {
  const row = document.createElement('tr');
  row.dataset.side = side;
  row.dataset.mode = mode;
  row.dataset.round = String(round);
  row.dataset.millis = String(result.millis);
  row.dataset.loaded = String(result.loaded);
  row.dataset.idSum = String(result.idSum);
  for (const value of [side, mode, String(round), result.millis.toFixed(2), result.loaded, result.idSum]) {
    const cell = document.createElement('td');
    cell.textContent = String(value);
    row.appendChild(cell);
  }
  document.querySelector('#rounds tbody').appendChild(row);
}

async function runAll() {
  for (const [name, value] of [['requests', REQUESTS], ['warmups', WARMUPS], ['rounds', ROUNDS], ['block', BLOCK]]) {
    if (!(Number.isInteger(value) && value > 0)) {
      throw new Error(name + ' must be a positive integer, got ' + parameters.get(name));
    }
  }
  if (typeof window.teaframeHttpRound !== 'function') {
    throw new Error('http-bench.js did not define teaframeHttpRound');
  }
  if (!(REQUESTS % BLOCK === 0)) {
    throw new Error('requests (' + REQUESTS + ') must be a multiple of block (' + BLOCK + ')');
  }
  for (let round = 1; round <= WARMUPS + ROUNDS; round++) {
    const measured = round > WARMUPS;
    for (const mode of MODES) {
      // Alternate which side goes first, so neither always runs right after the other.
      const totals = await timeRound(mode, round % 2 === 0 ? 'teaframe' : 'fetch');
      if (measured) {
        addRow('teaframe', mode.name, round - WARMUPS, totals.teaframe);
        addRow('fetch', mode.name, round - WARMUPS, totals.fetch);
      }
      await pause();
    }
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
