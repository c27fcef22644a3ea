// The help panels shown instead of the wizard step: the FAQ and the
// "I can't sign in" guide. Everything shown comes from Rust.
import { h } from '../dom.js';
import { phrases } from '../typeset.js';
import { linkCard } from './links.js';

/** The help panel for `help` (a HelpPanelView). */
export function helpPanel(help) {
  return help.kind === 'faq' ? faqPanel(help) : guidePanel(help);
}

function closeButton(label) {
  return h('button', { type: 'button', class: 'secondary close-help', dataset: { action: 'close-help', focusKey: 'close-help' } }, `← ${label}`);
}

function faqPanel(panel) {
  return h('section', { class: 'step help-panel', dataset: { view: 'faq' } },
    closeButton(panel.closeLabel),
    h('h1', { tabindex: '-1' }, phrases(panel.title)),
    h('p', { class: 'hint', dataset: { adviceChecked: '' } }, panel.checkedOn),
    h('label', { class: 'search-label', for: 'faq-search' }, panel.searchLabel),
    h('input', {
      id: 'faq-search', type: 'search', value: panel.query, placeholder: panel.searchPlaceholder,
      autocomplete: 'off', spellcheck: 'false', maxlength: '200',
      dataset: { action: 'faq-search', focusKey: 'faq-search' },
    }),
    h('p', { class: 'results-count', role: 'status' }, panel.resultsCount ?? ''),
    panel.noResults ? h('p', { class: 'no-results' }, panel.noResults) : null,
    panel.groups.map((group) => h('div', { class: 'faq-group' },
      group.label ? h('h2', {}, phrases(group.label)) : null,
      h('ul', { class: 'faq-questions' }, group.questions.map((q) => h('li', {},
        h('button', {
          type: 'button', class: `faq-question${q.open ? ' open' : ''}`, 'aria-expanded': q.open ? 'true' : 'false',
          dataset: { action: 'open-faq-answer', answer: q.id, focusKey: `faq-${q.id}` },
        }, phrases(q.question)),
        q.open && panel.openAnswer?.id === q.id ? answerView(panel.openAnswer, { heading: false }) : null))))),
    panel.helpDesk ? helpDeskCard(panel.helpDesk) : null,
    diagnosticsOffer(panel.diagnostics),
  );
}

function guidePanel(panel) {
  return h('section', { class: 'step help-panel', dataset: { view: 'troubleshoot' } },
    closeButton(panel.closeLabel),
    h('h1', { tabindex: '-1' }, phrases(panel.title)),
    panel.question ? h('div', { class: 'guide-question', dataset: { node: panel.question.id } },
      h('h2', {}, phrases(panel.question.prompt)),
      h('ul', { class: 'guide-choices' }, panel.question.choices.map((choice) => h('li', {},
        h('button', { type: 'button', class: 'secondary guide-choice', dataset: { action: 'troubleshoot-choose', node: choice.next } }, phrases(choice.label)))))) : null,
    panel.answer ? answerView(panel.answer, { heading: true }) : null,
    panel.related.length ? h('div', { class: 'related' },
      h('h2', {}, phrases(panel.relatedTitle)),
      h('ul', {}, panel.related.map((q) => h('li', {},
        h('button', { type: 'button', class: 'link-button', dataset: { action: 'open-faq-answer', answer: q.id, fromGuide: '1' } }, phrases(q.question)))))) : null,
    h('div', { class: 'step-actions' },
      panel.startOverLabel ? h('button', { type: 'button', class: 'link-button', dataset: { action: 'open-troubleshoot' } }, panel.startOverLabel) : null,
      panel.backLabel ? h('button', { type: 'button', class: 'secondary', dataset: { action: 'help-back' } }, panel.backLabel) : null),
    panel.helpDesk ? helpDeskCard(panel.helpDesk) : null,
    h('p', { class: 'hint', dataset: { adviceChecked: '' } }, panel.checkedOn),
    diagnosticsOffer(panel.diagnostics),
  );
}

