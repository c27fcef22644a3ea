// Accessibility checks (axe-core) on every step and panel, in both languages,
// and the keyboard path through the first steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { answerQuestions, launch } from './app.js';

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
      await session.click('[data-step="welcome"] [data-action="next"]');
      await session.waitFor('[data-step="situation"]');
      await check('situation');
      await answerQuestions(session, { smartphone: 'smartphone', 'phone-at-work': 'forbidden', travel: 'often', 'private-number': 'ok', 'office-phone': 'shared-line', 'setup-device': 'pc' });
      for (const step of ['plan', 'prepare', 'register']) {
        await session.click('nav [data-action="next"]');
        await session.waitFor(`[data-step="${step}"]`);
        await check(step);
      }
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

test('the keyboard alone gets from the welcome into the questions', async () => {
  const app = await launch({ lang: 'en_US.UTF-8' });
  try {
    const { session } = app;
    // Tab until the start button has focus, then press Enter.
    for (let i = 0; i < 12; i += 1) {
      if (await session.execute('return document.activeElement?.dataset?.action === "next"')) break;
      await session.keys('\uE004');
    }
    assert.equal(await session.execute('return document.activeElement.dataset.action'), 'next');
    await session.keys('\uE007');
    await session.waitFor('[data-step="situation"]');
    // Focus moved to the new step's heading, so a screen reader reads it.
    assert.equal(await session.execute('return document.activeElement.tagName'), 'H1');
    // Space on a focused answer selects it.
    for (let i = 0; i < 20; i += 1) {
      if (await session.execute('return document.activeElement?.dataset?.answer === "smartphone"')) break;
      await session.keys('\uE004');
    }
    await session.keys(' ');
    await session.waitUntil('return document.querySelector("[data-answer=smartphone]").checked');
  } finally {
    await app.stop();
  }
});
