// <network-view>: the partner–service network drawn with Cytoscape.js and laid out with fCoSE.
// The server sends the graph as a JSON string property `graph` ({layout: 'fcose'|'preset', nodes: [{id, label,
// kind, color, size, x?, y?}], edges: [{id, source, target}]}: a large graph comes with positions computed on
// the server); clicking a node fires `node-select` ({detail: {id}}), clicking the
// background fires it with id null. `selected` highlights a node's neighbourhood, `path` (a JSON array of
// node ids) a shortest path. Cytoscape is created when the element is attached and destroyed when it is
// detached; attaching again draws the last graph again.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

if (!cytoscape.__partnershipWorkshopFcose) {
  cytoscape.use(fcose);
  cytoscape.__partnershipWorkshopFcose = true;
}

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 11,
      color: '#1b2733',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node[kind = "service"]',
    style: { shape: 'round-rectangle', 'font-style': 'italic', color: '#4a5866', 'border-color': '#7b8a99' },
  },
  { selector: 'edge', style: { width: 1, 'line-color': '#b7c3cf', 'curve-style': 'haystack', opacity: 0.8 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'node.neighbour', style: { 'border-width': 2, 'border-color': '#1f5fa8' } },
  { selector: 'node.chosen', style: { 'border-width': 4, 'border-color': '#1f5fa8', 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'edge.neighbour', style: { 'line-color': '#1f5fa8', width: 2, opacity: 1 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#c2410c', 'z-index': 10 } },
  { selector: 'edge.on-path', style: { 'line-color': '#c2410c', width: 4, opacity: 1, 'curve-style': 'straight' } },
];

class NetworkView extends HTMLElement {
  constructor() {
    super();
    this._graph = null;
    this._selected = null;
    this._path = [];
    this._cy = null;
  }

  set graph(value) {
    this._graph = typeof value === 'string' && value !== '' ? JSON.parse(value) : value || null;
    this._draw();
  }

  get graph() {
    return this._graph;
  }

  set selected(id) {
    this._selected = id || null;
    this._highlight();
  }

  get selected() {
    return this._selected;
  }

  set path(value) {
    this._path = typeof value === 'string' && value !== '' ? JSON.parse(value) : value || [];
    this._highlight();
  }

  get path() {
    return this._path;
  }

  connectedCallback() {
    // Properties the server set before this element was defined sit on the instance; route them through the setters.
    for (const name of ['graph', 'selected', 'path']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._container) {
      this._container = document.createElement('div');
      this._container.className = 'network-view-canvas';
      this._container.style.cssText = 'position:absolute;inset:0;';
      this.appendChild(this._container);
    }
    if (getComputedStyle(this).position === 'static') {
      this.style.position = 'relative';
    }
    // Guard double init: connecting twice (e.g. the element moved) keeps the one instance.
    if (!this._cy) {
      this._cy = cytoscape({
        container: this._container,
        style: STYLE,
        minZoom: 0.05,
        maxZoom: 4,
        boxSelectionEnabled: false,
        autoungrabify: false,
      });
      this._cy.on('tap', 'node', (event) => this._choose(event.target.id()));
      // The element may get its size after it is attached (layout, a tab shown again): follow it.
      this._resizes = new ResizeObserver(() => this._resized());
      this._resizes.observe(this);
      // Until the user zooms or pans, the drawing is kept fitted to the element.
      const moved = () => {
        this._viewMoved = true;
      };
      this._container.addEventListener('wheel', moved, { passive: true });
      this._container.addEventListener('pointerdown', moved);
      this._cy.on('tap', (event) => {
        if (event.target === this._cy) {
          this._choose(null);
        }
      });
      this._draw();
    }
  }

  disconnectedCallback() {
    if (this._resizes) {
      this._resizes.disconnect();
      this._resizes = null;
    }
    if (this._cy) {
      this._cy.destroy();
      this._cy = null;
    }
    this.removeAttribute('data-ready');
  }

  /** How many nodes are drawn (for tests and for the view's own checks). */
  nodeCount() {
    return this._cy ? this._cy.nodes().length : 0;
  }

  /** Where a node is drawn, in CSS pixels relative to the element (for tests that click it). */
  nodePosition(id) {
    const node = this._cy ? this._cy.getElementById(id) : null;
    return node && node.nonempty() ? node.renderedPosition() : null;
  }

  /** Zooms to fit the whole graph. */
  fit() {
    if (this._cy) {
      this._cy.fit(undefined, 30);
    }
  }

  _resized() {
    const cy = this._cy;
    if (!cy || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    cy.resize();
    if (this._drawnWithoutSize) {
      this._drawnWithoutSize = false;
      this._draw();
    } else if (!this._viewMoved) {
      cy.fit(undefined, 30);
      this._limitZoom();
    }
  }

  /** A small graph fitted to a large element would be drawn huge; keep it at a readable size. */
  _limitZoom() {
    const cy = this._cy;
    if (cy && cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center();
    }
  }

  _choose(id) {
    this._selected = id;
    this._path = [];
    this._highlight();
    this.dispatchEvent(new CustomEvent('node-select', { detail: { id }, bubbles: true, composed: true }));
  }

  _draw() {
    const cy = this._cy;
    if (!cy) {
      return;
    }
    this.removeAttribute('data-ready');
    this._viewMoved = false;
    cy.elements().remove();
    if (!this._graph) {
      return;
    }
    const elements = [];
    for (const n of this._graph.nodes || []) {
      const position = n.x === undefined ? undefined : { x: n.x, y: n.y };
      elements.push({ group: 'nodes', data: n, position });
    }
    for (const e of this._graph.edges || []) {
      elements.push({ group: 'edges', data: e });
    }
    cy.add(elements);
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      // Laid out without a size the drawing would not fit; lay out once the element is shown.
      this._drawnWithoutSize = true;
      return;
    }
    // Large drawings come with positions from the server; laying them out here would take too long.
    const preset = this._graph.layout === 'preset';
    const layout = preset ? cy.layout({ name: 'preset', fit: true, padding: 30 }) : cy.layout({
      name: cy.nodes().length > 1 ? 'fcose' : 'grid',
      quality: 'default',
      randomize: true,
      animate: false,
      fit: true,
      padding: 30,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 70,
      nodeDimensionsIncludeLabels: false,
      nodeSeparation: 60,
      packComponents: true,
    });
    layout.one('layoutstop', () => {
      this._limitZoom();
      this._highlight();
      this.setAttribute('data-ready', '');
      this.dispatchEvent(new CustomEvent('network-ready', { detail: { nodes: cy.nodes().length } }));
    });
    layout.run();
  }

  _highlight() {
    const cy = this._cy;
    if (!cy) {
      return;
    }
    cy.batch(() => {
      cy.elements().removeClass('faded neighbour chosen on-path');
      if (this._path && this._path.length > 0) {
        const nodes = cy.collection();
        this._path.forEach((id) => nodes.merge(cy.getElementById(id)));
        const edges = nodes.edgesWith(nodes);
        cy.elements().not(nodes).not(edges).addClass('faded');
        nodes.addClass('on-path');
        edges.addClass('on-path');
        return;
      }
      const chosen = this._selected ? cy.getElementById(this._selected) : null;
      if (chosen && chosen.nonempty()) {
        // A service with its partners; a partner with its services and their partners (its co-partners).
        let around = chosen.closedNeighborhood();
        if (chosen.data('kind') === 'partner') {
          around = around.closedNeighborhood();
        }
        cy.elements().not(around).addClass('faded');
        around.addClass('neighbour');
        chosen.removeClass('neighbour').addClass('chosen');
      }
    });
  }
}

if (!customElements.get('network-view')) {
  customElements.define('network-view', NetworkView);
}
