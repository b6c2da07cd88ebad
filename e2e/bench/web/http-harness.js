// Runs the HTTP requests benchmark: the same GETs of /api/item?n=N, sent through
// teaframe's HTTP effect (HttpBench) and through plain fetch, one after another
// (sequential) or all at once (concurrent). Both sides read each body as text and parse
// it with JSON.parse, as the effect does, and sum the ids. Each measured round becomes
// a row of #rounds with data-* attributes, which HttpRequestsBenchmark reads.
// body[data-done] marks the end and body[data-error] contains the error of a failed run.
//
// Two more modes repeat both with a stubbed fetch that returns a finished Response at
// once. Such a round measures only the work on the page's thread, without the network
// and the server, so it shows what each side adds per request.
const parameters = new URLSearchParams(location.search);
const REQUESTS = Number(parameters.get('requests') ?? 1000);
const WARMUPS = Number(parameters.get('warmups') ?? 2);
const ROUNDS = Number(parameters.get('rounds') ?? 16);

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

async function fetchSequential(count) {
  let idSum = 0;
  for (let n = 0; n < count; n++) {
    idSum += await readItem(await fetch(itemUrl(n)));
  }
  return { loaded: count, idSum };
}

function fetchConcurrent(count) {
  return new Promise((resolve, reject) => {
    let loaded = 0;
    let idSum = 0;
    for (let n = 0; n < count; n++) {
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

function teaframeRound(count, concurrent) {
  return new Promise((resolve, reject) => {
    window.teaframeHttpRound(count, concurrent, (loaded, idSum, error) => {
      if (error) {
        reject(new Error('teaframe round failed: ' + error));
      } else {
        resolve({ loaded, idSum });
      }
    });
  });
}

async function timeRound(side, mode) {
  // FetchTransport calls the global fetch, so the stub replaces it for both sides.
  window.fetch = mode.stubbed ? stubbedFetch : realFetch;
  try {
    const start = performance.now();
    let result;
    if (side === 'teaframe') {
      result = await teaframeRound(REQUESTS, mode.concurrent);
    } else {
      result = mode.concurrent ? await fetchConcurrent(REQUESTS) : await fetchSequential(REQUESTS);
    }
    return { millis: performance.now() - start, loaded: result.loaded, idSum: result.idSum };
  } finally {
    window.fetch = realFetch;
  }
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
  for (const [name, value] of [['requests', REQUESTS], ['warmups', WARMUPS], ['rounds', ROUNDS]]) {
    if (!(Number.isInteger(value) && value > 0)) {
      throw new Error(name + ' must be a positive integer, got ' + parameters.get(name));
    }
  }
  if (typeof window.teaframeHttpRound !== 'function') {
    throw new Error('http-bench.js did not define teaframeHttpRound');
  }
  for (let round = 1; round <= WARMUPS + ROUNDS; round++) {
    const measured = round > WARMUPS;
    for (const mode of MODES) {
      // Alternate which side goes first, so neither always runs right after the other.
      const order = round % 2 === 0 ? ['teaframe', 'fetch'] : ['fetch', 'teaframe'];
      for (const side of order) {
        const result = await timeRound(side, mode);
        if (measured) {
          addRow(side, mode.name, round - WARMUPS, result);
        }
        await pause();
      }
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
