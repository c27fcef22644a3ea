test('advice checked long ago says so once, in either language, with the help desk', async () => {
  // Years after any date the advice could have been checked on.
  const app = await launch({ lang: 'ja_JP.UTF-8', env: { MFA_ASSISTANT_TODAY: '2029-06-01' } });
  try {
    const { session } = app;
    assert.equal(await stepId(session), 'welcome');
    const ja = await session.text('[data-banner="info"]');
    assert.match(ja, /に確認したもので、120日以上たっています/);
    assert.match(ja, /表示が違うときは情報基盤センターにご相談ください/);
    await saveScreenshot(session, 'advice-age-ja');
    await session.click('[data-action="set-locale"][data-locale="en"]');
    await session.waitFor('html[lang="en"]');
    assert.match(await session.text('[data-banner="info"]'), /more than 120 days ago\. Microsoft may have changed its screens/);
    await session.click('nav [data-action="next"]');
    await waitForStep(session, 'situation');
    assert.equal((await session.findAll('[data-banner]')).length, 0, 'said once: gone when the person goes on');
  } finally {
    await app.stop();
  }
});

// The registration journey as a new staff member walks it: answer the
// questions, read the plan, register each method (with the phone check and the
// links), test, finish — in both languages, switching half-way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { answerQuestions, logFile, freshConfigHome, launch, saveScreenshot, waitForStep } from './app.js';

const ANSWERS = {
  smartphone: 'smartphone',
  'phone-at-work': 'allowed',
  travel: 'often',
  'private-number': 'ok',
  'office-phone': 'none',
  'setup-device': 'pc',
};

