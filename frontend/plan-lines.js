// <plan-lines>: many lines of a work plan drawn from a tree of plain data (decisions 0181, 0183). Every text goes
// in as a text node and every attribute through setAttribute from a short list, so nothing a person typed is ever
// read as markup; a plan of 2,000 rows is one property instead of tens of thousands of components.
const TAGS = new Set(['div', 'span', 'button']);
const DATA = /^[a-z][a-z-]*$/;

function build(node, templates) {
  if (node.use && templates[node.use]) {
    // A repeated piece: copied from the one built once, its empty data attributes filled with this place's value.
    const copy = templates[node.use].cloneNode(true);
    for (const element of [copy, ...copy.querySelectorAll('*')]) {
      for (const attribute of [...element.attributes]) {
        if (attribute.name.startsWith('data-') && attribute.value === '') {
          attribute.value = node.value;
        }
      }
    }
    return copy;
  }
  const element = document.createElement(TAGS.has(node.tag) ? node.tag : 'span');
  if (node.id) {
    element.id = node.id;
  }
  if (node.classes && node.classes.length) {
    element.className = node.classes.join(' ');
  }
  if (node.title) {
    element.title = node.title;
  }
  if (node.label) {
    element.setAttribute('aria-label', node.label);
  }
  if (element.tagName === 'BUTTON') {
    element.type = 'button';
  }
  for (const [name, value] of Object.entries(node.data || {})) {
    if (DATA.test(name)) {
      element.setAttribute('data-' + name, value);
    }
  }
  if (node.text != null) {
    element.appendChild(document.createTextNode(node.text));
  }
  for (const child of node.children || []) {
    element.appendChild(build(child, templates));
  }
  return element;
}

class PlanLines extends HTMLElement {
  connectedCallback() {
    // A value set before this element was defined sits on the instance; take it through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'tree')) {
      const value = this.tree;
      delete this.tree;
      this.tree = value;
    }
  }

  set tree(value) {
    this._tree = value;
    const templates = {};
    for (const [name, node] of Object.entries((value && value.templates) || {})) {
      templates[name] = build(node, {});
    }
    const fragment = document.createDocumentFragment();
    for (const node of (value && value.children) || []) {
      fragment.appendChild(build(node, templates));
    }
    this.replaceChildren(fragment);
  }

  get tree() {
    return this._tree;
  }
}

if (!customElements.get('plan-lines')) {
  customElements.define('plan-lines', PlanLines);
}
