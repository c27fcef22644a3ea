// Renders a Screen (decided in Rust) into the page. One function per step view
// lives in views/; this file draws what surrounds the step.
import { h, fill } from './dom.js';
import { welcome } from './views/welcome.js';
import { helpPanel } from './views/help.js';

const stepViews = { welcome };

export function render(screen, { focusStep }) {
  document.documentElement.lang = screen.locale;
  document.title = screen.chrome.appTitle;
  renderChrome(screen.chrome);
  renderSteps(screen);
  renderBanners(screen.banners);
  const main = document.getElementById('main');
  if (screen.help) {
    fill(main, helpPanel(screen.help, screen));
  } else {
    fill(main, stepViews[screen.step.id](screen.step, screen));
  }
  if (focusStep) main.querySelector('h1')?.focus();
}

function renderChrome(chrome) {
  document.getElementById('app-title').textContent = chrome.appTitle;
  fill(document.getElementById('help-links'), [
    h('button', { type: 'button', class: 'link-button', dataset: { action: 'open-troubleshoot' } }, chrome.openTroubleshoot),
    h('button', { type: 'button', class: 'link-button', dataset: { action: 'open-faq' } }, chrome.openFaq),
  ]);
  const languages = document.getElementById('language-switch');
  languages.setAttribute('aria-label', chrome.languageLabel);
  fill(languages, chrome.languages.map((choice) =>
    h('button', {
      type: 'button',
      lang: choice.locale,
      'aria-pressed': choice.current ? 'true' : 'false',
      dataset: { action: 'set-locale', locale: choice.locale },
    }, choice.name)));
}

function renderSteps(screen) {
  const list = document.getElementById('step-indicator');
  list.setAttribute('aria-label', screen.chrome.stepsLabel);
  list.hidden = screen.steps.length === 0;
  fill(list, screen.steps.map((marker) =>
    h('li', {
      class: `marker ${marker.state}`,
      'aria-current': marker.state === 'current' ? 'step' : false,
    }, marker.label)));
}

function renderBanners(banners) {
  fill(document.getElementById('banners'), banners.map((banner) =>
    h('p', { class: `banner ${banner.kind}`, dataset: { banner: banner.kind } }, banner.text)));
}
