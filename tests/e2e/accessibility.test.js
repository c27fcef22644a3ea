// Accessibility checks (axe-core) on every step and panel, in both languages,
// and the keyboard path through the first steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { answerQuestions, launch, registerEach } from './app.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the current screen. */
async function violations(session) {
  await session.execute(`${axeSource}; return true;`);
  const result = await session.executeAsync(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ['violations'] })
      .then((r) => done(r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))))
      .catch((e) => done(['axe failed: ' + e]));`);
  return result;
}

for (const [lang, locale] of [['ja_JP.UTF-8', 'ja'], ['en_US.UTF-8', 'en']]) {
  test(`${locale}: no serious accessibility violations on any step or panel`, async () => {
    const app = await launch({ lang });
    try {
      const { session } = app;
      const check = async (where) => assert.deepEqual(await violations(session), [], where);
      await check('welcome');
      await session.click('nav [data-action="next"]');
      await session.waitFor('[data-step="situation"]');
      await check('situation');
      await answerQuestions(session, { smartphone: 'smartphone', 'phone-at-work': 'forbidden', travel: 'often', 'private-number': 'ok', 'office-phone': 'shared-line', 'setup-device': 'pc' });
      for (const step of ['plan', 'prepare', 'register']) {
        await session.click('nav [data-action="next"]');
        await session.waitFor(`[data-step="${step}"]`);
        await check(step);
      }
      await registerEach(session, (method) => check(`register ${method}`));
      await session.waitFor('[data-step="verify"]');
      await check('verify');
      await session.click('nav [data-action="next"]');
      await session.waitFor('[data-step="done"]');
      await check('done');
      await session.click('#help-links [data-action="open-faq"]');
      await session.waitFor('[data-view="faq"]');
      await check('faq');
      await session.click('#help-links [data-action="open-troubleshoot"]');
      await session.waitFor('[data-view="troubleshoot"]');
      await check('troubleshoot');
    } finally {
      await app.stop();
    }
  });
}

/**
 * The focused element's ring, read in the page: its width, and its contrast
 * against what is behind it (the nearest background), as WCAG counts it.
 */
async function focusRing(session) {
  return session.execute(`
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
      const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let behind = el.parentElement;
    while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] === 0 || getComputedStyle(behind).backgroundColor === 'transparent')) behind = behind.parentElement;
    const background = behind ? rgb(getComputedStyle(behind).backgroundColor) : [255, 255, 255];
    const [a, b] = [luminance(rgb(style.outlineColor)), luminance(background)];
    return {
      what: el.tagName + (el.dataset.action ? '[' + el.dataset.action + ']' : '') + (el.dataset.answer ? '[' + el.dataset.answer + ']' : ''),
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
    };`);
}

/** Presses Tab until `predicate` (page script) holds, checking every ring on the way. */
async function tabTo(session, predicate, what) {
  for (let i = 0; i < 80; i += 1) {
    if (await session.execute(`return Boolean(${predicate})`)) return;
    await session.keys('\uE004');
    const ring = await focusRing(session);
    if (ring.what !== 'BODY' && ring.what !== 'H1') {
      assert.notEqual(ring.style, 'none', `${ring.what} shows where the focus is`);
      assert.ok(ring.width >= 2, `${ring.what}: ring ${ring.width}px`);
      assert.ok(ring.contrast >= 3, `${ring.what}: ring contrast ${ring.contrast.toFixed(2)}:1`);
    }
  }
  assert.fail(`Tab never reached ${what}`);
}

test('the keyboard alone walks the whole journey, with a visible focus ring on every control', async () => {
  const app = await launch({ lang: 'ja_JP.UTF-8', env: { MFA_ASSISTANT_COMPUTER: 'windows' } });
  try {
    const { session } = app;
    const action = (name) => `document.activeElement?.dataset?.action === "${name}"`;
    await tabTo(session, action('next'), 'the start button');
    await session.keys('\uE007');
    await session.waitFor('[data-step="situation"]');
    // Focus moved to the new step's heading, so a screen reader reads it.
    assert.equal(await session.execute('return document.activeElement.tagName'), 'H1');
    // Space on a focused answer selects it.
    for (const [question, answer] of Object.entries({
      smartphone: 'smartphone', 'phone-at-work': 'allowed', travel: 'rarely',
      'private-number': 'ok', 'office-phone': 'none', 'setup-device': 'pc',
    })) {
      const choice = `[data-question="${question}"] [data-answer="${answer}"]`;
      await tabTo(session, `document.activeElement?.closest("[data-question]")?.dataset.question === "${question}"`, question);
      // Within a group of radio buttons, the arrow keys move to the answer.
      for (let i = 0; i < 4 && !(await session.execute(`return document.activeElement === document.querySelector('${choice}')`)); i += 1) {
        await session.keys('\uE015');
      }
      await session.keys(' ');
      await session.waitUntil(`return document.querySelector('${choice}').checked`);
    }
    for (const step of ['plan', 'prepare', 'register']) {
      await tabTo(session, action('next'), `next to ${step}`);
      await session.keys('\uE007');
      await session.waitFor(`[data-step="${step}"]`);
    }
    while (await session.execute('return document.querySelector("[data-step=register]") !== null')) {
      await session.execute('document.querySelector("[data-step=register]").dataset.leaving = ""');
      await tabTo(session, action('mark-registered'), 'I have registered it');
      await session.keys('\uE007');
      await session.waitUntil('return document.querySelector("[data-step]:not([data-leaving])") !== null');
    }
    await session.waitFor('[data-step="verify"]');
    await tabTo(session, action('next'), 'it worked');
    await session.keys('\uE007');
    await session.waitFor('[data-step="done"]');
    await tabTo(session, action('finish'), 'finish');
  } finally {
    await app.stop();
  }
});
