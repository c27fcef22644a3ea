// The app as a desktop program: one window however often it is started, the
// window's size and position kept between runs, and a log file on disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appEnvironment, binary, freshConfigHome, freshDataHome, launch, logFile, saveScreenshot, screenshotDir } from './app.js';
import { sleep } from './webdriver.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The visible top-level windows titled `title` on the X display. */
function windowsTitled(title) {
  try {
    return execFileSync('xdotool', ['search', '--onlyvisible', '--name', `^${title}$`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/**
 * Starts the binary directly (no driver), waits until its first screen is
 * painted, and returns its X window, a promise of its exit code, and `kill`.
 */
async function startDirectly(env) {
  const child = spawn(binary, [], { env: { ...env, MFA_ASSISTANT_REPORT_READY: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/ready \d+/.test(out)) resolve(true);
    });
    exited.then(() => resolve(false));
  });
  const timeout = sleep(20000).then(() => false);
  if (!(await Promise.race([ready, timeout]))) {
    child.kill('SIGKILL');
    throw new Error('the app did not report ready');
  }
  const [window] = execFileSync('xdotool', ['search', '--onlyvisible', '--pid', String(child.pid)], {
    encoding: 'utf8',
  }).split('\n');
  child.stdout.resume();
  return { window, pid: child.pid, exited, kill: () => child.exitCode === null && child.kill('SIGKILL') };
}

/** Polls `condition` (a function) until it holds; fails after ten seconds. */
async function until(condition, what) {
  for (let i = 0; i < 200; i += 1) {
    if (condition()) return;
    await sleep(50);
  }
  assert.fail(`waited in vain: ${what}`);
}

/** Position and size of an X window, as the X server has it. */
function windowGeometry(window) {
  const shell = execFileSync('xdotool', ['getwindowgeometry', '--shell', window], { encoding: 'utf8' });
  const value = (name) => Number(shell.match(new RegExp(`^${name}=(\\d+)`, 'm'))[1]);
  return { x: value('X'), y: value('Y'), width: value('WIDTH'), height: value('HEIGHT') };
}

/** Starts the binary directly, as a double-click would, and waits for it to end. */
function launchAgain(env, { timeout = 20000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [], { env, stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the second launch was still running after ${timeout} ms`));
    }, timeout);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test('a second launch brings the open window forward and starts nothing new', async () => {
  const configHome = freshConfigHome();
  const dataHome = freshDataHome();
  const app = await launch({ lang: 'en_US.UTF-8', configHome, dataHome });
  try {
    const { session } = app;
    await session.click('nav [data-action="next"]');
    await session.waitFor('[data-step="situation"]');
    const title = 'MFA Setup Assistant';
    assert.equal(windowsTitled(title).length, 1);
    const code = await launchAgain(appEnvironment({ lang: 'en_US.UTF-8', configHome, dataHome }));
    assert.equal(code, 0, 'the second launch hands over and exits cleanly');
    // The first instance has heard of the second (its log says so) and
    // brought its own window forward: there is still one window.
    await until(() => existsSync(logFile(dataHome)) && /second launch/.test(readFileSync(logFile(dataHome), 'utf8')), 'the first instance heard of the second');
    assert.equal(windowsTitled(title).length, 1, 'still exactly one window');
    // The first window is still the one the user was working in.
    assert.ok(await session.execute('return document.querySelector("[data-step=situation]") !== null'));
    assert.match(readFileSync(logFile(dataHome), 'utf8'), /second launch/);
  } finally {
    await app.stop();
  }
});

test("the window's size and position are remembered", async () => {
  const env = appEnvironment({ lang: 'ja_JP.UTF-8', configHome: freshConfigHome(), dataHome: freshDataHome() });
  const wanted = { x: 120, y: 90, width: 820, height: 640 };
  let app = await startDirectly(env);
  try {
    execFileSync('xdotool', ['windowsize', app.window, String(wanted.width), String(wanted.height)]);
    execFileSync('xdotool', ['windowmove', app.window, String(wanted.x), String(wanted.y)]);
    await until(() => {
      const now = windowGeometry(app.window);
      return now.width === wanted.width && now.x === wanted.x;
    }, 'the window took its new size and place');
    // The close button; the size is saved as the app ends.
    execFileSync(join(here, 'close-window.py'), [app.window]);
    assert.equal(await app.exited, 0, 'closing the window ends the app normally');
  } finally {
    app.kill();
  }
  app = await startDirectly(env);
  try {
    const geometry = windowGeometry(app.window);
    for (const key of ['width', 'height', 'x', 'y']) {
      assert.ok(Math.abs(geometry[key] - wanted[key]) <= 2, `${key}: ${geometry[key]} (wanted ${wanted[key]})`);
    }
  } finally {
    app.kill();
  }
});

test('the log file says what started, in either language', async () => {
  for (const lang of ['ja_JP.UTF-8', 'en_US.UTF-8']) {
    const dataHome = freshDataHome();
    const app = await launch({ lang, dataHome });
    await app.stop();
    const path = logFile(dataHome);
    assert.ok(existsSync(path), `log at ${path}`);
    const text = readFileSync(path, 'utf8');
    assert.match(text, /MFA Setup Assistant \d+\.\d+\.\d+ on linux/);
    assert.match(text, new RegExp(`opening in ${lang.slice(0, 2)}`));
  }
});

test('the help panel copies diagnostic information for the help desk, in either language', async () => {
  const dataHome = freshDataHome();
  const app = await launch({ lang: 'ja_JP.UTF-8', dataHome });
  try {
    const { session } = app;
    await session.click('[data-action="open-faq"]');
    await session.waitFor('[data-view="faq"]');
    // Something typed that must never reach the report or the log.
    await (await session.find('#faq-search')).type('090-1234-5678');
    await session.waitUntil('return document.querySelector(".results-count")?.textContent !== ""');
    await session.click('[data-action="copy-diagnostics"]');
    await session.waitUntil('return !document.querySelector("[data-diagnostics-text]").hidden');
    const japanese = await session.text('[data-diagnostics-text]');
    assert.match(japanese, /診断情報/);
    assert.match(japanese, /バージョン: \d+\.\d+\.\d+/);
    assert.match(japanese, /ja \(ja-JP\)/);
    assert.match(japanese, /mfa-assistant\.log/);
    assert.match(await session.text('[data-diagnostics-status]'), /コピー/);
    await session.execute('document.querySelector("[data-diagnostics]").scrollIntoView()');
    await saveScreenshot(session, 'help-diagnostics-ja');
    await session.click('[data-action="set-locale"][data-locale="en"]');
    await session.waitUntil('return document.documentElement.lang === "en"');
    await session.click('[data-action="copy-diagnostics"]');
    await session.waitUntil('return document.querySelector("[data-diagnostics-text]")?.textContent.includes("diagnostic information")');
    const english = await session.text('[data-diagnostics-text]');
    assert.match(english, /Language: en \(ja-JP\)/);
    assert.doesNotMatch(japanese + english, /1234|5678/, 'nothing typed in the report');
  } finally {
    await app.stop();
  }
  assert.doesNotMatch(readFileSync(logFile(dataHome), 'utf8'), /1234|5678/, 'nothing typed in the log');
});

/** The process ids under `pid` (children, their children…). */
function descendants(pid) {
  let children = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** The environment WebKit's web process (the page's painter) runs with. */
function webProcessEnvironment(appPid) {
  const web = descendants(appPid).find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('WebKitWebProces');
    } catch {
      return false;
    }
  });
  assert.ok(web, 'WebKit runs a web process for the page');
  const pairs = readFileSync(`/proc/${web}/environ`, 'utf8').split('\0').filter(Boolean);
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}

test('with compositing on, as on a desktop, the page is painted on the CPU and shows its text', async () => {
  const desktop = {
    ...appEnvironment({ lang: 'ja_JP.UTF-8', configHome: freshConfigHome(), dataHome: freshDataHome() }),
    WEBKIT_DISABLE_COMPOSITING_MODE: undefined,
    WEBKIT_SKIA_ENABLE_CPU_RENDERING: undefined,
  };
  const app = await startDirectly(desktop);
  try {
    assert.equal(webProcessEnvironment(app.pid).WEBKIT_SKIA_ENABLE_CPU_RENDERING, '1');
    mkdirSync(screenshotDir, { recursive: true });
    const path = join(screenshotDir, 'welcome-desktop-mode-ja.png');
    // The page's frames reach the X window through the compositor, some time
    // after the page has drawn them: the empty header first, then the step.
    // A page WebKit failed to paint stays a few flat colours; the welcome
    // step's text, in anti-aliased Japanese, is hundreds.
    const colours = () => {
      execFileSync('import', ['-window', app.window, path]);
      return Number(execFileSync('convert', [path, '-format', '%k', 'info:'], { encoding: 'utf8' }));
    };
    await until(() => colours() > 100, `the welcome step's text on the X window (${path})`);
  } finally {
    app.kill();
  }
  // A person's own choice (here: paint on the GPU) is kept.
  const chosen = await startDirectly({ ...desktop, WEBKIT_SKIA_ENABLE_CPU_RENDERING: '0' });
  try {
    assert.equal(webProcessEnvironment(chosen.pid).WEBKIT_SKIA_ENABLE_CPU_RENDERING, '0');
  } finally {
    chosen.kill();
  }
});
