// Runs the JSON decoding benchmark: the same text, about 1 MB, decoded by teaframe
// (BrowserJson and a mapping into Java records, JsonDecodeBench) and parsed by
// JSON.parse alone, alternately. Each measured round becomes a row of #rounds with
// data-* attributes, which JsonDecodeBenchmark reads. body[data-done] marks the end,
// body[data-error] contains the error if the run failed, and body[data-text-length] the
// length of the text.
const parameters = new URLSearchParams(location.search);
const BYTES = Number(parameters.get('bytes') ?? 1048576);
const WARMUPS = Number(parameters.get('warmups') ?? 10);
const ROUNDS = Number(parameters.get('rounds') ?? 31);

// The same users as TestApi.largeJson of the e2e server.
function usersText(minLength) {
  const parts = [];
  let length = 10;
  for (let id = 0; length < minLength; id++) {
    const user = '{"id":' + id + ',"name":"user ' + id + '","email":"user' + id + '@example.com"'
      + ',"active":' + (id % 3 !== 0) + ',"score":' + (id % 100) + '.5'
      + ',"tags":["t' + (id % 7) + '","t' + (id % 11) + '"]}';
    parts.push(user);
    length += user.length + 1;
  }
  return '{"users":[' + parts.join(',') + ']}';
}

// The checksum of JsonDecodeBench.checksum, over the result of JSON.parse.
function checksumOf(parsed) {
  let sum = 0;
  for (const user of parsed.users) {
    sum += user.id + user.score + user.name.length + user.email.length + (user.active ? 1 : 0) + user.tags.length;
  }
  return sum;
}

let kept = null;

function timeTeaframe(text) {
  const start = performance.now();
  const users = window.teaframeDecode(text);
  return { millis: performance.now() - start, users };
}

function timeJsonParse(text) {
  const start = performance.now();
  kept = JSON.parse(text);
  return { millis: performance.now() - start, users: kept.users.length };
}

// Lets the browser finish pending tasks (and collect garbage if it wants) between rounds.
function pause() {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

function addRow(side, round, result) {
  const row = document.createElement('tr');
  row.dataset.side = side;
  row.dataset.round = String(round);
  row.dataset.millis = String(result.millis);
  row.dataset.users = String(result.users);
  for (const value of [side, String(round), result.millis.toFixed(3), result.users]) {
    const cell = document.createElement('td');
    cell.textContent = String(value);
    row.appendChild(cell);
  }
  document.querySelector('#rounds tbody').appendChild(row);
}

async function runAll() {
  for (const [name, value] of [['bytes', BYTES], ['warmups', WARMUPS], ['rounds', ROUNDS]]) {
    if (!(Number.isInteger(value) && value > 0)) {
      throw new Error(name + ' must be a positive integer, got ' + parameters.get(name));
    }
  }
  if (typeof window.teaframeDecode !== 'function') {
    throw new Error('json-decode-bench.js did not define teaframeDecode');
  }
  const text = usersText(BYTES);
  document.body.dataset.textLength = String(text.length);

  const teaframeUsers = window.teaframeDecode(text);
  const expected = checksumOf(JSON.parse(text));
  if (window.teaframeChecksum() !== expected) {
    throw new Error('teaframe checksum ' + window.teaframeChecksum() + ' differs from JSON.parse ' + expected);
  }
  document.body.dataset.checksum = String(expected);
  document.body.dataset.users = String(teaframeUsers);

  for (let round = 1; round <= WARMUPS + ROUNDS; round++) {
    const measured = round > WARMUPS;
    // Alternate which side goes first, so neither always runs right after a pause.
    const order = round % 2 === 0 ? ['teaframe', 'json-parse'] : ['json-parse', 'teaframe'];
    for (const side of order) {
      const result = side === 'teaframe' ? timeTeaframe(text) : timeJsonParse(text);
      if (measured) {
        addRow(side, round - WARMUPS, result);
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
