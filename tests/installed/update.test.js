// The installed .deb updating itself, as staff would see it: the machine-wide
// profile names a server (a stand-in on 127.0.0.1, HTTPS with a test CA the
// install test adds) and a throw-away public key; the server offers a newer
// .deb signed with that key. Run by scripts/install-test as root, with:
//   MFA_ASSISTANT_BIN=/usr/bin/mfa-assistant, UPDATE_DEB, UPDATE_SIG,
//   UPDATE_PUBKEY, UPDATE_VERSION (the newer), CURRENT_VERSION, TLS_CERT,
//   TLS_KEY.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer } from 'node:https';
import { launch, logFile, saveScreenshot } from '../e2e/app.js';
import { sleep } from '../e2e/webdriver.js';

const env = process.env;
const NEWER = env.UPDATE_VERSION;
const CURRENT = env.CURRENT_VERSION;
const PROFILE_DIR = '/etc/mfa-assistant';
const PROFILE = `${PROFILE_DIR}/profile.toml`;

/** Starts the installed assistant on a day its advice is fresh, so that an
 * update's banner is the only one it can show. */
const start = (lang) => launch({ lang, env: { MFA_ASSISTANT_TODAY: '2026-12-01' } });

/** The signature with one character of its signature line changed. */
function tampered(signature) {
  const lines = Buffer.from(signature, 'base64').toString('utf8').split('\n');
  const flip = (c) => (c === 'A' ? 'B' : 'A');
  lines[1] = flip(lines[1][0]) + lines[1].slice(1);
  return Buffer.from(lines.join('\n')).toString('base64');
}

/** The stand-in update server: /<scenario>/latest.json (same, tampered, hang,
 * slow) and the .deb. */
