// (being written) The help panels: FAQ and troubleshooting guide.
import { h } from '../dom.js';

/** The help panel shown instead of the wizard step. */
export function helpPanel(help) {
  return h('section', { class: 'help-panel', dataset: { view: help.kind } });
}

/** Click actions of the help panels, merged into app.js's table. */
export function helpActions(show) {
  return {
    'open-faq': () => show('open_faq', {}, { focusStep: true }),
    'close-help': () => show('close_help', {}, { focusStep: true }),
  };
}
