// The tests' view of a WebDriver session, over the official Selenium bindings
// (selenium-webdriver), talking to tauri-driver. The tests keep this small
// interface (find, click, type, wait…); every call has a time limit, so a call
// WebKitWebDriver never answers fails the test with its name instead of
// hanging the run.
import { Builder, By, Capabilities } from 'selenium-webdriver';

// No WebDriver call may hang a test run: one that has not answered in this
// time fails with the call's name instead.
const REQUEST_TIMEOUT_MS = 60000;

function within(promise, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in time`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export class Session {
  constructor(driver) {
    this.driver = driver;
  }

  /** Opens a session on tauri-driver at `base` with `capabilities` ('tauri:options'). */
  static async open(base, capabilities) {
    const caps = new Capabilities();
    // Selenium insists on a browser name; tauri-driver replaces it with
    // WebKitWebDriver's own before passing the session on.
    caps.setBrowserName('wry');
    for (const [name, value] of Object.entries(capabilities)) caps.set(name, value);
    const driver = await within(new Builder().withCapabilities(caps).usingServer(base).build(), 'new session');
    return new Session(driver);
  }

  async close() {
    try {
      await within(this.driver.quit(), 'quit');
    } catch {
      // The app may already have exited; nothing to clean up then.
    }
  }

  /** The window's position and size on screen. */
  async windowRect() {
    return within(this.driver.manage().window().getRect(), 'window rect');
  }

  /** Runs `script` (a function body) in the page and returns its result. */
  async execute(script, ...args) {
    return within(this.driver.executeScript(script, ...args), 'execute');
  }

  /** Runs an async function body; it must call the last argument with its result. */
  async executeAsync(script, ...args) {
    return within(this.driver.executeAsyncScript(script, ...args), 'execute async');
  }

  async find(css) {
    return new Element(await within(this.driver.findElement(By.css(css)), `find ${css}`));
  }

  async findAll(css) {
    const elements = await within(this.driver.findElements(By.css(css)), `find all ${css}`);
    return elements.map((element) => new Element(element));
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

  /** Clicks `css`. */
  async click(css) {
    await this.onFresh(css, (element) => element.click());
  }

  async text(css) {
    return this.onFresh(css, (element) => element.text());
  }

  /**
   * Runs `action` on the element `css` matches. The window re-renders from
   * Rust's answers (the FAQ on every keystroke), so an element found a moment
   * ago may have been replaced: find it again then.
   */
  async onFresh(css, action) {
    for (let attempt = 1; ; attempt += 1) {
      const element = await this.waitFor(css);
      try {
        return await action(element);
      } catch (error) {
        if (error.name !== 'StaleElementReferenceError' || attempt === 3) throw error;
      }
    }
  }

  /** Sends keys to the focused element (WebDriver key codes, e.g. '\uE004' is Tab). */
  async keys(text) {
    await within(this.driver.actions().sendKeys(text).perform(), 'keys');
  }
}

export class Element {
  constructor(element) {
    this.element = element;
  }

  /**
   * Scrolls the element to the middle of its scrolling area first, as a
   * person does: WebKitWebDriver scrolls only until it touches the window's
   * edge, where the action bar (outside the scrolling step) covers it.
   */
  async click() {
    await within(
      this.element.getDriver().executeScript('arguments[0].scrollIntoView({ block: "center", inline: "nearest" })', this.element),
      'scroll',
    );
    await within(this.element.click(), 'click');
  }

  async text() {
    return within(this.element.getText(), 'text');
  }

  async attribute(name) {
    return within(this.element.getAttribute(name), `attribute ${name}`);
  }

  async type(text) {
    await within(this.element.sendKeys(text), 'type');
  }

  async clear() {
    await within(this.element.clear(), 'clear');
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
