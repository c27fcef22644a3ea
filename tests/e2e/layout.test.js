// What a first-timer sees on a 1366×768 laptop, every step in both languages:
// one main button per step, the step bar and the action bar on screen even at
// the bottom of the longest step, QR codes only where a phone's camera scans
// one, none for someone with a basic phone. Each screen is photographed
// (target/screenshots/screens-*.png; docs/screenshots/ holds a reviewed copy).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerQuestions, launch, registerEach, saveScreenshot, startDisplay, waitForStep } from './app.js';

const LAPTOP = { width: 1366, height: 768 };

/** QR codes a phone's camera may scan on the PC path: the app stores only. */
const APP_STORE_LINKS = ['authenticator-download', 'authenticator-app-store', 'authenticator-google-play'];

const PEOPLE = [
  {
    name: 'typical',
    computer: 'windows',
    answers: { smartphone: 'smartphone', 'phone-at-work': 'allowed', travel: 'rarely', 'private-number': 'ok', 'office-phone': 'none', 'setup-device': 'pc' },
    places: ['smartphone', 'this-pc'],
  },
  {
    name: 'locker',
    computer: 'windows',
    answers: { smartphone: 'smartphone', 'phone-at-work': 'forbidden', travel: 'rarely', 'private-number': 'ok', 'office-phone': 'none', 'setup-device': 'pc' },
    places: ['this-pc', 'smartphone'],
  },
  {
    name: 'basic-phone',
    computer: 'windows',
    answers: { smartphone: 'feature-phone', 'phone-at-work': 'allowed', travel: 'rarely', 'private-number': 'ok', 'office-phone': 'none', 'setup-device': 'pc' },
    places: null, // checked below: no QR code anywhere
  },
];

/** What the screen shows about the rules of this test, read in the page. */
async function screenFacts(session) {
  return session.execute(`
    const onScreen = (el) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 0.5;
    };
    return {
      primaries: document.querySelectorAll('button.primary').length,
      primaryInBar: document.querySelectorAll('#action-bar button.primary').length,
      qrLinks: [...document.querySelectorAll('#main img.qr')].map((img) => img.closest('[data-link]').dataset.link),
      stepBarOnScreen: onScreen(document.querySelector('#step-indicator')),
      primaryOnScreen: onScreen(document.querySelector('#action-bar button.primary')),
      scrolledToBottom: (() => {
        const s = document.getElementById('scroller');
        return s.scrollTop + s.clientHeight >= s.scrollHeight - 1;
      })(),
    };`);
}

/** Scrolls the step to its very bottom, as someone reading to the end does. */
async function scrollToBottom(session) {
  await session.execute('const s = document.getElementById("scroller"); s.scrollTop = s.scrollHeight;');
}

for (const locale of ['ja', 'en']) {
  for (const person of PEOPLE) {
    test(`${locale}, ${person.name}: one main button per step, bars on screen, QR codes only for the camera`, async () => {
      const screen = await startDisplay(LAPTOP.width, LAPTOP.height);
      const app = await launch({
        lang: locale === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8',
        env: { DISPLAY: screen.display, MFA_ASSISTANT_TODAY: '2026-12-01', MFA_ASSISTANT_COMPUTER: person.computer },
      });
      const { session } = app;
      let shots = 0;
      const photograph = async (what) => {
        shots += 1;
        await saveScreenshot(session, `screens-${person.name}-${locale}-${String(shots).padStart(2, '0')}-${what}`, { display: screen.display });
      };
      /** Every rule of this test on the current step; `what` names it in failures. */
      const checkStep = async (what) => {
        await session.execute('document.getElementById("scroller").scrollTop = 0');
        if (person.name === 'typical') await photograph(what);
        let facts = await screenFacts(session);
        assert.equal(facts.primaries, 1, `${what}: exactly one primary button`);
        assert.equal(facts.primaryInBar, 1, `${what}: the primary button is in the action bar`);
        if (person.places) {
          assert.deepEqual(facts.qrLinks.filter((id) => !APP_STORE_LINKS.includes(id)), [], `${what}: only app-store QR codes`);
        } else {
          assert.deepEqual(facts.qrLinks, [], `${what}: no QR code for a basic phone`);
        }
        await scrollToBottom(session);
        facts = await screenFacts(session);
        assert.ok(facts.scrolledToBottom, `${what}: scrolled to the bottom`);
        if (what !== 'welcome') assert.ok(facts.stepBarOnScreen, `${what}: the step bar stays on screen`);
        assert.ok(facts.primaryOnScreen, `${what}: the main button stays on screen`);
      };
      try {
        const { width, height } = await session.windowRect();
        assert.ok(width <= LAPTOP.width && height <= LAPTOP.height, `the window (${width}×${height}) fits the laptop's screen`);
        await checkStep('welcome');
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'situation');
        await answerQuestions(session, person.answers);
        await checkStep('situation');
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'plan');
        if (person.places) {
          const places = await session.execute('return [...document.querySelectorAll(".plan [data-method]")].map((e) => e.dataset.place)');
          assert.deepEqual(places, person.places);
        }
        await saveScreenshot(session, `screens-plan-${person.name}-${locale}`, { display: screen.display });
        await checkStep('plan');
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'prepare');
        await checkStep('prepare');
        await session.click('nav [data-action="next"]');
        await registerEach(session, (method) => checkStep(`register-${method}`));
        await waitForStep(session, 'verify');
        await checkStep('verify');
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'done');
        await checkStep('done');
        if (person.name === 'typical') {
          // The help panels, photographed for the docs too.
          await session.click('#help-links [data-action="open-troubleshoot"]');
          await session.waitFor('[data-view="troubleshoot"]');
          await photograph('help-guide');
          await session.click('#help-links [data-action="open-faq"]');
          await session.waitFor('[data-view="faq"]');
          await photograph('help-faq');
        }
      } finally {
        await app.stop();
        screen.stop();
      }
    });
  }
}

test('on a small screen (1024×600) the window opens inside it', async () => {
  const screen = await startDisplay(1024, 600);
  const app = await launch({ env: { DISPLAY: screen.display } });
  try {
    const { width, height } = await app.session.windowRect();
    assert.ok(width <= 1024 && height <= 600, `${width}×${height}`);
    assert.ok(height >= 480, 'not below the smallest size the layout works at');
    const facts = await screenFacts(app.session);
    assert.ok(facts.primaryOnScreen);
  } finally {
    await app.stop();
    screen.stop();
  }
});
