// Row labels as a function of the row id. RowsBench.labelOf in Java uses the same word
// lists and formula, so the harness can check the labels of all three implementations.
const ADJECTIVES = ['quiet', 'rapid', 'gentle', 'brave', 'clever', 'dusty', 'eager',
  'fancy', 'humble', 'lucky', 'proud', 'sleepy'];
const COLOURS = ['amber', 'cobalt', 'coral', 'indigo', 'ivory', 'jade', 'olive',
  'plum', 'rust', 'teal'];
const NOUNS = ['anchor', 'bridge', 'candle', 'garden', 'harbour', 'lantern', 'meadow',
  'pebble', 'river', 'tower', 'window'];

export function labelOf(id) {
  return ADJECTIVES[id % ADJECTIVES.length] + ' ' + COLOURS[(id * 7) % COLOURS.length] + ' '
    + NOUNS[(id * 13) % NOUNS.length];
}

// The toolbar of every implementation: data-action value and button text.
export const ACTIONS = [
  ['run', 'Create 1,000 rows'],
  ['runlots', 'Create 10,000 rows'],
  ['add', 'Append 1,000 rows'],
  ['update', 'Update every 10th row'],
  ['clear', 'Clear'],
  ['swaprows', 'Swap rows'],
];
