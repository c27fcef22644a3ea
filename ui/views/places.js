// A small drawing of each place a method lives in (data-place from Rust), so
// that a plan reads as "the phone, this PC, a key" at a glance. Decoration:
// the place's name is always written beside it.
import { svg } from '../dom.js';

const DRAWINGS = {
  smartphone: () => [
    svg('rect', { x: 7, y: 2, width: 10, height: 20, rx: 2 }),
    svg('line', { x1: 11, y1: 18.5, x2: 13, y2: 18.5 }),
  ],
  'cloud-account': () => [
    svg('path', { d: 'M7 18h10a4 4 0 0 0 0-8 5.5 5.5 0 0 0-10.6-1.2A4.2 4.2 0 0 0 7 18z' }),
  ],
  'this-pc': () => [
    svg('rect', { x: 4, y: 5, width: 16, height: 11, rx: 1.5 }),
    svg('path', { d: 'M2 19h20' }),
  ],
  'security-key': () => [
    svg('rect', { x: 3, y: 8, width: 12, height: 8, rx: 2 }),
    svg('path', { d: 'M15 10h5v4h-5' }),
    svg('circle', { cx: 8, cy: 12, r: 1.6 }),
  ],
  token: () => [
    svg('rect', { x: 4, y: 6, width: 16, height: 12, rx: 3 }),
    svg('path', { d: 'M8 12h8' }),
  ],
  'mobile-number': () => [
    svg('rect', { x: 8, y: 3, width: 8, height: 18, rx: 2 }),
    svg('path', { d: 'M4 8a7 7 0 0 0 0 8M20 8a7 7 0 0 1 0 8' }),
  ],
  'other-number': () => [
    svg('rect', { x: 8, y: 3, width: 8, height: 18, rx: 2 }),
    svg('path', { d: 'M18 6h4M20 4v4' }),
  ],
  'desk-line': () => [
    svg('path', { d: 'M4 9c0-3 16-3 16 0v2h-4v-2H8v2H4z' }),
    svg('rect', { x: 5, y: 13, width: 14, height: 7, rx: 1.5 }),
  ],
};

/** The drawing for `place`, or nothing for a place without one. */
export function placeIcon(place) {
  const draw = DRAWINGS[place];
  if (!draw) return null;
  return svg('svg', {
    class: 'place-icon', viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': 'true', focusable: 'false',
  }, draw());
}