/** Waits until a top-level window whose title matches `pattern` is (or is no longer) open. */
async function waitForWindow(pattern, open) {
  const isOpen = () => {
    try {
      execFileSync('xdotool', ['search', '--name', pattern], { stdio: 'ignore' });
      return true;
    } catch {
      return false; // xdotool exits 1 when nothing matches
    }
  };
  for (let i = 0; i < 100; i += 1) {
    if (isOpen() === open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`window ${pattern} ${open ? 'never opened' : 'never closed'}`);
}

/**
 * Presses Enter in the window titled like `pattern`, as a person does after
 * clicking into it. Xvfb runs no window manager, so a new dialog does not take
 * the keyboard focus by itself: give it the focus first.
 */
function pressEnterIn(pattern) {
  const visible = execFileSync('xdotool', ['search', '--onlyvisible', '--name', ''], { encoding: 'utf8' })
    .trim()
    .split('\n');
  // Titles are matched here, not by xdotool: its pattern misses Japanese titles.
  const id = visible.find((window) => {
    try {
      return new RegExp(pattern).test(execFileSync('xdotool', ['getwindowname', window], { encoding: 'utf8' }).trim());
    } catch {
      return false; // gone meanwhile
    }
  });
  if (!id) return; // not open yet
  execFileSync('xdotool', ['windowfocus', '--sync', id]);
  execFileSync('xdotool', ['key', 'Return']);
}

async function stepId(session) {
  return session.execute('return document.querySelector("[data-step]")?.dataset.step');
}

/** A stand-in for the browser: records each URL it is asked to open. */
function fakeBrowser() {
  const dir = mkdtempSync(join(tmpdir(), 'mfa-e2e-browser-'));
  const log = join(dir, 'opened.txt');
  const script = join(dir, 'browser.sh');
  writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\n`);
  chmodSync(script, 0o755);
  return { script, opened: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

/** Every file the app wrote under the config home, concatenated. */
function everythingWritten(configHome) {
  const dir = join(configHome, 'mfa-assistant');
  if (!existsSync(dir)) return '';
  return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

test('the whole journey, switching language half-way, with the phone check and links', async (t) => {
  const browser = fakeBrowser();
  const configHome = freshConfigHome();
  const downloads = mkdtempSync(join(tmpdir(), 'mfa-e2e-downloads-'));
  const app = await launch({
    lang: 'ja_JP.UTF-8',
    configHome,
    env: {
      MFA_ASSISTANT_OPEN_WITH: browser.script,
      MFA_ASSISTANT_TODAY: '2026-11-25',
      MFA_ASSISTANT_DOWNLOAD_DIR: downloads,
    },
  });
  try {
    const { session } = app;
    await t.test('the questions and the plan', async () => {
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'situation');
      // Next before answering: a clear message, and the step stays.
      await session.click('nav [data-action="next"]');
      await session.waitFor('.problem');
      assert.match(await session.text('.problem'), /質問/);
      await answerQuestions(session, ANSWERS);
      await saveScreenshot(session, 'wizard-situation-ja');
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'plan');
      // No telecom provider of the organisation's own: the app leads already now.
      // The second method lives elsewhere than the phone: a passkey synced to
      // the Apple or Google account (this PC is neither Windows nor a Mac).
      const planned = await session.execute('return [...document.querySelectorAll(".plan [data-method]")].map(e => e.dataset.method + ":" + e.dataset.role + ":" + e.dataset.place)');
      assert.deepEqual(planned, ['authenticator:primary:smartphone', 'synced-passkey:backup:cloud-account']);
      // Someone who travels often hears why the app suits them, with the FAQ's answers.
      assert.match(await session.text('.plan [data-method="authenticator"] .reason'), /海外/);
      assert.match(await session.text('.plan [data-method="authenticator"] .reason'), /FAQ Q1/);
      assert.match(await session.text('[data-estimate]'), /約\d+分/);
      await session.execute('window.scrollTo(0, 0)');
      await saveScreenshot(session, 'wizard-plan-ja');
      // The person adds SMS as a fallback: it says until when it works.
      await session.click('.choices-fold summary');
      await session.click('[data-action="toggle-method"][data-alternative="phone"]');
      await session.waitUntil('return document.querySelector("[data-alternative=phone][data-action=toggle-method]").checked');
      assert.match(await session.text('label[for="m-phone"]'), /2027年2月1日まで/);
      assert.ok(await session.find('[data-warning="retirement-ahead"]'));
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'prepare');
      await saveScreenshot(session, 'wizard-prepare-ja');
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'register');
    });
    await t.test("the first method, through Microsoft's first-time setup, in both languages", async () => {
      // The first method goes through Microsoft's first-time setup.
      assert.equal(await session.execute('return document.querySelector("[data-step=register]").dataset.method'), 'authenticator');
      assert.equal(await session.execute('return document.querySelector("[data-step=register]").dataset.path'), 'first');
      const firstSteps = await session.text('[data-step="register"] .instructions');
      assert.match(firstSteps, /「詳細情報が必要」/);
      assert.match(firstSteps, /「アカウントのセキュリティ保護」/);
      assert.doesNotMatch(firstSteps, /サインイン方法の追加/);
      // On the PC path the only QR code is the app store's, for the phone's
      // camera: Microsoft's own pairing code on the PC is the one to scan in
      // the app, and a picture shows it.
      assert.deepEqual(
        await session.execute('return [...document.querySelectorAll("[data-step=register] img.qr")].map(i => i.closest("[data-link]").dataset.link)'),
        ['authenticator-download'],
      );
      assert.ok(await session.find('[data-picture="app-add-account"]'), 'a picture of the app\'s first screen');
      await session.execute('document.querySelector("[data-step=register] .instructions").scrollIntoView()');
      await saveScreenshot(session, 'wizard-register-first-ja');
      await session.click('[data-action="set-locale"][data-locale="en"]');
      await session.waitUntil('return document.documentElement.lang === "en"');
      assert.match(await session.text('[data-step="register"] .instructions'), /"More information required"/);
      await session.execute('document.querySelector("[data-step=register] .instructions").scrollIntoView()');
      await saveScreenshot(session, 'wizard-register-first-en');
      await session.click('[data-action="set-locale"][data-locale="ja"]');
      await session.waitUntil('return document.documentElement.lang === "ja"');
      await session.click('[data-action="mark-registered"]');
    });
    await t.test('a later method skipped, the phone check, the link', async () => {
      // Later methods: "+ Add sign-in method". Stuck with the passkey: skip it.
      await session.waitUntil('return document.querySelector("[data-step=register]")?.dataset.method === "synced-passkey"');
      assert.equal(await session.execute('return document.querySelector("[data-step=register]").dataset.path'), 'later');
      assert.match(await session.text('[data-path-note]'), /サインイン方法の追加/);
      assert.match(await session.text('[data-step="register"] .instructions'), /パスキー/);
      assert.equal(await session.execute('return document.querySelectorAll("[data-step=register] img.qr").length'), 0, 'no QR code on this PC step');
      await session.execute('document.querySelector("[data-step=register] .instructions").scrollIntoView()');
      await saveScreenshot(session, 'wizard-register-later-ja');
      await session.click('[data-action="set-locale"][data-locale="en"]');
      await session.waitUntil('return document.documentElement.lang === "en"');
      await session.execute('document.querySelector("[data-step=register] .instructions").scrollIntoView()');
      await saveScreenshot(session, 'wizard-register-later-en');
      await session.click('[data-action="set-locale"][data-locale="ja"]');
      await session.waitUntil('return document.documentElement.lang === "ja"');
      await session.click('[data-action="skip-method"]');
      await session.waitUntil('return document.querySelector("[data-step=register]")?.dataset.method === "phone"');
      assert.match(await session.text('[data-step="register"] .instructions'), /「サインイン方法の追加」で「電話」/);

      // The phone check: what to choose and exactly what to type.
      const input = await session.find('#phone-number');
      await input.type('０９０－１２３４－５６７８');
      await session.click('form[data-action="check-phone"] button[type="submit"]');
      await session.waitFor('.verdict[data-tone="ok"]');
      assert.equal(await session.text('[data-type-this]'), '9012345678');
      assert.match(await session.text('.verdict'), /Japan \(\+81\)/);
      await session.execute('document.querySelector(".phone-check").scrollIntoView()');
      await saveScreenshot(session, 'wizard-register-phone-ja');

      // Switch language: same step, the typed number kept on screen, verdict in English.
      await session.click('[data-action="set-locale"][data-locale="en"]');
      await session.waitUntil('return document.documentElement.lang === "en"');
      assert.equal(await stepId(session), 'register');
      await session.waitUntil('return document.querySelector(".verdict .headline")?.textContent.includes("mobile")');
      assert.equal(await session.execute('return document.getElementById("phone-number").value'), '０９０－１２３４－５６７８');
      assert.match(await session.text('.verdict'), /Japan \(\+81\)/);
      await session.execute('document.querySelector(".phone-check").scrollIntoView()');
      await saveScreenshot(session, 'wizard-register-phone-en');

      // A switchboard-like or toll-free number is refused.
      const again = await session.find('#phone-number');
      await again.clear();
      await again.type('0120-123-456');
      await session.click('form[data-action="check-phone"] button[type="submit"]');
      await session.waitFor('.verdict[data-tone="problem"][data-kind="toll-free"]');

      // Open the Security info page: it reaches the (fake) browser.
      await session.click('[data-link="security-info"] [data-action="open-link"]');
      await session.waitUntil('return true');
      for (let i = 0; i < 40 && browser.opened().length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(browser.opened(), ['https://aka.ms/mysecurityinfo']);

      await session.click('[data-action="mark-registered"]');
    });
    await t.test('the test step and the method skipped', async () => {
      await waitForStep(session, 'verify');
      assert.equal(await session.execute('return document.getElementById("phone-number")'), null, 'the number is gone with its step');
      // The test step: what Microsoft's own choice of method means, and what was skipped.
      assert.match(await session.text('[data-step="verify"]'), /Sign-in method when most advisable is unavailable/);
      assert.doesNotMatch(await session.text('[data-step="verify"] .instructions'), /Default sign-in method/);
      assert.match(await session.text('[data-skipped]'), /[Pp]asskey/);
      await session.execute('document.querySelector("[data-step=verify] .which-method").scrollIntoView()');
      await saveScreenshot(session, 'wizard-verify-skipped-en');
      await session.click('[data-action="set-locale"][data-locale="ja"]');
      await session.waitUntil('return document.documentElement.lang === "ja"');
      assert.match(await session.text('[data-step="verify"]'), /「最も適したものが利用できない場合のサインイン方法」/);
      await session.execute('document.querySelector("[data-step=verify] .which-method").scrollIntoView()');
      await saveScreenshot(session, 'wizard-verify-skipped-ja');
      // Back to the skipped passkey, registered this time.
      await session.click('[data-skipped] [data-action="register-skipped"][data-method="synced-passkey"]');
      await session.waitUntil('return document.querySelector("[data-step=register]")?.dataset.method === "synced-passkey"');
      await session.click('[data-action="mark-registered"]');
      await waitForStep(session, 'verify');
      assert.equal(await session.execute('return document.querySelector("[data-skipped]")'), null, 'nothing is left skipped');
      await session.click('nav [data-action="next"]');
      await waitForStep(session, 'done');
      assert.match(await session.text('[data-step="done"]'), /3つ/);
    });
    await t.test('done: the lost phone, the help desk, the summary on file and on paper, Finish', async () => {
      // The phone is not the only place: what to do when it is lost, from the
      // passkey in the Apple or Google account; and the help desk's contact.
      assert.match(await session.text('[data-lost-phone="other-places"]'), /Apple または Google/);
      assert.match(await session.text('[data-step="done"] .help-desk-card'), /000-0000-0000/);
      assert.match(await session.text('.reminders'), /電話番号ではサインインできなくなります/);
      await saveScreenshot(session, 'wizard-done-ja');
      // The summary saved as a text file, in the language on screen.
      await session.click('[data-action="save-summary"]');
      await session.waitUntil('return document.querySelector("[data-save-status]").textContent.includes("多要素認証の設定内容.txt")');
      const japanese = readFileSync(join(downloads, '多要素認証の設定内容.txt'), 'utf8');
      assert.match(japanese, /^多要素認証（MFA）の設定内容\n保存日：2026年11月25日\n/);
      assert.match(japanese, /- Microsoft Authenticator アプリ\n- 電話（SMS または音声通話）\n- Apple \/ Google アカウントのパスキー\n/);
      assert.match(japanese, /000-0000-0000/, 'the help desk is on the paper too');
      await session.click('[data-action="set-locale"][data-locale="en"]');
      await session.waitUntil('return document.documentElement.lang === "en"');
      assert.match(await session.text('[data-step="done"]'), /registered 3 methods/);
      await saveScreenshot(session, 'wizard-done-en');
      await session.click('[data-action="save-summary"]');
      await session.waitUntil('return document.querySelector("[data-save-status]").textContent.includes("mfa-setup-summary.txt")');
      await session.execute('document.querySelector("[data-save-status]").scrollIntoView()');
      await saveScreenshot(session, 'wizard-done-saved-en');
      const english = readFileSync(join(downloads, 'mfa-setup-summary.txt'), 'utf8');
      assert.match(english, /Good to know\n- /);
      assert.match(english, /Microsoft stops sending its own text messages/);
      assert.doesNotMatch(japanese + english, /1234|5678|９０/, 'no phone number in the summary');
      // Print opens the system's print dialog over the window (titled in GTK's own
      // language, English where the C library has no Japanese locale); Escape closes it.
      await session.click('[data-action="print"]');
      await waitForWindow('^(Print|印刷)$', true);
      execFileSync('xdotool', ['key', 'Escape']);
      await waitForWindow('^(Print|印刷)$', false);
      // Finish: the window closes; the progress stays for the next start.
      await waitForWindow('^MFA Setup Assistant$', true);
      // The click's own answer may never come: the window it went to is gone.
      await session.click('nav [data-action="finish"]').catch(() => {});
      await waitForWindow('^MFA Setup Assistant$', false);
    });
  } finally {
    await app.stop();
  }
  const written = everythingWritten(configHome);
  assert.match(written, /"step": "done"/);
  assert.doesNotMatch(written, /1234|5678|９０/, 'no phone number on disk');
  const log = readFileSync(logFile(app.dataHome), 'utf8');
  assert.match(log, /opening in ja/, 'the log was written');
  assert.doesNotMatch(log, /1234|5678|９０|0120|123-456/, 'no typed number in the log');
});

test('progress is remembered: closing half-way reopens at the same step', async () => {
  const configHome = freshConfigHome();
  let app = await launch({ lang: 'en_US.UTF-8', configHome });
  try {
    await app.session.click('nav [data-action="next"]');
    await waitForStep(app.session, 'situation');
    await answerQuestions(app.session, ANSWERS);
    await app.session.click('nav [data-action="next"]');
    await waitForStep(app.session, 'plan');
    await app.session.click('.choices-fold summary');
    await app.session.click('[data-action="toggle-method"][data-alternative="phone"]');
    await app.session.waitUntil('return document.querySelector("[data-alternative=phone][data-action=toggle-method]").checked');
  } finally {
    await app.stop();
  }
  app = await launch({ lang: 'en_US.UTF-8', configHome });
  try {
    assert.equal(await stepId(app.session), 'plan');
    assert.equal(await app.session.execute('return document.querySelector("[data-alternative=phone][data-action=toggle-method]").checked'), true);
    // The step indicator goes back to the questions, answers intact.
    await app.session.click('[data-marker="situation"] [data-action="go-to-step"]');
    await waitForStep(app.session, 'situation');
    assert.equal(await app.session.execute('return document.querySelector("[data-question=travel] [data-answer=often]").checked'), true);
    await app.session.click('nav [data-action="start-over"]');
    await waitForStep(app.session, 'welcome');
  } finally {
    await app.stop();
  }
});

test('after Microsoft retires SMS and voice, the plan leads with the app and a passkey', async () => {
  const app = await launch({ lang: 'en_US.UTF-8', env: { MFA_ASSISTANT_TODAY: '2027-02-02' } });
  try {
    const { session } = app;
    await session.click('nav [data-action="next"]');
    await answerQuestions(session, ANSWERS);
    await session.click('nav [data-action="next"]');
    await waitForStep(session, 'plan');
    const planned = await session.execute('return [...document.querySelectorAll(".plan [data-method]")].map(e => e.dataset.method)');
    assert.deepEqual(planned, ['authenticator', 'synced-passkey']);
    assert.match(await session.text('[data-warning="phone-lines-ended"]'), /1 February 2027/);
    await saveScreenshot(session, 'wizard-plan-after-retirement-en');
  } finally {
    await app.stop();
  }
});

test('a corrupt progress file is set aside with a message, and the wizard works', async () => {
  const configHome = freshConfigHome();
  const dir = join(configHome, 'mfa-assistant');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'progress.json'), '{"step": "plan", "situation": ');
  const app = await launch({ lang: 'ja_JP.UTF-8', configHome });
  try {
    const { session } = app;
    assert.equal(await stepId(session), 'welcome');
    assert.match(await session.text('[data-banner="info"]'), /読み込めなかった/);
    await session.click('nav [data-action="next"]');
    await waitForStep(session, 'situation');
    assert.equal((await session.findAll('[data-banner]')).length, 0, 'the notice goes once the user acts');
  } finally {
    await app.stop();
  }
  assert.ok(existsSync(join(dir, 'progress.corrupt')), 'the unreadable file is kept for inspection');
});

test('"Save as image" asks where to save in a save dialog and writes the PNG there', async () => {
  const home = mkdtempSync(join(tmpdir(), 'mfa-e2e-home-'));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(home, 'Downloads'));
  const app = await launch({ lang: 'ja_JP.UTF-8', env: { HOME: home, XDG_DOWNLOAD_DIR: '' } });
  try {
    const { session } = app;
    await session.click('nav [data-action="next"]');
    await answerQuestions(session, ANSWERS);
    for (const step of ['plan', 'prepare', 'register']) {
      await session.click('nav [data-action="next"]');
      await waitForStep(session, step);
    }
    await session.click('[data-link="authenticator-download"] [data-action="save-qr"]');
    // The native dialog opens in Downloads with the file name filled in:
    // press Enter as a person would to accept it.
    const saved = join(home, 'Downloads', 'mfa-assistant-qr-authenticator-download.png');
    for (let i = 0; i < 60 && !existsSync(saved); i += 1) {
      await new Promise((r) => setTimeout(r, 500));
      if (i % 4 === 3) pressEnterIn('^(QR コードを画像として保存|Save the QR code as an image)$');
    }
    assert.ok(existsSync(saved), 'the PNG was written where the dialog pointed');
    assert.deepEqual([...readFileSync(saved).subarray(1, 4)], [...Buffer.from('PNG')]);
    await session.waitUntil('return document.querySelector("[data-link-status=authenticator-download]").textContent.includes("mfa-assistant-qr-authenticator-download.png")');
  } finally {
    await app.stop();
  }
});
