import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  eids as eidProfiles,
  parseIdentifier,
  isVerificationError,
  resolveLocale,
  suggestEid,
  type EidId,
  type ErrorCode,
  type IdentifierKind,
  type Locale,
  type Verifier,
} from '@idverify/verification-core';
import type { VerificationController } from './controller.js';
import { knownIdentifiers, prefillFor, type PrefillSource } from './prefill.js';
import type { TicketContext } from './zaf/ticket-context.js';
import { ResultView } from './views/ResultView.js';
import { SetupView } from './views/SetupView.js';
import { LoadingView } from './views/StatusViews.js';
import { WaitingView } from './views/WaitingView.js';

export interface SidebarProps {
  locale: Locale;
  controller: VerificationController;
  verifier: Pick<Verifier, 'identifierKinds'>;
  ticket: TicketContext;
  /** Enabled by the admin and offered by the broker. */
  eids: EidId[];
}

interface FormState {
  eid: EidId;
  kind: IdentifierKind;
  value: string;
  prefillSource?: PrefillSource;
}

/** Wires the controller's screens to the views and keeps the form's own state (eID, identifier). */
export function Sidebar({ locale, controller, verifier, ticket, eids }: SidebarProps) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const formFor = useCallback(
    (eid: EidId, kind?: IdentifierKind): FormState => {
      const kinds = verifier.identifierKinds(eid);
      const prefill = prefillFor(kind ? [kind] : kinds, ticket);
      return {
        eid,
        kind: prefill?.kind ?? kind ?? kinds[0] ?? 'phone',
        value: prefill?.value ?? '',
        ...(prefill ? { prefillSource: prefill.source } : {}),
      };
    },
    [verifier, ticket],
  );
  const [form, setForm] = useState<FormState>(() => formFor(defaultEid(eids, ticket, verifier)));
  const kinds = useMemo(() => verifier.identifierKinds(form.eid), [verifier, form.eid]);
  const now = useNow(state.screen.name === 'waiting');

  const validate = useCallback(
    (value: string): { code: ErrorCode } | undefined => {
      try {
        parseIdentifier(form.kind, value, { defaultCountry: eidProfiles[form.eid].country });
        return undefined;
      } catch (error) {
        return { code: isVerificationError(error) ? error.code : 'identifier.invalid_characters' };
      }
    },
    [form.kind, form.eid],
  );

  const screen = state.screen;
  switch (screen.name) {
    case 'loading':
      return <LoadingView locale={locale} />;
    case 'waiting':
      return (
        <WaitingView
          locale={locale}
          pending={screen.pending}
          now={now}
          onCancel={() => controller.cancel()}
        />
      );
    case 'result':
      return (
        <ResultView
          locale={locale}
          result={screen.result}
          limit={state.limit}
          onRetry={() => controller.reset()}
        />
      );
    case 'form':
      return (
        <SetupView
          locale={locale}
          customer={ticket.requester}
          eids={eids}
          eid={form.eid}
          onEidChange={(eid) => setForm(formFor(eid))}
          kinds={kinds}
          kind={form.kind}
          onKindChange={(kind) => setForm(formFor(form.eid, kind))}
          value={form.value}
          onValueChange={(value) => setForm({ eid: form.eid, kind: form.kind, value })}
          {...(form.prefillSource ? { prefillSource: form.prefillSource } : {})}
          validate={validate}
          {...(screen.error ? { error: screen.error } : {})}
          sending={screen.sending}
          limit={state.limit}
          onSend={() => void controller.send(form.eid, form.value)}
        />
      );
  }
}

/** The eID to start with: the core's suggestion from the ticket's numbers and the requester's language. */
export function defaultEid(
  eids: EidId[],
  ticket: TicketContext,
  verifier: Pick<Verifier, 'identifierKinds'>,
): EidId {
  const locale = resolveLocale(ticket.requester.locale);
  return (
    suggestEid(eids, knownIdentifiers(ticket), { kindsOf: (eid) => verifier.identifierKinds(eid), locale }) ??
    eids[0]!
  );
}

/** The current time, re-rendering once a second while `active`. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