async function startServer() {
  const deb = readFileSync(env.UPDATE_DEB);
  const signature = readFileSync(env.UPDATE_SIG, 'utf8').trim();
  let port = 0;
  const manifest = (version, sig) => JSON.stringify({
    version,
    // As scripts/make-latest-json writes docs/changes.md's section.
    notes: '- ja: パスキーの新しい案内\n- en: Newer advice on passkeys',
    pub_date: new Date().toISOString(),
    platforms: {
      'linux-x86_64-deb': { signature: sig, url: `https://127.0.0.1:${port}/files/update.deb` },
    },
  });
  const server = createServer({ cert: readFileSync(env.TLS_CERT), key: readFileSync(env.TLS_KEY) }, (request, response) => {
    const routes = {
      '/tampered/latest.json': () => manifest(NEWER, tampered(signature)),
      '/same/latest.json': () => manifest(CURRENT, signature),
    };
    if (request.url === '/hang/latest.json') return; // never answers
    if (request.url === '/slow/latest.json') { // answers after 3 s
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(manifest(NEWER, signature)), 3000);
      return;
    }
    if (request.url === '/files/update.deb') {
      response.writeHead(200, { 'content-type': 'application/vnd.debian.binary-package', 'content-length': deb.length });
      response.end(deb);
      return;
    }
    const body = routes[request.url]?.();
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    response.end(body ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  return { port, close: () => server.close() && server.closeAllConnections() };
}

/** The machine-wide profile, root's, naming `endpoint` as the update server. */
function profileWith(endpoint) {
  const base = execFileSync('/usr/bin/mfa-assistant', ['--print-default-profile'], { encoding: 'utf8' });
  mkdirSync(PROFILE_DIR, { recursive: true, mode: 0o755 });
  writeFileSync(PROFILE, `${base}\n[updates]\nendpoint = "${endpoint}"\npubkey = "${env.UPDATE_PUBKEY}"\n`);
  chmodSync(PROFILE, 0o644);
}

const installedVersion = () => execFileSync('dpkg-query', ['-W', '-f=${Version}', 'mfa-assistant'], { encoding: 'utf8' });
const pids = () => {
  try {
    return execFileSync('pgrep', ['-x', 'mfa-assistant'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

/** Waits until `condition()` holds; fails after `seconds`. */
async function until(condition, what, seconds = 60) {
  for (let i = 0; i < seconds * 10; i += 1) {
    if (await condition()) return;
    await sleep(100);
  }
  assert.fail(`waited in vain: ${what}`);
}

const log = (app) => (existsSync(logFile(app.dataHome)) ? readFileSync(logFile(app.dataHome), 'utf8') : '');

test('the installed assistant updates itself only from a signed, newer .deb, and never blocks', async (t) => {
  const server = await startServer();
  const url = (scenario) => `https://127.0.0.1:${server.port}/${scenario}/latest.json`;
  try {
    await t.test('nothing newer: nothing shown, the log says why', async () => {
      profileWith(url('same'));
      const app = await start('en_US.UTF-8');
      try {
        await until(() => /nothing newer/.test(log(app)), 'the check finished');
        assert.equal((await app.session.findAll('[data-banner="update"]')).length, 0);
      } finally {
        await app.stop();
      }
    });

    await t.test('a server that is down: nothing shown', async () => {
      profileWith('https://127.0.0.1:1/latest.json');
      const app = await start('en_US.UTF-8');
      try {
        await until(() => /the check failed/.test(log(app)), 'the check failed');
        assert.equal((await app.session.findAll('[data-banner]')).length, 0);
      } finally {
        await app.stop();
      }
    });

    await t.test('a server that hangs: the first screen comes as always', async () => {
      profileWith(url('hang'));
      const started = Date.now();
      const app = await start('en_US.UTF-8'); // waits for the first screen
      try {
        assert.ok(Date.now() - started < 20000, 'the first screen did not wait for the server');
        await app.session.click('nav [data-action="next"]');
        await app.session.waitFor('[data-step="situation"]');
      } finally {
        await app.stop();
      }
    });

    await t.test('a tampered signature: refused, one calm line, nothing installed', async () => {
      profileWith(url('tampered'));
      const app = await start('ja_JP.UTF-8');
      try {
        await app.session.waitFor('[data-banner="update"] [data-action="install-update"]', { timeout: 30000 });
        await app.session.click('[data-action="install-update"]');
        await app.session.waitFor('[data-banner="info"]', { timeout: 60000 });
        assert.match(await app.session.text('[data-banner="info"]'), /インストールできませんでした/);
        await saveScreenshot(app.session, 'update-failed-ja');
        assert.equal(installedVersion(), CURRENT);
        assert.match(log(app), /was not installed/);
      } finally {
        await app.stop();
      }
    });

    await t.test('signed and newer: offered, installed, restarted where the person was', async () => {
      profileWith(url('slow'));
      const app = await start('en_US.UTF-8');
      try {
        const { session } = app;
        // The offer comes seconds after the first screen, and only the banners
        // are drawn again: the step under the person's pointer stays the same.
        await session.execute("document.querySelector('#main > *').dataset.shownBefore = 'yes'");
        await session.waitFor('[data-banner="update"]', { timeout: 30000 });
        assert.equal(await session.execute("return document.querySelector('#main > *').dataset.shownBefore ?? 'redrawn'"), 'yes');
        await session.click('nav [data-action="next"]');
        await session.waitFor('[data-step="situation"]');
        const banner = await session.find('[data-banner="update"]');
        assert.match(await banner.text(), new RegExp(`${NEWER.replaceAll('.', '\\.')}.*Newer advice on passkeys`));
        await saveScreenshot(session, 'update-offered-en');
        // What changed, in the language the person switches to.
        await session.click('[data-action="set-locale"][data-locale="ja"]');
        await until(async () => /パスキーの新しい案内/.test(await session.text('[data-banner="update"]')),
          'the Japanese line of the notes', 10);
        await saveScreenshot(session, 'update-offered-ja');
        const [before] = pids();
        await session.click('[data-action="install-update"]').catch(() => {});
        await until(() => installedVersion() === NEWER, `version ${NEWER} installed`, 120);
        await until(() => pids().some((pid) => pid !== before), 'the assistant started again', 60);
        assert.match(log(app), /installed; restarting/);
        // The progress file kept the place: the restarted assistant opens on it.
        const progress = readFileSync(`${app.configHome}/mfa-assistant/progress.json`, 'utf8');
        assert.match(progress, /"step": "situation"/);
      } finally {
        for (const pid of pids()) {
          try { process.kill(Number(pid)); } catch { /* gone */ }
        }
        await app.stop().catch(() => {});
      }
    });
  } finally {
    server.close();
  }
});
