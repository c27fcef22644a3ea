// Two more people walk the whole journey; every step is photographed in both
// languages. And an organisation's profile: previewed, and broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestions, launch, registerEach, saveScreenshot, waitForStep } from './app.js';

/** Screenshots of the current screen in both languages, back in `locale` after. */
async function photographBoth(session, name, locale) {
  const other = locale === 'ja' ? 'en' : 'ja';
  await saveScreenshot(session, `${name}-${locale}`);
  await session.click(`[data-action="set-locale"][data-locale="${other}"]`);
  await session.waitUntil(`return document.documentElement.lang === "${other}"`);
  await saveScreenshot(session, `${name}-${other}`);
  await session.click(`[data-action="set-locale"][data-locale="${locale}"]`);
  await session.waitUntil(`return document.documentElement.lang === "${locale}"`);
}

const PEOPLE = [
  {
    name: 'feature-phone',
    lang: 'en_US.UTF-8',
    locale: 'en',
    answers: { smartphone: 'feature-phone', 'phone-at-work': 'allowed', travel: 'rarely', 'private-number': 'ok', 'office-phone': 'own-line', 'setup-device': 'pc' },
    // No provider of the organisation's own: both lines work until the date
    // only, so the lasting place is a security key.
    plan: ['security-key:backup', 'phone:interim', 'office-phone:interim'],
    numbers: { phone: ['090-1111-2222', 'ok'], 'office-phone': ['03-5555-1234', 'ok'] },
  },
  {
    name: 'phone-only',
    lang: 'ja_JP.UTF-8',
    locale: 'ja',
    answers: { smartphone: 'smartphone', 'phone-at-work': 'forbidden', travel: 'often', 'private-number': 'not-ok', 'office-phone': 'none', 'setup-device': 'phone-only' },
    plan: ['authenticator:primary', 'synced-passkey:backup'],
    numbers: {},
  },
];

for (const person of PEOPLE) {
  test(`${person.name}: the whole journey, every step in both languages`, async () => {
    const app = await launch({ lang: person.lang, env: { MFA_ASSISTANT_TODAY: '2026-11-25' } });
    const shot = (step) => photographBoth(app.session, `journey-${person.name}-${step}`, person.locale);
    try {
      const { session } = app;
      await shot('welcome');
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'situation');
      await answerQuestions(session, person.answers);
      await shot('situation');
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'plan');
      const planned = await session.execute('return [...document.querySelectorAll(".plan [data-method]")].map(e => e.dataset.method + ":" + e.dataset.role)');
      assert.deepEqual(planned, person.plan);
      await shot('plan');
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'prepare');
      await shot('prepare');
      await session.click('nav [data-action="next"]');
      // The register steps come in the order Microsoft allows (a key is never
      // the first method): every planned method once.
      await waitForStep(session, 'register');
      const registered = await registerEach(session, async (method) => {
        const number = person.numbers[method];
        if (number) {
          await (await session.find('#phone-number')).type(number[0]);
          await session.click('form[data-action="check-phone"] button[type="submit"]');
          await session.waitFor(`.verdict[data-tone="${number[1]}"]`);
          await session.execute('document.querySelector(".phone-check").scrollIntoView()');
        }
        if (method === 'authenticator' && person.answers['setup-device'] === 'phone-only') {
          // The pairing link path is drawn, and this computer is the bridge to
          // the phone: QR codes for the Security info page and the app store,
          // which a phone camera reads off the screen.
          assert.ok(await session.find('[data-picture="pairing-link"]'));
          await session.execute('document.querySelector("[data-step=register] .links").scrollIntoView()');
          const shot = await saveScreenshot(session, `journey-${person.name}-register-qr-codes`);
          const decoded = execFileSync('zbarimg', ['--raw', '-q', shot], { encoding: 'utf8' }).trim().split('\n').sort();
          assert.deepEqual(decoded, ['https://aka.ms/getMicrosoftAuthenticator', 'https://aka.ms/mysecurityinfo']);
          await session.execute('document.getElementById("scroller").scrollTo(0, 0)');
        }
        await shot(`register-${method}`);
      });
      await waitForStep(session, 'verify');
      assert.deepEqual([...registered].sort(), person.plan.map((entry) => entry.split(':')[0]).sort());
      await shot('verify');
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'done');
      await shot('done');
    } finally {
      await app.stop();
    }
  });
}

