import { h } from '../dom.js';
import { phrases } from '../typeset.js';
import { linkCard } from './links.js';
import { picture } from './pictures.js';

/**
 * One method's registration: where it starts, pictures of the screens, the
 * steps, the phone check; tips folded under "Show more". "I have registered
 * it" and the other actions are in the action bar.
 */
export function register(step) {
  return h('section', { class: 'step', dataset: { step: 'register', method: step.method, path: step.path } },
    h('p', { class: 'position' }, step.position),
    h('h1', { tabindex: '-1' }, phrases(step.title)),
    h('p', {}, step.intro),
    step.afterRetirement ? h('p', { class: 'note', dataset: { afterRetirement: '' } }, step.afterRetirement) : null,
    h('p', { class: 'path-note', dataset: { pathNote: step.path } }, step.pathNote),
    step.links.length ? h('div', { class: 'links' }, step.links.map(linkCard)) : null,
    step.pictures.length ? h('div', { class: 'pictures' }, step.pictures.map(picture)) : null,
    h('h2', {}, phrases(step.stepsTitle)),
    h('ol', { class: 'instructions' }, step.steps.map((line) => h('li', {}, line))),
    step.phoneCheck ? phoneCheck(step.phoneCheck) : null,
    step.tips.length ? h('details', { class: 'more', dataset: { fold: `tips-${step.method}` } },
      h('summary', {}, step.moreLabel),
      h('ul', { class: 'tips' }, step.tips.map((line) => h('li', {}, line)))) : null,
    h('p', { class: 'hint', id: 'skip-hint' }, step.skipHint),
  );
}

function phoneCheck(form) {
  return h('form', { class: 'phone-check', dataset: { action: 'check-phone' }, autocomplete: 'off' },
    h('h2', {}, phrases(form.title)),
    h('label', { for: 'phone-number' }, form.label),
    h('p', { class: 'hint', id: 'phone-hint' }, form.hint),
    h('div', { class: 'phone-row' },
      h('input', {
        id: 'phone-number', type: 'tel', inputmode: 'tel', autocomplete: 'off', spellcheck: 'false',
        maxlength: '64', 'aria-describedby': 'phone-hint phone-privacy', dataset: { focusKey: 'phone-number' },
      }),
      h('button', { type: 'submit', class: 'secondary' }, form.button)),
    h('p', { class: 'privacy', id: 'phone-privacy' }, form.privacy),
    h('div', { class: 'phone-result', id: 'phone-result', 'aria-live': 'polite' }),
  );
}

/** Draws the verdict of the phone check (a PhoneCheckView from Rust). */
export function phoneResult(view) {
  return h('div', { class: `verdict ${view.tone}`, dataset: { tone: view.tone, kind: view.kind } },
    h('p', { class: 'headline' }, view.headline),
    view.details.length ? h('ul', {}, view.details.map((line) => h('li', {}, line))) : null,
    view.countryChoice ? h('p', { class: 'country' }, view.countryChoice) : null,
    view.typeThis ? h('p', { class: 'type-this' }, `${view.typeThisLabel} `, h('code', { dataset: { typeThis: '' } }, view.typeThis)) : null,
  );
}
