// Builds DOM nodes from plain data. Text goes in as text nodes, never as HTML, so
// nothing a profile or a locale file says can become markup.

/** h('p', {class: 'x', dataset: {action: 'next'}}, 'text', child) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces the children of `parent` with `children`. */
export function fill(parent, ...children) {
  parent.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element: svg('rect', {x: 1, y: 1, width: 8, height: 8}, child) */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children.flat().filter(Boolean));
  return element;
}
