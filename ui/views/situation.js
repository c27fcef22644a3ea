import { h } from '../dom.js';
import { phrases } from '../typeset.js';

/** The questions about the person's situation; each answer is sent to Rust at once. */
export function situation(step) {
  return h('section', { class: 'step', dataset: { step: 'situation' } },
    h('h1', { tabindex: '-1' }, phrases(step.title)),
    h('p', {}, step.intro),
    step.questions.map(questionView),
  );
}

function questionView(question) {
  const titleId = `q-${question.id}`;
  return h('fieldset', { class: 'question', dataset: { question: question.id }, 'aria-describedby': `${titleId}-why` },
    h('legend', { id: titleId }, phrases(question.title)),
    h('p', { class: 'why', id: `${titleId}-why` }, question.why),
    h('div', { class: 'answers' }, question.answers.map((answer) => {
      const id = `a-${question.id}-${answer.value}`;
      return h('label', { class: `answer${answer.selected ? ' selected' : ''}`, for: id },
        h('input', {
          type: 'radio',
          id,
          name: question.id,
          value: answer.value,
          checked: answer.selected,
          dataset: { action: 'answer', question: question.id, answer: answer.value, focusKey: id },
        }),
        h('span', { class: 'answer-text' },
          h('span', { class: 'answer-label' }, answer.label),
          answer.hint ? h('span', { class: 'hint' }, answer.hint) : null));
    })),
  );
}
