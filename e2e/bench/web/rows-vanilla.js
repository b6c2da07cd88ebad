// The hand-written vanilla JavaScript side of the row operations benchmark. It keeps an
// array of row records, each with its <tr> and the text node of its label, and changes
// only the DOM nodes an operation touches: update writes ten percent of the label text
// nodes, select moves one class, swap moves two rows, remove removes one. New rows are
// clones of one prototype row. One click listener on the tbody handles the links of all
// rows. After each operation it calls rendered('vanilla').
import { ACTIONS, labelOf } from './rows-labels.js';

export function mountVanilla(container, rendered) {
  let rows = [];
  let nextId = 1;
  let selectedRow = null;

  const toolbar = document.createElement('div');
  toolbar.className = 'toolbar';
  const table = document.createElement('table');
  table.className = 'table';
  const tbody = document.createElement('tbody');
  table.appendChild(tbody);
  const root = document.createElement('div');
  root.className = 'bench';
  root.append(toolbar, table);

  const prototypeRow = createPrototypeRow();

  function createPrototypeRow() {
    const tr = document.createElement('tr');
    const idCell = document.createElement('td');
    idCell.className = 'col-md-1';
    idCell.appendChild(document.createTextNode(''));
    const labelCell = document.createElement('td');
    labelCell.className = 'col-md-4';
    const labelLink = document.createElement('a');
    labelLink.className = 'lbl';
    labelLink.appendChild(document.createTextNode(''));
    labelCell.appendChild(labelLink);
    const removeCell = document.createElement('td');
    removeCell.className = 'col-md-1';
    const removeLink = document.createElement('a');
    removeLink.className = 'remove';
    const icon = document.createElement('span');
    icon.className = 'remove-icon';
    icon.setAttribute('aria-hidden', 'true');
    removeLink.appendChild(icon);
    removeCell.appendChild(removeLink);
    const spacer = document.createElement('td');
    spacer.className = 'col-md-6';
    tr.append(idCell, labelCell, removeCell, spacer);
    return tr;
  }

  function createRow() {
    const id = nextId++;
    const label = labelOf(id);
    const tr = prototypeRow.cloneNode(true);
    const idCell = tr.firstChild;
    idCell.firstChild.data = String(id);
    const labelText = idCell.nextSibling.firstChild.firstChild;
    labelText.data = label;
    return { id, label, tr, labelText };
  }

  function appendRows(count) {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < count; i++) {
      const row = createRow();
      rows.push(row);
      fragment.appendChild(row.tr);
    }
    tbody.appendChild(fragment);
  }

  function clear() {
    tbody.textContent = '';
    rows = [];
    selectedRow = null;
  }

  const operations = {
    run() {
      clear();
      appendRows(1000);
    },
    runlots() {
      clear();
      appendRows(10000);
    },
    add() {
      appendRows(1000);
    },
    update() {
      for (let i = 0; i < rows.length; i += 10) {
        const row = rows[i];
        row.label += ' !!!';
        row.labelText.data = row.label;
      }
    },
    clear,
    swaprows() {
      if (rows.length < 999) {
        return;
      }
      const second = rows[1];
      const other = rows[998];
      const afterOther = other.tr.nextSibling;
      tbody.insertBefore(other.tr, second.tr);
      tbody.insertBefore(second.tr, afterOther);
      rows[1] = other;
      rows[998] = second;
    },
  };

  for (const [action, text] of ACTIONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    button.textContent = text;
    button.addEventListener('click', () => {
      operations[action]();
      rendered('vanilla');
    });
    toolbar.appendChild(button);
  }

  tbody.addEventListener('click', (event) => {
    const link = event.target.closest('a');
    if (!link) {
      return;
    }
    const tr = link.closest('tr');
    const index = rows.findIndex((row) => row.tr === tr);
    if (index < 0) {
      return;
    }
    if (link.classList.contains('remove')) {
      tr.remove();
      if (selectedRow === rows[index]) {
        selectedRow = null;
      }
      rows.splice(index, 1);
    } else {
      if (selectedRow) {
        selectedRow.tr.classList.remove('danger');
      }
      selectedRow = rows[index];
      tr.classList.add('danger');
    }
    rendered('vanilla');
  });

  container.appendChild(root);
}