const PREVIEW_PROFILE = `schema_version = 1
[organisation]
name = { ja = "東西大学", en = "Tozai University" }
switchboard_numbers = ["03-1234-0000"]
[help_desk]
name = { ja = "情報基盤センター", en = "the IT Center" }
hours = { ja = "平日 9:00〜17:00", en = "Weekdays 9:00-17:00" }
counter = { ja = "本館 2階", en = "Main building, 2nd floor" }
phone = "03-1234-2345"
email = "it-help@tozai-u.example"
page = "https://it.tozai-u.example/helpdesk"
[schedule]
mfa_required_from = 2027-01-15
[methods]
enabled = ["phone", "authenticator", "office-phone", "passkey"]
[[links]]
id = "manual"
title = { ja = "登録マニュアル", en = "Registration manual" }
url_ja = "https://it.tozai-u.example/mfa/manual-ja.pdf"
[link_policy]
extra_allowed_hosts = ["it.tozai-u.example"]
`;

function profileFile(text) {
  const path = join(mkdtempSync(join(tmpdir(), 'mfa-e2e-profile-')), 'profile.toml');
  writeFileSync(path, text);
  return path;
}

test('a preview profile is announced and shapes the assistant', async () => {
  const app = await launch({
    lang: 'en_US.UTF-8',
    env: { MFA_ASSISTANT_PROFILE: profileFile(PREVIEW_PROFILE), MFA_ASSISTANT_TODAY: '2026-11-25' },
  });
  try {
    const { session } = app;
    assert.ok(await session.find('[data-banner="preview"]'));
    const welcome = await session.text('[data-step="welcome"]');
    assert.match(welcome, /Tozai University/);
    assert.match(welcome, /15 January 2027, in 51 days/);
    await saveScreenshot(session, 'profile-preview-en');
    // The organisation's manual appears with a QR code on the prepare step.
    await session.click('nav [data-action="next"]');
    await answerQuestions(session, { smartphone: 'smartphone', 'phone-at-work': 'allowed', travel: 'rarely', 'private-number': 'ok', 'office-phone': 'own-line', 'setup-device': 'pc' });
    await session.click('nav [data-action="next"]');
    await waitForStep(session, 'plan');
    // The plan's two places are the phone and the Apple or Google account;
    // the person adds their desk line as well.
    assert.deepEqual(
      await session.execute('return [...document.querySelectorAll(".plan [data-method]")].map(e => e.dataset.place)'),
      ['smartphone', 'cloud-account'],
    );
    await session.click('.choices-fold summary');
    await session.click('[data-action="toggle-method"][data-alternative="office-phone"]');
    await session.waitUntil('return document.querySelector("[data-alternative=office-phone][data-action=toggle-method]").checked');
    await session.click('nav [data-action="next"]');
    await waitForStep(session, 'prepare');
    assert.ok(await session.find('[data-link="manual"] img.qr'));
    // The switchboard is refused on the office-phone step's check.
    const plan = await session.execute('return document.querySelectorAll("[data-step=prepare] .order li").length');
    assert.ok(plan >= 2);
    await session.click('nav [data-action="next"]');
    for (let i = 0; i < plan; i += 1) {
      if (await session.execute('return document.querySelector("[data-step=register]")?.dataset.method === "office-phone"')) break;
      await session.click('[data-action="mark-registered"]');
      await session.waitFor('[data-step]');
    }
    await (await session.find('#phone-number')).type('03-1234-0000');
    await session.click('form[data-action="check-phone"] button[type="submit"]');
    await session.waitFor('.verdict[data-kind="switchboard"]');
  } finally {
    await app.stop();
  }
});

test('a broken profile shows an error banner with the place, and the wizard still works', async () => {
  const broken = PREVIEW_PROFILE.replace('mfa_required_from = 2027-01-15', 'mfa_required_from = "next spring"');
  const app = await launch({ lang: 'ja_JP.UTF-8', env: { MFA_ASSISTANT_PROFILE: profileFile(broken) } });
  try {
    const { session } = app;
    const banners = await session.text('#banners');
    assert.match(banners, /profile\.toml/);
    const line = broken.split('\n').findIndex((l) => l.startsWith('mfa_required_from')) + 1;
    assert.match(banners, new RegExp(`${line} 行`), 'names the line');
    assert.ok(await session.find('[data-banner="error"]'));
    await saveScreenshot(session, 'profile-broken-ja');
    assert.match(await session.text('[data-step="welcome"]'), /本学/, 'runs on the built-in default');
    await session.click('nav [data-action="next"]');
    await waitForStep(session, 'situation');
  } finally {
    await app.stop();
  }
});