/** "Copy diagnostic information" for an e-mail to the help desk. */
export function diagnosticsOffer(offer) {
  return h('aside', { class: 'diagnostics', dataset: { diagnostics: '' } },
    h('h2', {}, phrases(offer.title)),
    h('p', { class: 'hint' }, offer.text),
    h('button', {
      type: 'button', class: 'secondary',
      dataset: { action: 'copy-diagnostics', copied: offer.copiedLabel, copyFailed: offer.copyFailedLabel, focusKey: 'copy-diagnostics' },
    }, offer.copyLabel),
    h('p', { class: 'link-status', role: 'status', dataset: { diagnosticsStatus: '' } }),
    h('pre', { class: 'diagnostics-text', hidden: true, dataset: { diagnosticsText: '' } }));
}

function answerView(answer, { heading }) {
  return h('article', { class: 'answer-body', dataset: { answerId: answer.id } },
    heading ? h('h2', {}, phrases(answer.title)) : null,
    answer.blocks.map(block),
    answer.helpDesk ? helpDeskCard(answer.helpDesk) : null,
    answer.sources ? h('p', { class: 'hint', dataset: { sources: '' } }, answer.sources) : null,
  );
}

function block(b) {
  switch (b.type) {
    case 'paragraph': return h('p', {}, b.text);
    case 'steps': return h('ol', { class: 'instructions' }, b.items.map((item) => h('li', {}, item)));
    case 'bullets': return h('ul', {}, b.items.map((item) => h('li', {}, item)));
    case 'note': return h('p', { class: 'note' }, b.text);
    case 'link': return h('div', { class: 'links' }, linkCard(b.link));
    case 'guide': return h('p', {}, h('button', { type: 'button', class: 'secondary', dataset: { action: 'open-troubleshoot', node: b.node } }, phrases(b.label)));
    default: return null;
  }
}

/** The help desk's contact card (FAQ answers, guide answers, the done step). */
export function helpDeskCard(card) {
  return h('aside', { class: 'help-desk-card' },
    h('h3', {}, phrases(card.title)),
    h('dl', { class: 'contact' }, card.fields.flatMap((field) => [h('dt', {}, field.label), h('dd', {}, field.value)])),
    card.notes.map((note) => h('p', { class: 'contact-note' }, note)),
    card.page ? h('div', { class: 'links' }, linkCard(card.page)) : null,
    card.bringTitle ? h('p', { class: 'bring-title' }, card.bringTitle) : null,
    card.bring.length ? h('ul', {}, card.bring.map((item) => h('li', {}, item))) : null,
  );
}

/** Click actions of the help panels, merged into app.js's table. */
export function helpActions(show) {
  return {
    'open-faq': () => show('open_faq', {}, { focusStep: true }),
    'open-faq-answer': (el) => (el.dataset.fromGuide
      ? show('open_faq', {}, { focusStep: true }).then(() => show('open_faq_answer', { id: el.dataset.answer }))
      : show('open_faq_answer', { id: el.dataset.answer })),
    'open-troubleshoot': (el) => show('open_troubleshoot', { node: el.dataset.node ?? null }, { focusStep: true }),
    'troubleshoot-choose': (el) => show('troubleshoot_choose', { node: el.dataset.node }, { focusStep: true }),
    'help-back': () => show('help_back', {}, { focusStep: true }),
    'close-help': () => show('close_help', {}, { focusStep: true }),
    'copy-diagnostics': async (el) => {
      const box = el.closest('[data-diagnostics]');
      const text = await window.__TAURI__.core.invoke('diagnostics');
      // Shown as well as copied: the person sees what they send.
      const pre = box.querySelector('[data-diagnostics-text]');
      pre.textContent = text;
      pre.hidden = false;
      const status = box.querySelector('[data-diagnostics-status]');
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = el.dataset.copied;
      } catch {
        window.getSelection().selectAllChildren(pre);
        status.textContent = el.dataset.copyFailed;
      }
    },
  };
}

/**
 * Searching on every keystroke. While an input method is composing (Japanese),
 * the text is not final: search once composition ends.
 */
export function helpInputHandlers(show) {
  const search = (input) => show('faq_search', { query: input.value });
  document.addEventListener('input', (event) => {
    if (event.target.dataset?.action === 'faq-search' && !event.isComposing) search(event.target);
  });
  // Composition ended; or the field was emptied by its clear button or by a
  // tool (which fire 'search' / 'change' instead of 'input').
  for (const type of ['compositionend', 'search', 'change']) {
    document.addEventListener(type, (event) => {
      if (event.target.dataset?.action === 'faq-search') search(event.target);
    });
  }
}
