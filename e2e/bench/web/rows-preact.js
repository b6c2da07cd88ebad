// The Preact side of the row operations benchmark, written with h() calls. The state is
// a plain object {rows, selected, nextId} that each operation replaces. After each
// operation, update() renders the whole tree with Preact's top-level render(), which
// diffs and writes the DOM before it returns, and then calls rendered('preact'). Each
// row is a keyed Row component whose shouldComponentUpdate skips the row when its props
// (id, label, selected) are equal to the last ones, so a change renders only the rows it
// touches.
import { h, render, Component } from '/node_modules/preact/dist/preact.mjs';
import { ACTIONS, labelOf } from './rows-labels.js';

export function mountPreact(container, rendered) {
  let state = { rows: [], selected: 0, nextId: 1 };

  function newRows(count) {
    const rows = [];
    for (let i = 0; i < count; i++) {
      const id = state.nextId + i;
      rows.push({ id, label: labelOf(id) });
    }
    return rows;
  }

  const operations = {
    run() {
      const rows = newRows(1000);
      return { rows, selected: 0, nextId: state.nextId + 1000 };
    },
    runlots() {
      const rows = newRows(10000);
      return { rows, selected: 0, nextId: state.nextId + 10000 };
    },
    add() {
      return { ...state, rows: state.rows.concat(newRows(1000)), nextId: state.nextId + 1000 };
    },
    update() {
      const rows = state.rows.slice();
      for (let i = 0; i < rows.length; i += 10) {
        rows[i] = { id: rows[i].id, label: rows[i].label + ' !!!' };
      }
      return { ...state, rows };
    },
    clear() {
      return { rows: [], selected: 0, nextId: state.nextId };
    },
    swaprows() {
      if (state.rows.length < 999) {
        return state;
      }
      const rows = state.rows.slice();
      const second = rows[1];
      rows[1] = rows[998];
      rows[998] = second;
      return { ...state, rows };
    },
  };

  function apply(next) {
    state = next;
    update();
    rendered('preact');
  }

  function select(id) {
    apply({ ...state, selected: id });
  }

  function remove(id) {
    apply({ ...state, rows: state.rows.filter((row) => row.id !== id) });
  }

  class Row extends Component {
    shouldComponentUpdate(next) {
      const props = this.props;
      return next.id !== props.id || next.label !== props.label || next.selected !== props.selected;
    }

    render({ id, label, selected }) {
      return h('tr', { class: selected ? 'danger' : undefined },
        h('td', { class: 'col-md-1' }, String(id)),
        h('td', { class: 'col-md-4' },
          h('a', { class: 'lbl', onClick: () => select(id) }, label)),
        h('td', { class: 'col-md-1' },
          h('a', { class: 'remove', onClick: () => remove(id) },
            h('span', { class: 'remove-icon', 'aria-hidden': 'true' }))),
        h('td', { class: 'col-md-6' }));
    }
  }

  function view() {
    return h('div', { class: 'bench' },
      h('div', { class: 'toolbar' },
        ACTIONS.map(([action, text]) => h('button', {
          type: 'button',
          'data-action': action,
          onClick: () => apply(operations[action]()),
        }, text))),
      h('table', { class: 'table' },
        h('tbody', null, state.rows.map((row) => h(Row, {
          key: row.id, id: row.id, label: row.label, selected: row.id === state.selected,
        })))));
  }

  function update() {
    render(view(), container);
  }

  update();
}
