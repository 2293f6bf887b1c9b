import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks TextEncoder (jose in the core), matchMedia (Garden's ThemeProvider asks for the colour scheme) and ResizeObserver (the app's resize).
if (typeof window !== 'undefined') {
  globalThis.TextEncoder ??= TextEncoder;
  globalThis.TextDecoder ??= TextDecoder;
  window.matchMedia ??= (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  });
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
