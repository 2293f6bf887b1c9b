import type { Plugin } from 'esbuild';

/** Sends libphonenumber-js's `es6` imports to its `es6-modern` build (see esbuild.js). */
export declare const libphonenumberModern: Plugin;
