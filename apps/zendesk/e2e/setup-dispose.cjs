// Jest runs tests in a vm context whose Symbol lacks Node's `Symbol.dispose` / `Symbol.asyncDispose` polyfills
// (V8 in Node 22 has no native ones). playwright-core keys its disposables on them, so define them here, before it loads.
if (!Symbol.dispose) Object.defineProperty(Symbol, 'dispose', { value: Symbol('Symbol.dispose') });
if (!Symbol.asyncDispose)
  Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol('Symbol.asyncDispose') });
