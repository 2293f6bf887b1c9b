import { DEFAULT_CHALLENGE_LIMIT, isEidId, type EidId } from '@idverify/verification-core';

/** The installation settings (manifest parameters) the app reads; the secure client credential is not among them. */
export interface AppConfig {
  broker: string;
  issuer: string;
  clientId: string;
  /** eIDs the admin enabled, in display order. */
  enabledEids: EidId[];
  company: string;
  challengeLimit: number;
  challengeWindowMs: number;
  noteOnFailure: boolean;
  /** Empty: no tag. */
  successTag: string;
  nationalIdField?: string;
}

export const EID_SETTINGS: ReadonlyArray<[setting: string, eid: EidId]> = [
  ['eid_mitid', 'mitid'],
  ['eid_bankid_se', 'bankid-se'],
  ['eid_bankid_no', 'bankid-no'],
  ['eid_freja', 'freja'],
];

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; missing: string[] };

/** Reads `metadata().settings`. Zendesk sends checkboxes as booleans and numbers as numbers or strings. */
export function readConfig(settings: Record<string, unknown>): ConfigResult {
  const text = (name: string) =>
    typeof settings[name] === 'string' ? (settings[name] as string).trim() : '';
  const flag = (name: string, fallback: boolean) => {
    const value = settings[name];
    if (value === undefined || value === null || value === '') return fallback;
    return value === true || value === 'true' || value === 1 || value === '1';
  };
  const number = (name: string, fallback: number) => {
    const value = Number(settings[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  const missing = ['issuer', 'client_id', 'company_name'].filter((name) => !text(name));
  if (text('issuer') && !isHttpUrl(text('issuer'))) missing.push('issuer');
  const enabledEids = EID_SETTINGS.filter(([name, eid]) => flag(name, eid !== 'freja') && isEidId(eid)).map(
    ([, eid]) => eid,
  );
  if (enabledEids.length === 0) missing.push('eid_*');
  if (missing.length) return { ok: false, missing: [...new Set(missing)] };
  const nationalIdField = text('national_id_field');
  return {
    ok: true,
    config: {
      broker: text('broker') || 'idura',
      issuer: text('issuer'),
      clientId: text('client_id'),
      enabledEids,
      company: text('company_name'),
      challengeLimit: Math.floor(number('challenge_limit', DEFAULT_CHALLENGE_LIMIT.limit)),
      challengeWindowMs:
        number('challenge_window_minutes', DEFAULT_CHALLENGE_LIMIT.windowMs / 60_000) * 60_000,
      noteOnFailure: flag('note_on_failure', true),
      successTag: settings.success_tag === undefined ? 'identity_verified' : text('success_tag'),
      ...(nationalIdField ? { nationalIdField } : {}),
    },
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
