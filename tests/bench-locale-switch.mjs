// The language switch as the person feels it, measured in the page: from the
// click on the other language to the frame after every text was re-rendered,
// on the plan step (a full screen of texts). Prints `locale-switch-ms <median>`.
// Used by scripts/bench with MFA_ASSISTANT_BIN pointing at the release build.
import { answerQuestions, launch, waitForStep } from './e2e/app.js';

const SWITCHES = 21;
const app = await launch({ lang: 'ja_JP.UTF-8' });
try {
  const { session } = app;
  await waitForStep(session, 'welcome');
  await session.click('nav [data-action="next"]');
  await answerQuestions(session, {
    smartphone: 'smartphone', 'phone-at-work': 'forbidden', travel: 'often',
    'private-number': 'ok', 'office-phone': 'own-line', 'setup-device': 'pc',
  });
  await session.click('nav [data-action="next"]');
  await waitForStep(session, 'plan');
  const times = [];
  const renderedTimes = [];
  for (let i = 0; i < SWITCHES; i += 1) {
    const [rendered, frame] = await session.executeAsync(`
      const done = arguments[arguments.length - 1];
      const target = document.documentElement.lang === 'ja' ? 'en' : 'ja';
      // The render is synchronous once Rust has answered and sets <html lang>
      // first: the observer runs right after the render has finished, and
      // the next animation frame is when the new texts reach the screen.
      const observer = new MutationObserver(() => {
        if (document.documentElement.lang !== target) return;
        observer.disconnect();
        const renderedAt = performance.now() - began;
        requestAnimationFrame(() => done([renderedAt, performance.now() - began]));
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      const began = performance.now();
      document.querySelector('[data-action="set-locale"][data-locale="' + target + '"]').click();`);
    renderedTimes.push(rendered);
    times.push(frame);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)].toFixed(2);
  console.log(`locale-switch-rendered-ms ${median(renderedTimes)}`);
  console.log(`locale-switch-ms ${median(times)}`);
} finally {
  await app.stop();
}
