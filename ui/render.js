// Renders a Screen (decided in Rust) into the page. One function per step view
// lives in views/; this file draws what surrounds the step.
import { h, fill } from './dom.js';
import { welcome } from './views/welcome.js';
import { situation } from './views/situation.js';
import { plan } from './views/plan.js';
import { prepare } from './views/prepare.js';
import { register } from './views/register.js';
import { verify } from './views/verify.js';
import { done } from './views/done.js';
import { helpPanel } from './views/help.js';

const stepViews = { welcome, situation, plan, prepare, register, verify, done };

export function render(screen, { focusStep }) {
  // Re-rendering replaces the nodes; keep keyboard focus on the "same" control.
  const active = document.activeElement;
  const focusKey = active?.dataset?.focusKey;
  // A text field being typed in keeps what is typed and where the caret is:
  // a reply to an earlier keystroke must not undo a later one.
  const typing = active?.tagName === 'INPUT' && active.type !== 'radio' && active.type !== 'checkbox'
    ? { value: active.value, start: active.selectionStart, end: active.selectionEnd }
    : null;
  document.documentElement.lang = screen.locale;
  document.title = screen.chrome.appTitle;
  renderChrome(screen.chrome);
  renderSteps(screen);
  renderBanners(screen.banners);
  const main = document.getElementById('main');
  const typedNumber = numberToKeep(screen);
  if (screen.help) {
    const searchField = document.getElementById('faq-search');
    fill(main, helpPanel(screen.help, screen));
    keepSearchField(searchField);
  } else {
    fill(main, stepViews[screen.step.id](screen.step, screen), problem(screen.problem), nav(screen.nav));
  }
  if (typedNumber) restoreNumber(typedNumber);
  if (focusStep) {
    main.querySelector('h1')?.focus();
  } else if (focusKey) {
    const again = document.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    again?.focus();
    if (again && typing && again.tagName === 'INPUT') {
      again.value = typing.value;
      again.setSelectionRange(typing.start, typing.end);
    }
  }
  if (screen.problem) main.querySelector('.problem')?.scrollIntoView({ block: 'nearest' });
}

/**
 * The number typed in the phone check, if the re-rendered screen is the same
 * register step (a language switch): it is kept on screen, never stored.
 */
function numberToKeep(screen) {
  const input = document.getElementById('phone-number');
  if (!input?.value || screen.help || screen.step.id !== 'register') return null;
  const method = input.closest('[data-method]')?.dataset.method;
  if (method !== screen.step.method) return null;
  return { value: input.value, checked: Boolean(document.querySelector('#phone-result .verdict')) };
}

function restoreNumber({ value, checked }) {
  const input = document.getElementById('phone-number');
  if (!input) return;
  input.value = value;
  // Check again, so that the verdict is in the new language too.
  if (checked) input.form.requestSubmit();
}

/**
 * The FAQ re-renders on every keystroke; the search field itself is kept (the
 * same element, with what is typed in it), so typing is never interrupted.
 */
function keepSearchField(previous) {
  const fresh = document.getElementById('faq-search');
  if (!previous || !fresh || fresh === previous) return;
  previous.placeholder = fresh.placeholder;
  fresh.replaceWith(previous);
}

function problem(text) {
  return text ? h('p', { class: 'problem', role: 'alert' }, text) : null;
}

function nav(buttons) {
  if (!buttons.back && !buttons.next && !buttons.startOver) return null;
  return h('nav', { class: 'wizard-nav' },
    buttons.startOver ? h('button', { type: 'button', class: 'link-button', dataset: { action: 'start-over' } }, buttons.startOver) : null,
    h('span', { class: 'spacer' }),
    buttons.back ? h('button', { type: 'button', class: 'secondary', dataset: { action: 'back', focusKey: 'back' } }, buttons.back) : null,
    buttons.next ? h('button', { type: 'button', class: 'primary', dataset: { action: 'next', focusKey: 'next' } }, buttons.next) : null,
  );
}

function renderChrome(chrome) {
  document.getElementById('app-title').textContent = chrome.appTitle;
  fill(document.getElementById('help-links'), [
    h('button', { type: 'button', class: 'link-button', dataset: { action: 'open-troubleshoot', focusKey: 'top-troubleshoot' } }, chrome.openTroubleshoot),
    h('button', { type: 'button', class: 'link-button', dataset: { action: 'open-faq', focusKey: 'top-faq' } }, chrome.openFaq),
  ]);
  const languages = document.getElementById('language-switch');
  languages.setAttribute('aria-label', chrome.languageLabel);
  fill(languages, chrome.languages.map((choice) =>
    h('button', {
      type: 'button',
      lang: choice.locale,
      'aria-pressed': choice.current ? 'true' : 'false',
      dataset: { action: 'set-locale', locale: choice.locale, focusKey: `locale-${choice.locale}` },
    }, choice.name)));
}

function renderSteps(screen) {
  const list = document.getElementById('step-indicator');
  list.setAttribute('aria-label', screen.chrome.stepsLabel);
  list.hidden = screen.steps.length === 0 || screen.step.id === 'welcome';
  fill(list, screen.steps.map((marker) => {
    const label = marker.reachable
      ? h('button', { type: 'button', class: 'marker-button', dataset: { action: 'go-to-step', targetStep: marker.id, focusKey: `marker-${marker.id}` } }, marker.label)
      : marker.label;
    return h('li', {
      class: `marker ${marker.state}`,
      dataset: { marker: marker.id },
      'aria-current': marker.state === 'current' ? 'step' : false,
    }, label);
  }));
}

function renderBanners(banners) {
  fill(document.getElementById('banners'), banners.map((banner) =>
    h('p', { class: `banner ${banner.kind}`, dataset: { banner: banner.kind } }, banner.text)));
}
