import { h } from '../dom.js';
import { linkCard } from './links.js';
import { accountCheck } from './account-check.js';

/** Test the sign-in; on failure, the troubleshooting guide. */
export function verify(step) {
  return h('section', { class: 'step', dataset: { step: 'verify' } },
    h('h1', { tabindex: '-1' }, step.title),
    h('p', {}, step.intro),
    h('div', { class: 'links' }, step.links.map(linkCard)),
    h('ol', { class: 'instructions' }, step.steps.map((line) => h('li', {}, line))),
    h('h2', {}, step.whichMethodTitle),
    h('ul', { class: 'which-method' }, step.whichMethod.map((line) => h('li', {}, line))),
    h('h2', {}, step.registeredTitle),
    h('ul', { class: 'registered' }, step.registered.map((name) => h('li', {}, name))),
    skippedMethods(step.skipped),
    accountCheck(step.accountCheck),
    h('div', { class: 'step-actions' },
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'open-troubleshoot' } }, step.failedLabel),
      h('button', { type: 'button', class: 'primary', dataset: { action: 'next' } }, step.workedLabel)),
  );
}

/** The methods skipped for now, each with a button back to it. */
export function skippedMethods(skipped) {
  if (!skipped) return null;
  return h('section', { class: 'skipped', dataset: { skipped: '' } },
    h('h2', {}, skipped.title),
    h('p', {}, skipped.explanation),
    h('ul', {}, skipped.methods.map((m) =>
      h('li', { dataset: { method: m.method } },
        h('span', { class: 'method-name' }, m.name),
        h('button', {
          type: 'button', class: 'secondary no-print', 'aria-label': m.returnDescription,
          dataset: { action: 'register-skipped', method: m.method },
        }, m.returnLabel)))));
}
