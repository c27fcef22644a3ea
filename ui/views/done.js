import { h } from '../dom.js';
import { helpDeskCard } from './help.js';
import { skippedMethods } from './verify.js';

/** The end: what was registered, what to remember, and who to call. */
export function done(step) {
  return h('section', { class: 'step', dataset: { step: 'done' } },
    h('h1', { tabindex: '-1' }, step.title),
    h('p', {}, step.summary),
    h('ul', { class: 'registered' }, step.registered.map((name) => h('li', {}, name))),
    skippedMethods(step.skipped),
    h('h2', {}, step.remindersTitle),
    h('ul', { class: 'reminders' },
      step.reminders.map((line) => h('li', {}, line)),
      h('li', { class: 'no-print' }, step.helpOnScreen),
      h('li', { class: 'print-only' }, step.helpOnPaper)),
    helpDeskCard(step.helpDesk),
    h('div', { class: 'step-actions no-print', dataset: { keep: 'summary' } },
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'save-summary', focusKey: 'save-summary' } }, step.saveLabel),
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'print', focusKey: 'print' } }, step.printLabel),
      h('p', { class: 'link-status', role: 'status', dataset: { saveStatus: '' } })),
  );
}
