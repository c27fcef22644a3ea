// Japanese set as a Japanese product: headings and buttons break between
// phrases, never inside a word or after one character. A phrase here ends
// where hiragana (particles, endings) gives way to kanji, katakana or Latin,
// and after Japanese punctuation; <wbr> marks those places and CSS
// (`word-break: keep-all`) forbids every other break. Presentation only: the
// words come from Rust.

const HIRAGANA = /[\u3041-\u309f]/;
const AFTER_PUNCTUATION = /[、。」）』】〕：]/;
const OPENING = /[「（『【〔]/;

/** `text` split at phrase boundaries, as text and <wbr> nodes. */
export function phrases(text) {
  if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return [text];
  const nodes = [];
  let start = 0;
  for (let i = 1; i < text.length; i += 1) {
    const before = text[i - 1];
    const here = text[i];
    const boundary = (HIRAGANA.test(before) && !HIRAGANA.test(here) && !AFTER_PUNCTUATION.test(here) && here !== 'ー')
      || AFTER_PUNCTUATION.test(before)
      || (OPENING.test(here) && !OPENING.test(before));
    if (boundary) {
      nodes.push(text.slice(start, i), document.createElement('wbr'));
      start = i;
    }
  }
  nodes.push(text.slice(start));
  return nodes;
}

const JAPANESE_END = /[\u3040-\u30ff\u4e00-\u9fff][。、」）]?$/;
const TAIL = 4;

/**
 * Keeps the last few characters of each Japanese paragraph in `root`
 * together, so that no line holds only "す。": the tail becomes one
 * unbreakable span. Runs after rendering; the words are unchanged.
 */
export function keepTailsTogether(root) {
  if (!root || !root.closest(':lang(ja)')) return;
  for (const block of root.querySelectorAll('p, li, figcaption, dd')) {
    const last = block.lastChild;
    if (last?.nodeType !== Node.TEXT_NODE) continue;
    const text = last.textContent;
    if (text.length < TAIL * 3 || !JAPANESE_END.test(text)) continue;
    const tail = document.createElement('span');
    tail.className = 'kept-together';
    tail.textContent = text.slice(-TAIL);
    last.textContent = text.slice(0, -TAIL);
    block.append(tail);
  }
}
