// Starts the real app binary through tauri-driver (which starts WebKitWebDriver)
// with a chosen environment, and opens a WebDriver session on its window.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, sleep } from './webdriver.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The repository's root folder. */
export const repoRoot = repo;
export const binary = process.env.MFA_ASSISTANT_BIN
  ? resolve(process.env.MFA_ASSISTANT_BIN)
  : join(repo, 'target', 'debug', 'mfa-assistant');
export const screenshotDir = join(repo, 'target', 'screenshots');

/** A fresh, empty config home: each test starts as a first run unless it reuses one. */
export function freshConfigHome() {
  return mkdtempSync(join(tmpdir(), 'mfa-e2e-config-'));
}

/** A fresh XDG_DATA_HOME: where the log file and WebKit's data go. */
export function freshDataHome() {
  return mkdtempSync(join(tmpdir(), 'mfa-e2e-data-'));
}

/** The app's log file under a data home (Tauri's log folder on Linux). */
export function logFile(dataHome) {
  return join(dataHome, 'jp.mfaassistant.desktop', 'logs', 'mfa-assistant.log');
}

/**
 * The environment the app runs in: `lang` becomes LANG (e.g. 'ja_JP.UTF-8');
 * `configHome` is the XDG_CONFIG_HOME the app keeps its settings in, `dataHome`
 * the XDG_DATA_HOME its log goes to; `env` adds variables.
 */
export function appEnvironment({ lang, configHome, dataHome, env = {} }) {
  return {
    ...process.env,
    LANG: lang,
    LANGUAGE: '',
    LC_ALL: '',
    LC_MESSAGES: '',
    XDG_CONFIG_HOME: configHome,
    XDG_DATA_HOME: dataHome,
    NO_AT_BRIDGE: '1',
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    ...env,
  };
}

/** Launches the app (see `appEnvironment` for the options) and opens a WebDriver session on it. */
export async function launch({
  lang = 'en_US.UTF-8',
  configHome = freshConfigHome(),
  dataHome = freshDataHome(),
  env = {},
} = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  const childEnv = appEnvironment({ lang, configHome, dataHome, env });
  // The driver gets a process group of its own (WebKitWebDriver, the app and
  // WebKit's helpers are all in it), so stopping kills every one of them; its
  // output goes to a file, not a pipe, so a straggler can never hold this test
  // process open. (Not in the config folder: tests search that for personal data.)
  const logPath = join(mkdtempSync(join(tmpdir(), 'mfa-e2e-log-')), 'tauri-driver.log');
  const logFd = openSync(logPath, 'a');
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env: childEnv,
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  closeSync(logFd);
  const driverLog = () => {
    try {
      return readFileSync(logPath, 'utf8');
    } catch {
      return '';
    }
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(base);
    const session = await Session.open(base, { 'tauri:options': { application: binary } });
    await session.waitFor('[data-step]', { timeout: 20000 });
    return {
      session,
      configHome,
      dataHome,
      log: driverLog,
      async stop() {
        await session.close();
        await stopProcess(driver);
      },
    };
  } catch (error) {
    await stopProcess(driver);
    throw new Error(`${error.message}\n--- tauri-driver output ---\n${driverLog()}`);
  }
}

/**
 * Saves a screenshot of the window under target/screenshots/NAME.png. Taken from
 * the X display (ImageMagick), cropped to the window: WebKitWebDriver's own
 * screenshot command never answers under Xvfb here (measured: it hangs).
 */
export async function saveScreenshot(session, name, { display } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  const { x, y, width, height } = await session.windowRect();
  // The last re-render has reached the screen once two frames have passed.
  await session.executeAsync('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));');
  const env = display ? { ...process.env, DISPLAY: display } : process.env;
  execFileSync('import', ['-window', 'root', '-crop', `${width}x${height}+${x}+${y}`, '+repage', path], { env });
  return path;
}

/**
 * A display of its own, `width`×`height` like a laptop's screen (Xvfb, no
 * window manager: the work area is the whole screen). Pass its `display` to
 * `launch({ env: { DISPLAY } })` and to `saveScreenshot`.
 */
export async function startDisplay(width, height) {
  const server = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const number = await new Promise((resolveNumber, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('\n')) resolveNumber(seen.trim());
    });
    server.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return {
    display: `:${number}`,
    stop() {
      server.kill();
    },
  };
}

async function waitForDriver(base) {
  const until = Date.now() + 15000;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${base}/status`, { signal: AbortSignal.timeout(2000) });
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

/**
 * Stops the driver and everything it started: SIGTERM first, so tauri-driver
 * ends WebKitWebDriver in order, then SIGKILL to whatever is left of the group.
 */
async function stopProcess(child) {
  if (child.exitCode === null && child.signalCode === null) {
    await new Promise((resolveStop) => {
      const timer = setTimeout(resolveStop, 3000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolveStop();
      });
      child.kill('SIGTERM');
    });
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // ESRCH: the whole group has already gone.
  }
}

/** Waits until the wizard shows step `id`. */
export async function waitForStep(session, id) {
  try {
    await session.waitUntil(`return document.querySelector('[data-step="${id}"]') !== null`, { what: `step ${id}` });
  } catch (error) {
    // Say what was on screen instead, so that a rare failure can be read.
    const shown = await session.execute(`
      const step = document.querySelector('[data-step]');
      const fatal = document.getElementById('fatal');
      return [step ? step.dataset.step + (step.dataset.method ? ':' + step.dataset.method : '') : 'no step',
        fatal && !fatal.hidden ? 'error: ' + fatal.textContent : ''].join(' ');`).catch(() => 'unknown');
    throw new Error(`${error.message}; on screen: ${shown}`);
  }
}

/** Clicks each answer of `answers` ({question: value}) and waits until it shows as chosen. */
export async function answerQuestions(session, answers) {
  for (const [question, value] of Object.entries(answers)) {
    const choice = `[data-question="${question}"] [data-answer="${value}"]`;
    await session.click(choice);
    await session.waitUntil(`return document.querySelector('${choice}').checked`, { what: `${question}=${value}` });
  }
}

/**
 * On the register steps: runs `onEach(method)` on each step, then presses "I
 * have registered it", until the steps are over. Returns the methods in the
 * order they came.
 */
export async function registerEach(session, onEach = async () => {}) {
  const seen = [];
  while (await session.execute('return document.querySelector("[data-step=register]") !== null')) {
    const method = await session.execute('return document.querySelector("[data-step=register]").dataset.method');
    if (seen.includes(method)) throw new Error(`${method} came twice`);
    seen.push(method);
    await onEach(method);
    // The next screen is told from this one by a mark this one carries.
    await session.execute('document.querySelector("[data-step=register]").dataset.leaving = ""');
    await session.click('[data-action="mark-registered"]');
    await session.waitUntil('return document.querySelector("[data-step]:not([data-leaving])") !== null');
  }
  return seen;
}
