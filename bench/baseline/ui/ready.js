// Two frames after the first layout: the page has been painted, the same
// moment the assistant reports, with the same moments of the page's start.
const moments = [['script-run', performance.now()]];
requestAnimationFrame(() => requestAnimationFrame(() => {
  moments.push(['painted', performance.now()]);
  const [navigation] = performance.getEntriesByType('navigation');
  if (navigation) {
    for (const name of ['fetchStart', 'responseEnd', 'domInteractive', 'domContentLoadedEventEnd']) {
      moments.push([name, navigation[name]]);
    }
  }
  const marks = moments.map(([name, at]) => [name, performance.timeOrigin + at]);
  window.__TAURI__.core.invoke('ready', { marks });
}));
