import { SfError } from '@salesforce/core';
import { EXIT } from './exit-codes.js';

/** A usage or configuration error: exit code 2, no cause attached (causes are printed by `--json`). */
export function usageError(message: string, name = 'UsageError', actions?: string[]): SfError {
  return new SfError(message, name, actions, EXIT.usage);
}

/** A runtime failure that is not the user's fault (org or network): exit code 1. */
export function runtimeError(message: string, name = 'IdVerifyError', actions?: string[]): SfError {
  return new SfError(message, name, actions, EXIT.negative);
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Rebuilds any error without its `cause` chain. sf-plugins-core prints `inspect(cause)` in `--json` errors, and
 * oclif's flag-parsing errors carry the raw argv there, which may hold a secret typed on the command line.
 */
export function withoutCause(error: Error): SfError {
  const exitCode = exitCodeOf(error);
  const actions = error instanceof SfError ? error.actions : undefined;
  const clean = new SfError(error.message, error.name || 'Error', actions, exitCode);
  if (error instanceof SfError && error.data !== undefined) clean.setData(error.data);
  clean.stack = `${clean.name}: ${clean.message}`;
  return clean;
}

function exitCodeOf(error: Error): number {
  // A flag's own parse function failed (e.g. an invalid Salesforce ID): oclif prefixes "Parsing --<flag>".
  if (error.message.startsWith('Parsing --')) return EXIT.usage;
  const oclif = (error as { oclif?: { exit?: unknown } }).oclif;
  if (typeof oclif?.exit === 'number') return oclif.exit;
  const exitCode = (error as { exitCode?: unknown }).exitCode;
  if (typeof exitCode === 'number') return exitCode;
  return EXIT.negative;
}
