import { h } from '../dom.js';
import { phrases } from '../typeset.js';

/**
 * A link as a card: "Open in browser" (secondary: the step's main action is
 * in the action bar), copy, and, where a phone's camera will scan it, a QR
 * code labelled with what to scan it with.
 */
export function linkCard(link) {
  return h('div', { class: `link-card${link.qr ? ' with-qr' : ''}`, dataset: { link: link.id } },
    h('p', { class: 'link-caption' }, link.caption),
    link.qr ? h('img', { class: 'qr', src: link.qr, alt: link.qrLabel, width: 180, height: 180 }) : null,
    link.qrHint ? h('p', { class: 'qr-hint', dataset: { qrHint: '' } }, link.qrHint) : null,
    h('p', { class: 'link-address' }, h('code', {}, link.readable)),
    h('div', { class: 'link-actions' },
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'open-link', linkId: link.id, focusKey: `open-${link.id}` } }, phrases(link.openLabel)),
      h('button', { type: 'button', class: 'link-button', dataset: { action: 'copy-link', address: link.url, copied: link.copiedLabel, copyFailed: link.copyFailedLabel, focusKey: `copy-${link.id}` } }, link.copyLabel),
      link.enlargeLabel ? h('button', { type: 'button', class: 'link-button', 'aria-pressed': 'false', dataset: { action: 'enlarge-qr' } }, link.enlargeLabel) : null,
      link.qr ? h('button', { type: 'button', class: 'link-button', dataset: { action: 'save-qr', linkId: link.id, focusKey: `save-${link.id}` } }, link.saveLabel) : null),
    h('p', { class: 'link-status', role: 'status', dataset: { linkStatus: link.id } }),
    link.cameraTitle ? h('details', { class: 'camera-tips' },
      h('summary', {}, link.cameraTitle),
      h('ul', {}, link.cameraTips.map((tip) => h('li', {}, tip)))) : null,
  );
}
