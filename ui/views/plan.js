import { h } from '../dom.js';
import { phrases } from '../typeset.js';
import { helpDeskCard } from './help.js';
import { placeIcon } from './places.js';

/** The recommended methods with where each lives and why, and the person's own selection. */
export function plan(step) {
  return h('section', { class: 'step', dataset: { step: 'plan' } },
    h('h1', { tabindex: '-1' }, phrases(step.title)),
    h('p', {}, step.intro),
    h('ol', { class: 'plan' }, step.plan.entries.map((entry) =>
      h('li', { class: `plan-entry ${entry.role}`, dataset: { method: entry.method, role: entry.role, place: entry.place } },
        h('p', { class: 'plan-entry-head' },
          h('span', { class: 'role' }, entry.roleLabel),
          h('strong', { class: 'method-name' }, entry.name)),
        h('p', { class: 'place' }, placeIcon(entry.place), entry.placeLabel),
        h('p', { class: 'reason' }, entry.reason, ' ', faqLinks(entry.faq))))),
    h('p', { class: 'duration', dataset: { estimate: '' } }, step.estimate),
    warnings(step.plan.warnings),
    lostPhone(step.lostPhone),
    h('details', { class: 'more choices-fold', dataset: { fold: 'choices' }, open: Boolean(step.resetLabel) },
      h('summary', {}, phrases(step.choicesTitle)),
      h('p', {}, step.choicesIntro),
      h('ul', { class: 'choices' }, step.choices.map((choice) => {
        const id = `m-${choice.method}`;
        return h('li', { class: 'choice' },
          h('input', {
            type: 'checkbox',
            id,
            checked: choice.chosen,
            disabled: Boolean(choice.unavailable),
            dataset: { action: 'toggle-method', alternative: choice.method, focusKey: id },
          }),
          h('label', { for: id },
            h('span', { class: 'method-name' }, choice.name),
            choice.recommended ? h('span', { class: 'badge' }, '★') : null,
            h('span', { class: 'hint' }, choice.unavailable ?? choice.summary)));
      })),
      warnings(step.selectionWarnings),
      step.resetLabel
        ? h('button', { type: 'button', class: 'secondary', dataset: { action: 'reset-plan' } }, phrases(step.resetLabel))
        : null),
  );
}

/** "FAQ Q2" references, each opening the help desk's answer. */
function faqLinks(links) {
  return links.map((link) => h('button', {
    type: 'button', class: 'link-button faq-ref',
    dataset: { action: 'open-faq-answer', answer: link.id, answerId: link.id },
  }, link.label));
}

function warnings(list) {
  if (!list.length) return null;
  return h('ul', { class: 'warnings' }, list.map((warning) =>
    h('li', { class: 'warning', dataset: { warning: warning.id } }, warning.text, ' ', faqLinks(warning.faq))));
}

/** What to do when the phone is lost: the other places, or the help desk with its contact. */
export function lostPhone(view) {
  if (!view) return null;
  return h('section', { class: `lost-phone ${view.kind}`, dataset: { lostPhone: view.kind } },
    h('h2', {}, phrases(view.title)),
    h('ul', {}, view.lines.map((line) => h('li', {}, line))),
    view.helpDesk ? helpDeskCard(view.helpDesk) : null);
}
