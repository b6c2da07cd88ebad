// Runs the socket throughput benchmark: teaframe (socket-bench.js) and a raw WebSocket
// loop each hold one socket to the test server. For each round the page requests N
// frames {"type":"tick","n":i} for one side through GET /ws-control/burst, and that side
// reports the time from the first frame's arrival until its state counted the last one.
// One warm-up round per side, then the sides alternate. Each round becomes a row of
// #rounds with data-* attributes, which SocketThroughputBenchmark reads. The attribute
// body[data-done] marks the end, and body[data-error] holds the error if the run failed.
const parameters = new URLSearchParams(location.search);
const MESSAGES = Number(parameters.get('messages') ?? 50000);
const ROUNDS = Number(parameters.get('rounds') ?? 5);
const TEAFRAME_TAG = 'bench-teaframe';
const RAW_TAG = 'bench-raw';

function socketUrl(tag) {
  return 'ws://' + location.host + '/ws-test?raw=true&tag=' + tag;
}

async function burst(tag, count) {
  const response = await fetch('/ws-control/burst?tag=' + tag + '&count=' + count);
  if (!response.ok) {
    throw new Error('burst for ' + tag + ' failed with HTTP ' + response.status + ': ' + await response.text());
  }
}

// The raw side: JSON.parse and a plain state update per frame, nothing else.
let rawState = { count: 0, checksum: 0 };
let rawRound = null;

function openRawSocket() {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrl(RAW_TAG));
    socket.onopen = () => resolve(socket);
    socket.onerror = () => reject(new Error('the raw socket failed to open'));
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'tick') {
        if (rawRound.firstArrival < 0) {
          rawRound.firstArrival = performance.now();
        }
        rawState = { count: rawState.count + 1, checksum: (rawState.checksum + message.n) | 0 };
        if (rawState.count === rawRound.target) {
          rawRound.finish(performance.now());
        }
      }
    };
  });
}

function runRawRound(messages) {
  return new Promise((resolve, reject) => {
    const start = rawState;
    rawRound = {
      target: rawState.count + messages,
      firstArrival: -1,
      finish: (end) => resolve({
        totalMillis: end - rawRound.firstArrival,
        handled: rawState.count - start.count,
        checksum: (rawState.checksum - start.checksum) | 0,
        error: null,
      }),
    };
    burst(RAW_TAG, messages).catch(reject);
  });
}

function runTeaframeRound(messages) {
  return new Promise((resolve, reject) => {
    window.teaframeSocketRound(messages, (totalMillis, handled, checksum, error) =>
      resolve({ totalMillis, handled, checksum, error }));
    burst(TEAFRAME_TAG, messages).catch(reject);
  });
}

function openTeaframeSocket() {
  return new Promise((resolve) => window.teaframeSocketStart(socketUrl(TEAFRAME_TAG), resolve));
}

// Lets the browser finish pending tasks (and collect garbage if it wants) between rounds.
function pause() {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

function addRow(side, round, result) {
  const row = document.createElement('tr');
  row.dataset.side = side;
  row.dataset.round = String(round);
  row.dataset.messages = String(MESSAGES);
  row.dataset.totalMillis = String(result.totalMillis);
  row.dataset.handled = String(result.handled);
  row.dataset.checksum = String(result.checksum);
  if (result.error) {
    row.dataset.error = result.error;
  }
  const cells = [side, round === 0 ? 'warm-up' : String(round), MESSAGES, result.totalMillis.toFixed(1),
    result.handled, result.checksum];
  for (const value of cells) {
    const cell = document.createElement('td');
    cell.textContent = String(value);
    row.appendChild(cell);
  }
  document.querySelector('#rounds tbody').appendChild(row);
}

async function runAll() {
  if (!(Number.isInteger(MESSAGES) && MESSAGES > 0 && Number.isInteger(ROUNDS) && ROUNDS > 0)) {
    throw new Error('messages and rounds must be positive integers, got messages=' + parameters.get('messages')
      + ' rounds=' + parameters.get('rounds'));
  }
  if (typeof window.teaframeSocketRound !== 'function') {
    throw new Error('socket-bench.js did not define teaframeSocketRound');
  }
  await openTeaframeSocket();
  await openRawSocket();
  for (let round = 0; round <= ROUNDS; round++) {
    addRow('teaframe', round, await runTeaframeRound(MESSAGES));
    await pause();
    addRow('raw', round, await runRawRound(MESSAGES));
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
