import { h } from '../dom.js';
import { diagnosticsOffer } from './help.js';

/**
 * "Check with Microsoft": the offer, the wait for the browser (with Cancel),
 * the comparison with the plan, or what went wrong. Rust decides every word;
 * `null` when the organisation has not set the check up.
 */
export function accountCheck(check) {
  if (!check) return null;
  return h('section', {
    class: 'account-check', 'aria-live': 'polite',
    dataset: { accountCheck: '', checkState: check.state },
  },
  h('h2', {}, check.title),
  h('p', {}, check.intro),
  check.waiting && h('p', { class: 'waiting', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', {}, check.waiting)),
  check.result && result(check.result),
  check.failure && failure(check.failure),
  h('p', { class: 'privacy' }, check.privacy),
  h('div', { class: 'check-actions' },
    check.startLabel && h('button', { type: 'button', class: 'secondary', dataset: { action: 'start-account-check' } }, check.startLabel),
    check.cancelLabel && h('button', { type: 'button', class: 'secondary', dataset: { action: 'cancel-account-check' } }, check.cancelLabel),
    check.signOutLabel && h('button', { type: 'button', class: 'link-like', dataset: { action: 'sign-out-of-microsoft' } }, check.signOutLabel)));
}

/** What went wrong, calmly, with the details for the help desk to copy where only they can help. */
function failure(f) {
  return h('div', { class: 'failure', role: 'status', dataset: { failure: f.kind } },
    h('p', {}, f.message),
    f.forHelpDesk ? diagnosticsOffer(f.forHelpDesk) : null);
}

function result(r) {
  return h('div', { class: 'check-result' },
    r.readFor && h('p', { class: 'read-for', dataset: { readFor: '' } }, r.readFor),
    r.warnings.map((w) => h('p', { class: 'warning', dataset: { accountWarning: w.id } }, w.text)),
    h('p', {}, r.summary),
    r.registered.length > 0 && h('ul', { class: 'registered-methods' }, r.registered.map((m) =>
      h('li', { dataset: { registered: m.kind, planned: m.planned ?? undefined } },
        h('span', { class: 'method-name' }, m.name),
        m.plannedLabel && h('span', { class: `badge ${m.planned}` }, m.plannedLabel)))),
    r.missingTitle && h('h3', {}, r.missingTitle),
    r.missing.length > 0 && h('ul', { class: 'missing-methods' }, r.missing.map((m) =>
      h('li', { dataset: { method: m.method } },
        h('span', { class: 'method-name' }, m.name),
        h('button', {
          type: 'button', class: 'secondary no-print', 'aria-label': m.returnDescription,
          dataset: { action: 'register-skipped', method: m.method },
        }, m.returnLabel)))),
    r.complete && h('p', { class: 'complete' }, r.complete));
}
