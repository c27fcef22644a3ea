// Starts the real app binary through tauri-driver (which starts WebKitWebDriver)
// with a chosen environment, and opens a WebDriver session on its window.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, sleep } from './webdriver.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const binary = process.env.MFA_ASSISTANT_BIN
  ? resolve(process.env.MFA_ASSISTANT_BIN)
  : join(repo, 'target', 'debug', 'mfa-assistant');
export const screenshotDir = join(repo, 'target', 'screenshots');

/** A fresh, empty config home: each test starts as a first run unless it reuses one. */
export function freshConfigHome() {
  return mkdtempSync(join(tmpdir(), 'mfa-e2e-config-'));
}

/**
 * Launches the app. `lang` becomes LANG (e.g. 'ja_JP.UTF-8'); `configHome` is the
 * XDG_CONFIG_HOME the app keeps its settings in; `env` adds variables.
 */
export async function launch({ lang = 'en_US.UTF-8', configHome = freshConfigHome(), env = {} } = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  const childEnv = {
    ...process.env,
    LANG: lang,
    LC_ALL: '',
    LC_MESSAGES: '',
    XDG_CONFIG_HOME: configHome,
    NO_AT_BRIDGE: '1',
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    ...env,
  };
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let driverLog = '';
  driver.stdout.on('data', (d) => { driverLog += d; });
  driver.stderr.on('data', (d) => { driverLog += d; });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(base);
    const session = await Session.open(base, { 'tauri:options': { application: binary } });
    await session.waitFor('[data-step]', { timeout: 20000 });
    return {
      session,
      configHome,
      log: () => driverLog,
      async stop() {
        await session.close();
        await stopProcess(driver);
      },
    };
  } catch (error) {
    await stopProcess(driver);
    throw new Error(`${error.message}\n--- tauri-driver output ---\n${driverLog}`);
  }
}

/**
 * Saves a screenshot of the window under target/screenshots/NAME.png. Taken from
 * the X display (ImageMagick), cropped to the window: WebKitWebDriver's own
 * screenshot command never answers under Xvfb here (measured: it hangs).
 */
export async function saveScreenshot(session, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  const { x, y, width, height } = await session.command('GET', '/window/rect');
  await sleep(150); // let the last re-render reach the screen
  execFileSync('import', ['-window', 'root', '-crop', `${width}x${height}+${x}+${y}`, '+repage', path]);
  return path;
}

async function waitForDriver(base) {
  const until = Date.now() + 15000;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${base}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error('tauri-driver did not start listening');
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** Waits until the wizard shows step `id`. */
export async function waitForStep(session, id) {
  await session.waitUntil(`return document.querySelector('[data-step="${id}"]') !== null`, { what: `step ${id}` });
}

/** Clicks each answer of `answers` ({question: value}) and waits until it shows as chosen. */
export async function answerQuestions(session, answers) {
  for (const [question, value] of Object.entries(answers)) {
    const choice = `[data-question="${question}"] [data-answer="${value}"]`;
    await session.click(choice);
    await session.waitUntil(`return document.querySelector('${choice}').checked`, { what: `${question}=${value}` });
  }
}
