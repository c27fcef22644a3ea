import { h } from '../dom.js';
import { linkCard } from './links.js';

/** Test the sign-in; on failure, the troubleshooting guide. */
export function verify(step) {
  return h('section', { class: 'step', dataset: { step: 'verify' } },
    h('h1', { tabindex: '-1' }, step.title),
    h('p', {}, step.intro),
    h('div', { class: 'links' }, step.links.map(linkCard)),
    h('ol', { class: 'instructions' }, step.steps.map((line) => h('li', {}, line))),
    h('h2', {}, step.registeredTitle),
    h('ul', { class: 'registered' }, step.registered.map((name) => h('li', {}, name))),
    h('div', { class: 'step-actions' },
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'open-troubleshoot' } }, step.failedLabel),
      h('button', { type: 'button', class: 'primary', dataset: { action: 'next' } }, step.workedLabel)),
  );
}
