// A minimal W3C WebDriver client: just the calls these tests make, over fetch.
// (A full client library would pull in hundreds of packages for a dozen calls.)

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async open(base, capabilities) {
    const value = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId);
  }

  async command(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async close() {
    try {
      await this.command('DELETE', '');
    } catch {
      // The app may already have exited; nothing to clean up then.
    }
  }

  /** Runs `script` (a function body) in the page and returns its result. */
  async execute(script, ...args) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Runs an async function body; it must call the last argument with its result. */
  async executeAsync(script, ...args) {
    return this.command('POST', '/execute/async', { script, args });
  }

  async find(css) {
    const value = await this.command('POST', '/element', { using: 'css selector', value: css });
    return new Element(this, value[ELEMENT]);
  }

  async findAll(css) {
    const values = await this.command('POST', '/elements', { using: 'css selector', value: css });
    return values.map((v) => new Element(this, v[ELEMENT]));
  }

  /** Waits until `css` matches an element, and returns it. */
  async waitFor(css, { timeout = 10000 } = {}) {
    const until = Date.now() + timeout;
    let lastError;
    while (Date.now() < until) {
      try {
        return await this.find(css);
      } catch (error) {
        lastError = error;
        await sleep(50);
      }
    }
    throw new Error(`timed out waiting for ${css}: ${lastError?.message}`);
  }

  /** Waits until `predicate` (a function body returning a boolean) is true in the page. */
  async waitUntil(predicate, { timeout = 10000, what = predicate } = {}) {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      if (await this.execute(predicate)) return;
      await sleep(50);
    }
    throw new Error(`timed out waiting until ${what}`);
  }

  async click(css) {
    const element = await this.waitFor(css);
    await element.click();
  }

  async text(css) {
    return (await this.waitFor(css)).text();
  }

  /** Sends keys to the focused element (WebDriver key codes, e.g. '\uE004' is Tab). */
  async keys(text) {
    const actions = [...text].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]);
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  async click() {
    await this.session.command('POST', `/element/${this.id}/click`, {});
  }

  async text() {
    return this.session.command('GET', `/element/${this.id}/text`);
  }

  async attribute(name) {
    return this.session.command('GET', `/element/${this.id}/attribute/${name}`);
  }

  async type(text) {
    await this.session.command('POST', `/element/${this.id}/value`, { text });
  }

  async clear() {
    await this.session.command('POST', `/element/${this.id}/clear`, {});
  }
}

// No WebDriver call may hang a test run: one that has not answered in this
// time fails with the call's name instead.
const REQUEST_TIMEOUT_MS = 60000;

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  }).catch((error) => {
    throw new Error(`${method} ${path}: ${error.name === 'TimeoutError' ? 'no answer in time' : error.message}`);
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok || json.value?.error) {
    const detail = json.value ? `${json.value.error}: ${json.value.message}` : response.statusText;
    throw new Error(`${method} ${path}: ${detail}`);
  }
  return json.value;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
