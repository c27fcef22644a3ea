import { h } from '../dom.js';

/** A link as a card: open in the browser, copy, and (for phones) its QR code. */
export function linkCard(link) {
  return h('div', { class: 'link-card', dataset: { link: link.id } },
    h('p', { class: 'link-caption' }, link.caption),
    link.qr ? h('img', { class: 'qr', src: link.qr, alt: link.qrLabel, width: 180, height: 180 }) : null,
    h('p', { class: 'link-address' }, h('code', {}, link.readable)),
    h('div', { class: 'link-actions' },
      h('button', { type: 'button', class: 'primary', dataset: { action: 'open-link', linkId: link.id, focusKey: `open-${link.id}` } }, link.openLabel),
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'copy-link', address: link.url, copied: link.copiedLabel, copyFailed: link.copyFailedLabel, focusKey: `copy-${link.id}` } }, link.copyLabel),
      link.qr ? h('button', { type: 'button', class: 'secondary', dataset: { action: 'save-qr', linkId: link.id, focusKey: `save-${link.id}` } }, link.saveLabel) : null),
    h('p', { class: 'link-status', role: 'status', dataset: { linkStatus: link.id } }),
  );
}
