// "Check with Microsoft" as a person uses it: sign in once in the (fake)
// browser, read what Microsoft lists, compare it with the plan; and every way
// it can fail, each said plainly with the wizard still usable. Microsoft is
// played by the stand-in (crates/mfa-account-check, `identity-stand-in`), which checks
// the PKCE verifier, the redirect URI and the client id as Microsoft does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestions, launch, logFile, repoRoot, saveScreenshot, waitForStep } from './app.js';

const STAND_IN_TENANT = 'stand-in.example.ac.jp';
const STAND_IN_CLIENT_ID = '5a7d1e2c-0b4f-4c8e-9d3a-57414e44494e';
const FULL_NUMBERS = ['9012345678', '8098765432', '312345601'];
// Quoted by the stand-in in an AADSTS50020 description (crates/mfa-account-check/src/stand_in.rs).
const FOREIGN_ADDRESS = 'kenji.sato@outlook.example';

/** Starts the stand-in; resolves once it listens. */
async function startStandIn() {
  const binary = join(repoRoot, 'target', 'debug', 'identity-stand-in');
  const child = spawn(binary, [], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/listening (\S+)/);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`stand-in exited with ${code}`)));
  });
  return {
    base,
    async scenario(name) {
      const response = await fetch(new URL('stand-in/scenario', base), { method: 'POST', body: name });
      assert.equal(response.status, 200, `scenario ${name}`);
    },
    async issued() {
      const text = await (await fetch(new URL('stand-in/issued', base))).text();
      return text.split('\n').filter(Boolean);
    },
    async events() {
      return (await (await fetch(new URL('stand-in/events', base))).text()).split('\n');
    },
    stop() {
      child.kill();
    },
  };
}

/** A browser that opens the sign-in URL and follows its redirects, as a real one would. */
function followingBrowser() {
  const dir = mkdtempSync(join(tmpdir(), 'mfa-e2e-browser-'));
  const log = join(dir, 'opened.txt');
  const script = join(dir, 'browser.cjs');
  writeFileSync(script, `#!/usr/bin/env node
const { appendFileSync } = require('node:fs');
appendFileSync(${JSON.stringify(log)}, process.argv[2] + '\\n');
fetch(process.argv[2], { redirect: 'follow', signal: AbortSignal.timeout(20000) })
  .then(async (r) => appendFileSync(${JSON.stringify(log)}, 'page ' + r.status + ' ' + (await r.text()).replace(/\\s+/g, ' ') + '\\n'))
  .catch((e) => appendFileSync(${JSON.stringify(log)}, 'error ' + e.message + '\\n'));
`);
  chmodSync(script, 0o755);
  return { script, lines: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []) };
}

function profileFile() {
  const dir = mkdtempSync(join(tmpdir(), 'mfa-e2e-profile-'));
  const path = join(dir, 'profile.toml');
  writeFileSync(path, `schema_version = 1
[organisation]
name = { ja = "東西大学", en = "Tozai University" }
[help_desk]
name = { ja = "情報基盤センター", en = "the IT Center" }
hours = { ja = "平日 9:00〜17:00", en = "Weekdays 9:00-17:00" }
counter = { ja = "本館 2階", en = "Main building, 2nd floor" }
phone = "03-1234-2345"
email = "it-help@tozai-u.example"
[methods]
enabled = ["authenticator", "passkey", "phone", "office-phone", "alternate-phone"]
[microsoft_check]
tenant = "${STAND_IN_TENANT}"
client_id = "${STAND_IN_CLIENT_ID}"
`);
  return path;
}

async function check(session) {
  // Every render builds the section anew: a mark on the old one tells the
  // result of this click from the screen before it.
  await session.execute('document.querySelector("[data-account-check]").dataset.before = ""');
  await session.click('[data-account-check] [data-action="start-account-check"]');
  await session.waitFor('[data-account-check]:not([data-before]):not([data-check-state="waiting"])', { timeout: 20000 });
  return session.execute('return document.querySelector("[data-account-check]").dataset.checkState');
}

async function failureKind(session) {
  return session.execute('return document.querySelector("[data-account-check] [data-failure]")?.dataset.failure');
}

/** Everything the app wrote where it keeps files, and its log. */
function everythingWritten(configHome, dataHome, downloads) {
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(join(configHome, 'mfa-assistant'));
  walk(downloads);
  const log = logFile(dataHome);
  if (existsSync(log)) files.push(log);
  return files.map((f) => readFileSync(f, 'latin1')).join('\n');
}

