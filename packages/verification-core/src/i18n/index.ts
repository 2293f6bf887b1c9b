import { isVerificationError, type ErrorCode } from '../errors.js';
import { da } from './da.js';
import { en, type MessageKey } from './en.js';
import { nb } from './nb.js';
import { sv } from './sv.js';

export type { MessageKey };
export type Locale = 'en' | 'da' | 'sv' | 'nb';
export const LOCALES: readonly Locale[] = ['en', 'da', 'sv', 'nb'];

const catalogues: Record<Locale, Record<MessageKey, string>> = { en, da, sv, nb };

// Every error code has a message in every locale: a missing one fails the type check here.
const _everyErrorHasAMessage: Record<`error.${ErrorCode}`, string> = en;
void _everyErrorHasAMessage;

/** Picks our locale for a BCP 47 tag: `da-DK` → da, `no`/`nn`/`nb-NO` → nb, `sv-FI` → sv, else en. */
export function resolveLocale(tag: string | undefined | null): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (language === 'no' || language === 'nn' || language === 'nb') return 'nb';
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : 'en';
}

export type MessageParams = Record<string, string | number>;

export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[locale]?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The localized text for any error: a VerificationError (or its JSON form) by code, anything else as generic. */
export function errorMessage(locale: Locale, error: unknown): string {
  const code = isVerificationError(error)
    ? error.code
    : typeof (error as { code?: unknown })?.code === 'string'
      ? ((error as { code: string }).code as ErrorCode)
      : undefined;
  const key = `error.${code}` as MessageKey;
  if (!code || !(key in en)) return t(locale, 'error.provider.error');
  const retryAt = (error as { details?: { retryAt?: number } }).details?.retryAt;
  return t(locale, key, retryAt ? { time: formatTime(locale, retryAt) } : {});
}

/** `1:45` for a countdown. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', da: 'da-DK', sv: 'sv-SE', nb: 'nb-NO' };

/** Clock time, e.g. `14:05`. */
export function formatTime(locale: Locale, epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(epochMs);
}

/** A calendar date from an ISO `YYYY-MM-DD`, e.g. `1 January 1990` / `1. januar 1990`. */
export function formatDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
}

/** Date and time, e.g. for "verified at". */
export function formatDateTime(locale: Locale, epochMs: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(epochMs);
}
