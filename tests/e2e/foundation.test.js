// The foundation as a user meets it: the first screen in their language, the
// language switch, and a remembered choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshConfigHome, launch, saveScreenshot } from './app.js';

const htmlLang = (session) => session.execute('return document.documentElement.lang');

test('a Japanese desktop opens on the welcome in Japanese', async () => {
  const app = await launch({ lang: 'ja_JP.UTF-8' });
  try {
    const { session } = app;
    assert.equal(await htmlLang(session), 'ja');
    const heading = await session.text('[data-step="welcome"] h1');
    assert.match(heading, /多要素認証/);
    // One honest figure, computed from the plan the answers will lead to.
    assert.match(await session.text('[data-step="welcome"]'), /約\d+分/);
    await saveScreenshot(session, 'welcome-ja');
  } finally {
    await app.stop();
  }
});

test('an English desktop opens on the welcome in English', async () => {
  const app = await launch({ lang: 'en_GB.UTF-8' });
  try {
    const { session } = app;
    assert.equal(await htmlLang(session), 'en');
    assert.match(await session.text('[data-step="welcome"] h1'), /multi-factor authentication/);
    await saveScreenshot(session, 'welcome-en');
  } finally {
    await app.stop();
  }
});

test('the switch changes every text at once and is remembered', async () => {
  const configHome = freshConfigHome();
  let app = await launch({ lang: 'en_US.UTF-8', configHome });
  try {
    const { session } = app;
    const englishTitle = await session.text('#app-title');
    await session.click('[data-action="set-locale"][data-locale="ja"]');
    await session.waitUntil('return document.documentElement.lang === "ja"');
    const body = await session.text('body');
    assert.match(body, /多要素認証/);
    assert.doesNotMatch(body, /Get started|multi-factor/, 'no English left behind after the switch');
    assert.notEqual(await session.text('#app-title'), englishTitle);
    const pressed = await session.find('[data-action="set-locale"][data-locale="ja"]');
    assert.equal(await pressed.attribute('aria-pressed'), 'true');
    await saveScreenshot(session, 'switched-to-ja');
  } finally {
    await app.stop();
  }
  // An English OS, but the user chose Japanese: the next start is in Japanese.
  app = await launch({ lang: 'en_US.UTF-8', configHome });
  try {
    assert.equal(await htmlLang(app.session), 'ja');
    await app.session.click('[data-action="set-locale"][data-locale="en"]');
    await app.session.waitUntil('return document.documentElement.lang === "en"');
    assert.match(await app.session.text('[data-step] h1'), /multi-factor/);
  } finally {
    await app.stop();
  }
});

test('a corrupt settings file is set aside and the app still starts', async () => {
  const configHome = freshConfigHome();
  const dir = join(configHome, 'mfa-assistant');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), '{"locale": "ja",,, oops');
  const app = await launch({ lang: 'en_US.UTF-8', configHome });
  try {
    assert.equal(await htmlLang(app.session), 'en', 'falls back to the OS language');
    assert.match(await app.session.text('[data-step] h1'), /multi-factor/);
    assert.match(app.log(), /corrupt settings/);
  } finally {
    await app.stop();
  }
  assert.equal(readFileSync(join(dir, 'settings.corrupt'), 'utf8'), '{"locale": "ja",,, oops', 'the bad file is kept for inspection');
  assert.ok(!existsSync(join(dir, 'settings.json')) || JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')));
});
