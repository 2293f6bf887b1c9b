import type { BuildOptions } from 'esbuild';
export declare const appBundleOptions: BuildOptions;
