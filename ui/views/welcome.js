import { h } from '../dom.js';
import { accountCheck } from './account-check.js';

/** The first step: what MFA is, why, how long. */
export function welcome(step) {
  return h('section', { class: 'step', dataset: { step: 'welcome' } },
    h('h1', { tabindex: '-1' }, step.title),
    step.paragraphs.map((text) => h('p', {}, text)),
    h('p', { class: 'timing' }, step.timing),
    h('p', { class: 'duration' }, step.duration),
    h('div', { class: 'step-actions' },
      h('button', { type: 'button', class: 'primary', dataset: { action: 'next' } }, step.start)),
    accountCheck(step.accountCheck),
  );
}
