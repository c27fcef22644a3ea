import { h } from '../dom.js';
import { linkCard } from './links.js';

/** One method's registration: steps, links with QR codes, the phone check. */
export function register(step) {
  return h('section', { class: 'step', dataset: { step: 'register', method: step.method, path: step.path } },
    h('p', { class: 'position' }, step.position),
    h('h1', { tabindex: '-1' }, step.title),
    h('p', {}, step.intro),
    h('p', { class: 'path-note', dataset: { pathNote: step.path } }, step.pathNote),
    h('div', { class: 'links' }, step.links.map(linkCard)),
    h('h2', {}, step.stepsTitle),
    h('ol', { class: 'instructions' }, step.steps.map((line) => h('li', {}, line))),
    step.alternative ? alternative(step.alternative) : null,
    step.pairing ? pairingDrawing(step.pairing) : null,
    step.phoneCheck ? phoneCheck(step.phoneCheck) : null,
    step.tips.length ? h('ul', { class: 'tips' }, step.tips.map((line) => h('li', {}, line))) : null,
    h('div', { class: 'step-actions' },
      h('button', { type: 'button', class: 'secondary', dataset: { action: 'open-troubleshoot', node: step.troubleNode } }, step.troubleLabel),
      h('button', { type: 'button', class: 'secondary', 'aria-describedby': 'skip-hint', dataset: { action: 'skip-method' } }, step.skipLabel),
      h('button', { type: 'button', class: 'primary', dataset: { action: 'mark-registered' } }, step.doneLabel)),
    h('p', { class: 'hint', id: 'skip-hint' }, step.skipHint),
  );
}

/** Another way to the same method (a synced passkey). */
function alternative(block) {
  return h('section', { class: 'alternative', dataset: { alternativeSteps: '' } },
    h('h2', {}, block.title),
    h('ol', { class: 'instructions' }, block.steps.map((line) => h('li', {}, line))));
}

/** A phone showing Microsoft's page, with the link to tap drawn out. */
function pairingDrawing(p) {
  return h('figure', { class: 'pairing' },
    h('div', { class: 'phone-mock', 'aria-hidden': 'true' },
      h('p', { class: 'mock-title' }, p.screenTitle),
      h('div', { class: 'mock-qr' }, p.qrLabel),
      h('p', { class: 'mock-link' }, p.linkText),
      h('span', { class: 'mock-button' }, p.nextLabel)),
    h('figcaption', {},
      h('p', {}, p.caption),
      h('p', { class: 'mock-link-text' }, p.linkText),
      h('p', { class: 'note' }, p.onceNote)));
}

function phoneCheck(form) {
  return h('form', { class: 'phone-check', dataset: { action: 'check-phone' }, autocomplete: 'off' },
    h('h2', {}, form.title),
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
