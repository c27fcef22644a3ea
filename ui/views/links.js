import { h } from '../dom.js';

/** A link as a card: open in the browser, copy, and (for phones) its QR code. */
export function linkCard(link) {
  return h('div', { class: 'link-card', dataset: { link: link.id } },
    h('p', { class: 'link-caption' }, link.caption),
    link.qr ? h('img', { class: 'qr', src: link.qr, alt: link.qrLabel, width: 180, height: 180 }) : null,
    link.qrHint ? h('p', { class: 'hint' }, link.qrHint) : null,
    h('p', { class: 'link-address' }, h('code', {}, link.readable)),
    h('div', { class: 'link-actions' },
      h('button', { type: 'button', class: 'primary', dataset: { action: 'open-link', linkId: link.id, focusKey: `open-${link.id}` } }, link.openLabel),
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'copy-link', address: link.url, copied: link.copiedLabel, copyFailed: link.copyFailedLabel, focusKey: `copy-${link.id}` } }, link.copyLabel),
      link.qr ? h('button', { type: 'button', class: 'secondary', dataset: { action: 'save-qr', linkId: link.id, focusKey: `save-${link.id}` } }, link.saveLabel) : null,
      link.enlargeLabel ? h('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false', dataset: { action: 'enlarge-qr' } }, link.enlargeLabel) : null),
    h('p', { class: 'link-status', role: 'status', dataset: { linkStatus: link.id } }),
    link.cameraTitle ? h('details', { class: 'camera-tips' },
      h('summary', {}, link.cameraTitle),
      h('ul', {}, link.cameraTips.map((tip) => h('li', {}, tip)))) : null,
  );
}
