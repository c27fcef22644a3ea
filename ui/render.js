// Renders a Screen (decided in Rust) into the page. One function per step view
// lives in views/; this file draws what surrounds the step: the header, the
// step bar above and the action bar below, which stay on screen while the
// step scrolls between them.
import { h, fill } from './dom.js';
import { phrases, keepTailsTogether, keepNamesWhole } from './typeset.js';
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
  // Open "Show more" sections stay open across a re-render (a language switch).
  const open = [...document.querySelectorAll('details[open][data-fold]')].map((d) => d.dataset.fold);
  document.documentElement.lang = screen.locale;
  document.title = screen.chrome.appTitle;
  renderChrome(screen.chrome);
  renderSteps(screen);
  renderBanners(screen.banners);
  const main = document.getElementById('main');
  const typedNumber = numberToKeep(screen);
  const actionBar = document.getElementById('action-bar');
  if (screen.help) {
    const searchField = document.getElementById('faq-search');
    fill(main, helpPanel(screen.help, screen));
    fill(actionBar);
    keepSearchField(searchField);
  } else {
    fill(main, stepViews[screen.step.id](screen.step, screen), problem(screen.problem));
    fill(actionBar, nav(screen.nav));
  }
  keepNamesWhole(main);
  keepTailsTogether(main);
  for (const fold of open) {
    const details = document.querySelector(`details[data-fold="${CSS.escape(fold)}"]`);
    if (details) details.open = true;
  }
  if (typedNumber) restoreNumber(typedNumber);
  if (focusStep) {
    document.getElementById('scroller').scrollTo(0, 0);
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

/**
 * The action bar, which stays at the bottom of the window: Back and Start
 * over on the left, the step's other actions, and its one main action.
 */
function nav(bar) {
  if (!bar.back && !bar.primary && !bar.startOver) return null;
  const button = (action, cls) => h('button', {
    type: 'button', class: cls,
    dataset: { action: action.action, node: action.node ?? undefined, focusKey: `nav-${action.action}` },
  }, phrases(action.label));
  return h('nav', { class: 'wizard-nav action-bar', dataset: { actionBar: '' } },
    bar.startOver ? h('button', { type: 'button', class: 'link-button', dataset: { action: 'start-over' } }, bar.startOver) : null,
    bar.back ? h('button', { type: 'button', class: 'secondary', dataset: { action: 'back', focusKey: 'back' } }, phrases(bar.back)) : null,
    h('span', { class: 'spacer' }),
    bar.secondary.map((action) => button(action, 'secondary')),
    bar.primary ? button(bar.primary, 'primary') : null,
    h('p', { class: 'link-status', role: 'status', dataset: { saveStatus: '' } }),
  );
}

function renderChrome(chrome) {
  document.getElementById('app-title').textContent = chrome.appTitle;
  document.getElementById('org-name').textContent = chrome.organisation;
  const logo = document.getElementById('org-logo');
  logo.hidden = !chrome.logo;
  if (chrome.logo) logo.src = chrome.logo;
  document.getElementById('help-desk-line').textContent = chrome.helpDeskLine ?? '';
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

/**
 * The step bar: every step numbered, the current one clear, the ones done
 * ticked (their number kept); steps already reached can be gone back to.
 */
function renderSteps(screen) {
  const list = document.getElementById('step-indicator');
  list.setAttribute('aria-label', screen.chrome.stepsLabel);
  const bar = document.getElementById('step-bar');
  bar.hidden = screen.steps.length === 0 || (screen.step.id === 'welcome' && !screen.help);
  fill(list, screen.steps.map((marker, index) => {
    const content = [
      h('span', { class: 'marker-number', 'aria-hidden': 'true' }, String(index + 1)),
      h('span', { class: 'marker-label' }, marker.label),
    ];
    const label = marker.reachable
      ? h('button', { type: 'button', class: 'marker-button', dataset: { action: 'go-to-step', targetStep: marker.id, focusKey: `marker-${marker.id}` } }, content)
      : h('span', { class: 'marker-static' }, content);
    return h('li', {
      class: `marker ${marker.state}`,
      dataset: { marker: marker.id, number: String(index + 1) },
      'aria-current': marker.state === 'current' ? 'step' : false,
    }, label);
  }));
}

/** The notices above the step, alone: for a screen that changed nothing else
 * (an update's offer or its download's progress). */
export function renderBanners(banners) {
  fill(document.getElementById('banners'), banners.map((banner) =>
    h('div', { class: `banner ${banner.kind}`, dataset: { banner: banner.kind } },
      h('p', {}, banner.text),
      banner.progress !== null && banner.progress !== undefined
        ? h('progress', { max: 100, value: banner.progress, 'aria-label': banner.text })
        : null,
      banner.action
        ? h('button', { type: 'button', class: 'secondary', dataset: { action: banner.action.action, focusKey: `banner-${banner.action.action}` } }, banner.action.label)
        : null)));
}
