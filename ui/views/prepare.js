import { h } from '../dom.js';
import { phrases } from '../typeset.js';
import { linkCard } from './links.js';

/** What to have at hand, the order of registration, and the organisation's date. */
export function prepare(step) {
  return h('section', { class: 'step', dataset: { step: 'prepare' } },
    h('h1', { tabindex: '-1' }, phrases(step.title)),
    h('p', { class: 'duration', dataset: { estimate: '' } }, step.estimate),
    step.timing ? h('p', { class: 'timing' }, step.timing) : null,
    h('h2', {}, phrases(step.orderTitle)),
    h('ol', { class: 'order' }, step.order.map((line) => h('li', {}, line))),
    h('h2', {}, phrases(step.checklistTitle)),
    h('p', {}, step.intro),
    h('ul', { class: 'checklist' }, step.checklist.map((line) => h('li', {}, line))),
    step.appLinksTitle ? h('h2', {}, phrases(step.appLinksTitle)) : null,
    step.appLinks.length ? h('div', { class: 'links' }, step.appLinks.map(linkCard)) : null,
    step.organisationLinksTitle ? h('h2', {}, phrases(step.organisationLinksTitle)) : null,
    step.organisationLinks.length ? h('div', { class: 'links' }, step.organisationLinks.map(linkCard)) : null,
  );
}
