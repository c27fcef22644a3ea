// Draws a picture of a screen the person will meet (a Picture from Rust):
// a browser window, a phone or a Windows dialog as SVG, the rows inside as
// HTML (so Japanese and English wrap), the control to press outlined with
// an arrow. The words are Microsoft's, in the person's language, from Rust.
import { h, svg } from '../dom.js';

/** Frame sizes, and where the rows go inside. */
const FRAMES = {
  browser: { width: 250, height: 210, inside: { x: 8, y: 34, width: 234, height: 168 } },
  phone: { width: 150, height: 250, inside: { x: 12, y: 28, width: 126, height: 196 } },
  // A dialog's title sits in its dark title bar, so its rows start at the top.
  dialog: { width: 250, height: 190, inside: { x: 8, y: 3, width: 234, height: 179 } },
};

function chrome(frame, address) {
  const { width, height } = FRAMES[frame];
  switch (frame) {
    case 'browser':
      return [
        svg('rect', { x: 1, y: 1, width: width - 2, height: height - 2, rx: 8, class: 'pic-frame' }),
        svg('rect', { x: 1, y: 1, width: width - 2, height: 26, rx: 8, class: 'pic-bar' }),
        svg('circle', { cx: 12, cy: 14, r: 3.5, class: 'pic-dot' }),
        svg('circle', { cx: 23, cy: 14, r: 3.5, class: 'pic-dot' }),
        svg('rect', { x: 34, y: 6, width: width - 44, height: 16, rx: 8, class: 'pic-address' }),
        svg('text', { x: 44, y: 18, class: 'pic-address-text' }, address ?? ''),
      ];
    case 'phone':
      return [
        svg('rect', { x: 2, y: 2, width: width - 4, height: height - 4, rx: 20, class: 'pic-phone' }),
        svg('rect', { x: 10, y: 18, width: width - 20, height: height - 40, rx: 6, class: 'pic-screen' }),
        svg('rect', { x: width / 2 - 18, y: 8, width: 36, height: 5, rx: 2.5, class: 'pic-dot' }),
      ];
    default:
      return [
        svg('rect', { x: 1, y: 1, width: width - 2, height: height - 2, rx: 6, class: 'pic-frame' }),
        svg('rect', { x: 1, y: 1, width: width - 2, height: 24, rx: 6, class: 'pic-dialog-bar' }),
      ];
  }
}

function row(r) {
  const cls = `pic-row pic-${r.kind}${r.highlight ? ' pic-highlight' : ''}`;
  switch (r.kind) {
    case 'option': return h('div', { class: cls }, h('span', { class: 'pic-radio' }), h('span', {}, r.label));
    case 'toggle': return h('div', { class: cls }, h('span', {}, r.label), h('span', { class: 'pic-switch' }));
    case 'qr': return h('div', { class: cls }, r.label);
    default: return h('div', { class: cls }, r.label);
  }
}

/** The picture `p`: a wireframe of the screen with its caption. */
export function picture(p) {
  const frame = FRAMES[p.frame] ?? FRAMES.dialog;
  const { x, y, width, height } = frame.inside;
  const content = h('div', { class: `pic-content pic-in-${p.frame}` },
    h('div', { class: 'pic-title' }, p.title),
    p.rows.map(row));
  const inside = svg('foreignObject', { x, y, width, height });
  inside.append(content);
  const drawing = svg('svg', {
    viewBox: `0 0 ${frame.width} ${frame.height}`, width: frame.width, height: frame.height,
    role: 'img', 'aria-label': p.alt, class: 'pic-svg',
  }, chrome(p.frame, p.address), inside);
  return h('figure', { class: `picture pic-frame-${p.frame}`, dataset: { picture: p.id } },
    drawing,
    h('figcaption', {}, p.caption));
}
