import { h } from '../dom.js';
import { phrases } from '../typeset.js';
import { linkCard } from './links.js';
import { accountCheck } from './account-check.js';

/** Test the sign-in. "It worked" and "It didn't work" are in the action bar. */
export function verify(step) {
  return h('section', { class: 'step', dataset: { step: 'verify' } },
    h('h1', { tabindex: '-1' }, phrases(step.title)),
    h('p', {}, step.intro),
    h('div', { class: 'links' }, step.links.map(linkCard)),
    h('ol', { class: 'instructions' }, step.steps.map((line) => h('li', {}, line))),
    h('details', { class: 'more', dataset: { fold: 'which-method' } },
      h('summary', {}, phrases(step.whichMethodTitle)),
      h('ul', { class: 'which-method' }, step.whichMethod.map((line) => h('li', {}, line)))),
    h('h2', {}, phrases(step.registeredTitle)),
    h('ul', { class: 'registered' }, step.registered.map((name) => h('li', {}, name))),
    skippedMethods(step.skipped),
    accountCheck(step.accountCheck),
  );
}

/** The methods skipped for now, each with a button back to it. */
export function skippedMethods(skipped) {
  if (!skipped) return null;
  return h('section', { class: 'skipped', dataset: { skipped: '' } },
    h('h2', {}, phrases(skipped.title)),
    h('p', {}, skipped.explanation),
    h('ul', {}, skipped.methods.map((m) =>
      h('li', { dataset: { method: m.method } },
        h('span', { class: 'method-name' }, m.name),
        h('button', {
          type: 'button', class: 'secondary no-print', 'aria-label': m.returnDescription,
          dataset: { action: 'register-skipped', method: m.method },
        }, phrases(m.returnLabel))))));
}
