// Two frames after the first layout: the page has been painted, the same
// moment the assistant reports.
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI__.core.invoke('ready')));