for (const [lang, locale] of [['ja_JP.UTF-8', 'ja'], ['en_GB.UTF-8', 'en']]) {
  test(`${locale}: check with Microsoft, every failure, and nothing kept`, async (t) => {
    const standIn = await startStandIn();
    const browser = followingBrowser();
    const downloads = mkdtempSync(join(tmpdir(), 'mfa-e2e-downloads-'));
    const app = await launch({
      lang,
      env: {
        MFA_ASSISTANT_PROFILE: profileFile(),
        MFA_ASSISTANT_STAND_IN: standIn.base,
        MFA_ASSISTANT_STAND_IN_SIGN_IN_SECONDS: '3',
        MFA_ASSISTANT_OPEN_WITH: browser.script,
        MFA_ASSISTANT_TODAY: '2026-11-26',
        MFA_ASSISTANT_DOWNLOAD_DIR: downloads,
      },
    });
    try {
      const { session } = app;
      const ja = locale === 'ja';

      await t.test('before anything: every type Graph lists', async () => {
        // "What do I have already?" before anything: every type Graph lists.
        await session.waitFor('[data-step="welcome"] [data-account-check][data-check-state="not-checked"]');
        assert.equal(await check(session), 'checked');
        const kinds = await session.execute('return [...document.querySelectorAll("[data-registered]")].map(e => e.dataset.registered)');
        assert.deepEqual(kinds, ['authenticator', 'phone', 'alternate-phone', 'office-phone', 'passkey-authenticator',
          'fido2', 'software-oath', 'windows-hello', 'email', 'temporary-access-pass', 'platform-credential', 'other']);
        const listed = await session.text('[data-account-check]');
      // Whose account was read, so that someone else's is noticed.
      assert.match(await session.text('[data-read-for]'), /hanako\.yamada@stand-in\.example\.ac\.jp/);
        assert.match(listed, ja ? /末尾78の番号/ : /number ending in 78/);
        assert.match(listed, ja ? /その他の方法/ : /Another method/);
        for (const number of FULL_NUMBERS) assert.doesNotMatch(listed, new RegExp(number));
        assert.ok(browser.lines().some((l) => l.startsWith('page 200') && l.includes(ja ? 'アシスタントに戻ってください' : 'Back to the MFA Setup Assistant')), browser.lines().join('\n'));
      assert.ok(browser.lines().some((l) => l.includes(ja ? 'ブラウザーをすべて閉じて' : 'close the whole browser')), 'the page says to close the browser on a shared PC');
        assert.deepEqual((await standIn.events()).slice(0, 3), [
          'authorize: request checked', 'token: code, redirect URI and PKCE verifier checked', 'methods: bearer token checked']);
        await session.execute('document.querySelector("[data-account-check]").scrollIntoView()');
        await saveScreenshot(session, `account-check-welcome-${locale}`);
      });
      await t.test('sign out, then every failure before a token exists', async () => {
        // Sign out forgets it all; the offer is back.
        await session.click('[data-action="sign-out-of-microsoft"]');
        await session.waitFor('[data-account-check][data-check-state="not-checked"]');

        // Failures before a token exists: each said, each leaves the wizard usable.
        for (const [scenario, kind] of [
          ['cancelled-in-browser', 'cancelled'],
          ['consent-missing', 'consent-missing'],
          ['consent-missing-at-token', 'consent-missing'],
          ['unknown-client', 'sign-in-refused'],
          ['foreign-account', 'sign-in-refused'],
          ['network-down', 'no-network'],
          ['never-redirects', 'timed-out'],
        ]) {
          await standIn.scenario(scenario);
          assert.equal(await check(session), 'failed', scenario);
          assert.equal(await failureKind(session), kind, scenario);
          if (scenario === 'consent-missing') {
            // Calm words without codes; the code goes to the help desk through
            // the copy offer, whose text the person sees before sending it.
            const message = await session.text('[data-failure] > p');
            assert.doesNotMatch(message, /AADSTS|UserAuthenticationMethod/);
            assert.match(message, ja ? /情報基盤センター/ : /the IT Center/);
            await session.click('[data-failure] [data-action="copy-diagnostics"]');
            await session.waitUntil('return !document.querySelector("[data-failure] [data-diagnostics-text]").hidden');
            const details = await session.text('[data-failure] [data-diagnostics-text]');
            assert.match(details, /consent-missing AADSTS65001/);
            assert.match(details, new RegExp(STAND_IN_CLIENT_ID));
            await session.execute('document.querySelector("[data-account-check]").scrollIntoView()');
            await saveScreenshot(session, `account-check-consent-${locale}`);
          }
        }
        // Cancel in the window while the browser is open.
        await standIn.scenario('never-redirects');
        await session.click('[data-action="start-account-check"]');
        await session.waitFor('[data-check-state="waiting"] [data-action="cancel-account-check"]');
        // A spinner, and the time the sign-in may take.
        assert.ok(await session.find('[data-check-state="waiting"] .waiting .spinner'));
        assert.match(await session.text('[data-check-state="waiting"] .waiting'), ja ? /5分以内/ : /within 5 minutes/);
        await session.execute('document.querySelector("[data-account-check]").scrollIntoView()');
        await saveScreenshot(session, `account-check-waiting-${locale}`);
        await session.click('[data-action="cancel-account-check"]');
        await session.waitFor('[data-failure="cancelled"]');
      });
      await t.test('the wizard still works: to the test step', async () => {
        // The wizard still works: walk to the test step with a plan.
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'situation');
        await answerQuestions(session, {
          smartphone: 'smartphone', 'phone-at-work': 'allowed', travel: 'often',
          'private-number': 'ok', 'office-phone': 'none', 'setup-device': 'pc',
        });
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'plan');
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'prepare');
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'register');
        await session.click('[data-action="mark-registered"]');
        await session.waitUntil('return document.querySelector("[data-step=register]")?.dataset.method === "synced-passkey"');
        await session.click('[data-action="mark-registered"]');
        await waitForStep(session, 'verify');
      });
      await t.test('one phone holds everything', async () => {
        // One phone holds everything: the passkey in Authenticator is not the
        // planned second place, which is still missing, and a warning says why.
        await standIn.scenario('one-phone');
        assert.equal(await check(session), 'checked');
        const planned = await session.execute('return [...document.querySelectorAll("[data-registered]")].map(e => e.dataset.registered + ":" + e.dataset.planned)');
        assert.deepEqual(planned, ['authenticator:in-plan', 'phone:extra', 'passkey-authenticator:extra']);
        assert.ok(await session.find('[data-account-warning="one-phone-holds-all"]'));
        assert.deepEqual(
          await session.execute('return [...document.querySelectorAll(".missing-methods li")].map(e => e.dataset.method)'),
          ['synced-passkey'],
        );
        assert.equal(await session.execute('return document.querySelector("[data-account-check] .complete")'), null);
        await session.execute('document.querySelector("[data-account-check]").scrollIntoView()');
        await saveScreenshot(session, `account-check-verify-${locale}`);
      });
      await t.test('phone lines only, and back to the missing method', async () => {
        // Phone lines only: the plan's methods are missing, and the date is said.
        await standIn.scenario('phone-lines-only');
        assert.equal(await check(session), 'checked');
        const missing = await session.execute('return [...document.querySelectorAll(".missing-methods li")].map(e => e.dataset.method)');
        assert.deepEqual(missing, ['authenticator', 'synced-passkey']);
        assert.match(await session.text('[data-account-warning="only-phone-lines-ending"]'), ja ? /2027年2月1日/ : /1 February 2027/);
        await session.execute('document.querySelector(".missing-methods").scrollIntoView()');
        await saveScreenshot(session, `account-check-missing-${locale}`);
        // The passkey was never finished: back to its registration, then test again.
        await session.click('.missing-methods [data-method="synced-passkey"] [data-action="register-skipped"]');
        await session.waitUntil('return document.querySelector("[data-step=register]")?.dataset.method === "synced-passkey"');
        await session.click('[data-action="mark-registered"]');
        await waitForStep(session, 'verify');
        await session.waitFor('[data-account-check][data-check-state="not-checked"]');
      });
      await t.test("Graph's errors with the token held", async () => {
        // Graph's errors, with the token held (no second sign-in).
        const opened = browser.lines().filter((l) => l.startsWith('http')).length;
        for (const [scenario, kind] of [
          ['graph-403', 'forbidden'],
          ['graph-429', 'throttled'],
          ['graph-503', 'service-unavailable'],
          ['not-json', 'unexpected-response'],
          ['graph-401', 'not-authorized'],
        ]) {
          await standIn.scenario(scenario);
          assert.equal(await check(session), 'failed', scenario);
          assert.equal(await failureKind(session), kind, scenario);
          if (scenario === 'graph-429') assert.match(await session.text('[data-failure]'), /3/);
        }
        assert.equal(browser.lines().filter((l) => l.startsWith('http')).length, opened, 'the held sign-in was used');
        // After the 401 the token is gone: the next check signs in again, and works.
        await standIn.scenario('every-type');
        assert.equal(await check(session), 'checked');
        assert.equal(browser.lines().filter((l) => l.startsWith('http')).length, opened + 1);
      });
      await t.test('the language switches with the result on screen', async () => {
        // The language switches with the result on screen.
        await session.click(`[data-action="set-locale"][data-locale="${ja ? 'en' : 'ja'}"]`);
        await session.waitUntil(`return document.documentElement.lang === "${ja ? 'en' : 'ja'}"`);
        assert.match(await session.text('[data-account-check]'), ja ? /number ending in 78/ : /末尾78の番号/);
        await session.click(`[data-action="set-locale"][data-locale="${locale}"]`);
        await session.waitUntil(`return document.documentElement.lang === "${locale}"`);
      });
      await t.test("nothing of Microsoft's answer is kept anywhere", async () => {
        // Finish and save the summary: nothing of Microsoft's answer is in it.
        await session.click('nav [data-action="next"]');
        await waitForStep(session, 'done');
        await session.click('[data-action="save-summary"]');
        await session.waitUntil('return document.querySelector("[data-save-status]").textContent.length > 0');

        // No token, code or phone number anywhere the app writes.
        const written = everythingWritten(app.configHome, app.dataHome, downloads);
        assert.ok(written.length > 0, 'the app wrote its files');
        const issued = await standIn.issued();
        assert.ok(issued.length >= 4, issued.join(','));
        for (const secret of [...issued, ...FULL_NUMBERS, FOREIGN_ADDRESS, 'hanako.yamada@stand-in.example.ac.jp', 'Hanako Yamada']) {
          assert.ok(!written.includes(secret), `${secret.slice(0, 6)}… was written to disk`);
        }
      });
    } finally {
      await app.stop();
      standIn.stop();
    }
  });
}

