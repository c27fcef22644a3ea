// Entry point: sends what the user did to Rust and renders the Screen it returns.
// The only state here is the last Screen; every decision is made in Rust.
import { render } from './render.js';
import { helpActions } from './views/help.js';

const invoke = window.__TAURI__.core.invoke;
const store = { screen: null };

async function show(command, args = {}, { focusStep = false } = {}) {
  try {
    store.screen = await invoke(command, args);
    render(store.screen, { focusStep });
    hideFatal();
  } catch (error) {
    showFatal(String(error));
  }
}

const actions = {
  'set-locale': (el) => show('set_locale', { locale: el.dataset.locale }),
  ...helpActions(show),
};

document.addEventListener('click', (event) => {
  const target = event.target.closest('[data-action]');
  if (!target || target.disabled) return;
  const action = actions[target.dataset.action];
  if (action) {
    event.preventDefault();
    action(target);
  }
});

function showFatal(message) {
  const box = document.getElementById('fatal');
  box.textContent = message;
  box.hidden = false;
}

function hideFatal() {
  document.getElementById('fatal').hidden = true;
}

await show('current_screen');
// Two frames: the first screen has been laid out and painted.
requestAnimationFrame(() => requestAnimationFrame(() => invoke('ui_ready')));
