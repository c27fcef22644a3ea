import { h } from '../dom.js';

/** The end: what was registered and what to remember. */
export function done(step) {
  return h('section', { class: 'step', dataset: { step: 'done' } },
    h('h1', { tabindex: '-1' }, step.title),
    h('p', {}, step.summary),
    h('ul', { class: 'registered' }, step.registered.map((name) => h('li', {}, name))),
    h('h2', {}, step.remindersTitle),
    h('ul', { class: 'reminders' }, step.reminders.map((line) => h('li', {}, line))),
    h('div', { class: 'step-actions no-print' },
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'print' } }, step.printLabel)),
  );
}