test('without the profile section, there is no check at all', async () => {
  const app = await launch({ lang: 'en_GB.UTF-8' });
  try {
    const { session } = app;
    await session.waitFor('[data-step="welcome"]');
    assert.equal(await session.execute('return document.querySelector("[data-account-check]")'), null);
    assert.doesNotMatch(await session.text('body'), /Microsoft lists|What do I have already/);
  } finally {
    await app.stop();
  }
});

test('start over forgets the sign-in and its result; a reload during the wait keeps the check in hand', async () => {
  const standIn = await startStandIn();
  const browser = followingBrowser();
  const app = await launch({
    lang: 'en_GB.UTF-8',
    env: {
      MFA_ASSISTANT_PROFILE: profileFile(),
      MFA_ASSISTANT_STAND_IN: standIn.base,
      MFA_ASSISTANT_STAND_IN_SIGN_IN_SECONDS: '20',
      MFA_ASSISTANT_OPEN_WITH: browser.script,
      MFA_ASSISTANT_TODAY: '2026-11-26',
    },
  });
  const signIns = () => browser.lines().filter((l) => l.startsWith('http')).length;
  try {
    const { session } = app;
    await session.waitFor('[data-account-check][data-check-state="not-checked"]');
    assert.equal(await check(session), 'checked');
    assert.equal(signIns(), 1);
    // The next person at this PC: Start over leaves nothing of the check.
    await session.click('nav [data-action="next"]');
    await waitForStep(session, 'situation');
    await session.click('nav [data-action="start-over"]');
    await waitForStep(session, 'welcome');
    await session.waitFor('[data-account-check][data-check-state="not-checked"]');
    assert.equal(await session.execute('return document.querySelectorAll("[data-registered]").length'), 0);
    assert.equal(await session.execute('return document.querySelector("[data-action=sign-out-of-microsoft]")'), null);
    // Checking again signs in again: the token went with Start over.
    assert.equal(await check(session), 'checked');
    assert.equal(signIns(), 2);

    // A reload while the browser is open: the page shows the wait, and its
    // Cancel ends the check the shell is still running.
    await standIn.scenario('never-redirects');
    await session.click('[data-action="sign-out-of-microsoft"]');
    await session.waitFor('[data-account-check][data-check-state="not-checked"]');
    await session.click('[data-action="start-account-check"]');
    await session.waitFor('[data-check-state="waiting"] .spinner');
    await session.execute('location.reload()');
    await session.waitFor('[data-check-state="waiting"] [data-action="cancel-account-check"]');
    await session.click('[data-action="cancel-account-check"]');
    await session.waitFor('[data-account-check] [data-failure="cancelled"]');
  } finally {
    await app.stop();
    standIn.stop();
  }
});
