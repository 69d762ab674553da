import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens answer through the real services and a debounce; on a loaded 2-core machine (CI, or several
// test runs at once) that can take longer than the library's 1 s default before a waitFor gives up.
configure({ asyncUtilTimeout: 5000 });

// Mantine reads these browser APIs that jsdom does not provide.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

class ResizeObserverShim implements ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverShim });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverShim });
}

// Textarea autosize listens for web fonts loading.
if (!('fonts' in document)) {
  const fonts = Object.assign(new EventTarget(), { ready: Promise.resolve(), status: 'loaded', check: () => true, load: async () => [] });
  Object.defineProperty(document, 'fonts', { configurable: true, value: fonts });
}

if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

// jsdom follows an <a> without href on click (to the document URL, dropping the #hash route the app
// just set). Browsers do nothing for such anchors (HTML spec: "if element has no href, return"), so
// cancel the default action there; React onClick handlers still run.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('a') : null;
  if (target && !target.hasAttribute('href')) event.preventDefault();
});

afterEach(() => {
  cleanup();
  // Drafts (local storage) and the route's parameters (open dialog, wizard step) outlive a test.
  window.localStorage.clear();
  history.replaceState(null, '', window.location.pathname);
});
