import { h } from '../dom.js';

/** The recommended methods with their reasons, and the user's own selection. */
export function plan(step) {
  return h('section', { class: 'step', dataset: { step: 'plan' } },
    h('h1', { tabindex: '-1' }, step.title),
    h('p', {}, step.intro),
    h('ol', { class: 'plan' }, step.plan.entries.map((entry) =>
      h('li', { class: `plan-entry ${entry.role}`, dataset: { method: entry.method, role: entry.role } },
        h('span', { class: 'role' }, entry.roleLabel),
        h('strong', { class: 'method-name' }, entry.name),
        h('p', { class: 'reason' }, entry.reason)))),
    warnings(step.plan.warnings),
    h('h2', {}, step.choicesTitle),
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
      ? h('button', { type: 'button', class: 'secondary', dataset: { action: 'reset-plan' } }, step.resetLabel)
      : null,
  );
}

function warnings(list) {
  if (!list.length) return null;
  return h('ul', { class: 'warnings' }, list.map((warning) =>
    h('li', { class: 'warning', dataset: { warning: warning.id } }, warning.text)));
}
