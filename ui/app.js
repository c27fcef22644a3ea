// Entry point: sends what the user did to Rust and renders the Screen it returns.
// The only state here is the last Screen; every decision is made in Rust.
import { render, renderBanners } from './render.js';
import { fill } from './dom.js';
import { helpActions, helpInputHandlers } from './views/help.js';
import { phoneResult } from './views/register.js';

const invoke = window.__TAURI__.core.invoke;
// Start-up's moments in the page, reported with `ready` (see startup_timeline.rs).
const moments = [['modules-evaluated', performance.now()]];

/** What an error from Rust says to the person (an ErrorView: kind and message). */
function said(error) {
  return error?.message ?? String(error);
}
const store = { screen: null };

async function show(command, args = {}, { focusStep = false } = {}) {
  const before = place(store.screen);
  try {
    const screen = await invoke(command, args);
    // A newer screen already came unasked (the check's result): keep it.
    if (isOlder(screen)) return;
    store.screen = screen;
    const moved = before !== place(store.screen);
    render(store.screen, { focusStep: focusStep || (moved && command !== 'set_locale') });
    hideFatal();
  } catch (error) {
    showFatal(error);
  }
}

/** Whether `screen` was built before the one on show. */
function isOlder(screen) {
  return store.screen !== null && screen.revision < store.screen.revision;
}

/** Where the user is: a wizard step, or a help panel over it. */
function place(screen) {
  if (!screen) return null;
  return screen.help ? `help:${screen.help.kind}` : `step:${screen.step.id}`;
}

/** Shows a short result next to a link's buttons. */
function linkStatus(el, text) {
  const card = el.closest('.link-card');
  const status = card?.querySelector('[data-link-status]');
  if (status) status.textContent = text;
}

const actions = {
  'set-locale': (el) => show('set_locale', { locale: el.dataset.locale }),
  next: () => show('next'),
  back: () => show('back'),
  'start-over': () => show('start_over'),
  finish: () => invoke('finish'),
  answer: (el) => show('answer', { question: el.dataset.question, value: el.dataset.answer }),
  'toggle-method': (el) => show('toggle_method', { method: el.dataset.alternative }),
  'reset-plan': () => show('reset_plan'),
  'mark-registered': () => show('mark_registered'),
  'skip-method': () => show('skip_method'),
  'register-skipped': (el) => show('register_skipped', { method: el.dataset.method }),
  print: async (el) => {
    try {
      await invoke('print_page');
    } catch (error) {
      const status = el.closest('[data-action-bar]')?.querySelector('[data-save-status]');
      if (status) status.textContent = said(error);
    }
  },
  'enlarge-qr': (el) => {
    const card = el.closest('.link-card');
    const large = card.classList.toggle('enlarged');
    el.setAttribute('aria-pressed', large ? 'true' : 'false');
  },
  'go-to-step': (el) => show('go_to_step', { step: el.dataset.targetStep }),
  'open-link': async (el) => {
    try {
      await invoke('open_link', { id: el.dataset.linkId });
      linkStatus(el, '');
    } catch (error) {
      linkStatus(el, said(error));
    }
  },
  'copy-link': async (el) => {
    try {
      await navigator.clipboard.writeText(el.dataset.address);
      linkStatus(el, el.dataset.copied);
    } catch {
      // No clipboard: select the address so that Ctrl+C works.
      const code = el.closest('.link-card')?.querySelector('code');
      if (code) window.getSelection().selectAllChildren(code);
      linkStatus(el, el.dataset.copyFailed);
    }
  },
  'save-summary': async (el) => {
    const status = el.closest('[data-action-bar]').querySelector('[data-save-status]');
    try {
      status.textContent = await invoke('save_summary');
    } catch (error) {
      status.textContent = said(error);
    }
  },
  'save-qr': async (el) => {
    try {
      linkStatus(el, await invoke('save_qr_image', { id: el.dataset.linkId }));
    } catch (error) {
      linkStatus(el, said(error));
    }
  },
  // One call owns the check: the wait arrives through the followed screens
  // at once, the result when the sign-in and the reading are done.
  'start-account-check': () => show('start_account_check'),
  'cancel-account-check': () => show('cancel_account_check'),
  'sign-out-of-microsoft': () => show('sign_out_of_microsoft'),
  // The download's progress arrives through the followed screens; the app
  // restarts when the update is installed.
  'install-update': () => show('install_update'),
  ...helpActions(show),
};

document.addEventListener('click', (event) => {
  const target = event.target.closest('[data-action]');
  if (!target || target.disabled || target.tagName === 'FORM') return;
  const action = actions[target.dataset.action];
  if (action) {
    // Radios and checkboxes show what Rust decided after the re-render.
    if (target.type !== 'radio' && target.type !== 'checkbox') event.preventDefault();
    action(target);
  }
});

// The phone check: the number goes to Rust for checking and is shown nowhere
// else; it disappears with the form when the step changes.
document.addEventListener('submit', async (event) => {
  const form = event.target.closest('form[data-action="check-phone"]');
  if (!form) return;
  event.preventDefault();
  const result = form.querySelector('#phone-result');
  try {
    const view = await invoke('check_phone', { number: form.querySelector('#phone-number').value });
    fill(result, phoneResult(view));
  } catch (error) {
    fill(result, said(error));
  }
});

helpInputHandlers(show);

function showFatal(error) {
  const box = document.getElementById('fatal');
  box.textContent = said(error);
  box.dataset.errorKind = error?.kind ?? 'unexpected';
  box.hidden = false;
}

function hideFatal() {
  document.getElementById('fatal').hidden = true;
}

// Screens Rust sends unasked: the check's wait and result (also after a
// reload), a sign-in forgotten after a while unused.
const followed = new window.__TAURI__.core.Channel();
followed.onmessage = (screen) => {
  if (isOlder(screen)) return;
  const bannersOnly = onlyBannersDiffer(screen, store.screen);
  store.screen = screen;
  if (bannersOnly) {
    renderBanners(screen.banners);
  } else {
    render(screen, { focusStep: false });
  }
};

/** Whether two screens differ in their banners alone. Then the step is not
 * redrawn: a click under way, a scrolled page or an open menu stays as it is
 * while an update is offered or downloads. */
function onlyBannersDiffer(next, shown) {
  if (!shown) return false;
  const rest = ({ revision, banners, ...others }) => JSON.stringify(others);
  return rest(next) === rest(shown);
}
await invoke('follow_screens', { screens: followed });
moments.push(['following', performance.now()]);
await show('current_screen');
moments.push(['first-screen-rendered', performance.now()]);
// Two frames: the first screen has been laid out and painted.
requestAnimationFrame(() => requestAnimationFrame(() => {
  moments.push(['painted', performance.now()]);
  invoke('ui_ready', { marks: startupMarks() });
}));

/** The page's start-up moments, in milliseconds since the Unix epoch. */
function startupMarks() {
  const [navigation] = performance.getEntriesByType('navigation');
  const loaded = performance.getEntriesByType('resource');
  const found = [...moments];
  if (navigation) {
    for (const name of ['fetchStart', 'responseEnd', 'domInteractive', 'domContentLoadedEventEnd']) {
      found.push([name, navigation[name]]);
    }
  }
  if (loaded.length) {
    found.push([`files-${loaded.length}-first-asked`, Math.min(...loaded.map((r) => r.startTime))]);
    found.push(['files-last-loaded', Math.max(...loaded.map((r) => r.responseEnd))]);
  }
  return found.map(([name, at]) => [name, performance.timeOrigin + at]);
}
