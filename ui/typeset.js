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
const TAIL_MIN = 3;
const TAIL_MAX = 12;

/**
 * The end of `text` to keep on one line: its last phrases, at least
 * TAIL_MIN characters ("す。" alone is too short), at most TAIL_MAX.
 */
function tailOf(text) {
  const segments = phrases(text).filter((node) => typeof node === 'string');
  let tail = '';
  for (let i = segments.length - 1; i > 0 && tail.length < TAIL_MIN; i -= 1) {
    if (tail.length + segments[i].length > TAIL_MAX) break;
    tail = segments[i] + tail;
  }
  return tail.length >= TAIL_MIN ? tail : '';
}

/**
 * Keeps the last phrase of each Japanese paragraph in `root` on one line, so
 * that no line holds only "す。" or a word cut in two: the tail becomes one
 * unbreakable span. Runs after rendering; the words are unchanged.
 */
export function keepTailsTogether(root) {
  if (!root || !root.closest(':lang(ja)')) return;
  for (const block of root.querySelectorAll('p, li, figcaption, dd')) {
    const last = block.lastChild;
    if (last?.nodeType !== Node.TEXT_NODE) continue;
    const text = last.textContent;
    if (text.length < TAIL_MAX * 2 || !JAPANESE_END.test(text)) continue;
    const tail = tailOf(text);
    if (!tail) continue;
    const span = document.createElement('span');
    span.className = 'kept-together';
    span.textContent = tail;
    last.textContent = text.slice(0, -tail.length);
    block.append(span);
  }
}

/** Product names a line must not split: their spaces become no-break spaces. */
const WHOLE_NAMES = ['Microsoft Authenticator', 'Microsoft 365', 'App Store', 'Google Play', 'Windows Hello', 'iCloud キーチェーン', 'Google パスワード マネージャー'];
const NAME_PATTERN = new RegExp(WHOLE_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/** Keeps product names in `root`'s text on one line ("App／Store" never happens). */
export function keepNamesWhole(root) {
  if (!root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!NAME_PATTERN.test(node.data)) continue;
    NAME_PATTERN.lastIndex = 0;
    node.data = node.data.replace(NAME_PATTERN, (name) => name.replace(/ /g, '\u00a0'));
  }
}
