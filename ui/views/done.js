import { h } from '../dom.js';
import { phrases } from '../typeset.js';
import { helpDeskCard } from './help.js';
import { skippedMethods } from './verify.js';
import { lostPhone } from './plan.js';

/** The end: what was registered, what to do when the phone is lost, and who to call. */
export function done(step) {
  return h('section', { class: 'step', dataset: { step: 'done' } },
    h('h1', { tabindex: '-1' }, phrases(step.title)),
    h('p', {}, step.summary),
    h('ul', { class: 'registered' }, step.registered.map((name) => h('li', {}, name))),
    skippedMethods(step.skipped),
    lostPhone(step.lostPhone),
    helpDeskCard(step.helpDesk),
    h('h2', {}, phrases(step.remindersTitle)),
    h('ul', { class: 'reminders' },
      step.reminders.map((line) => h('li', {}, line)),
      h('li', { class: 'no-print' }, step.helpOnScreen),
      h('li', { class: 'print-only' }, step.helpOnPaper)),
    h('p', { class: 'hint', dataset: { adviceChecked: '' } }, step.checkedOn),
  );
}
