import { h } from '../dom.js';
import { phrases } from '../typeset.js';
import { accountCheck } from './account-check.js';

/** The first step: what MFA is, why, when, and how long. Its one action is in the action bar. */
export function welcome(step) {
  return h('section', { class: 'step', dataset: { step: 'welcome' } },
    h('h1', { tabindex: '-1' }, phrases(step.title)),
    step.paragraphs.map((text) => h('p', {}, text)),
    h('p', { class: 'timing' }, step.timing),
    h('p', { class: 'duration', dataset: { estimate: '' } }, step.duration),
    accountCheck(step.accountCheck),
  );
}
