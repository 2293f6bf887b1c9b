import { useEffect, useRef, useState } from 'react';
import {
  createVerifier,
  resolveLocale,
  type EidId,
  type Locale,
  type Verifier,
} from '@idverify/verification-core';
import { VerificationController, type LockRunner } from './controller.js';
import { readConfig } from './settings.js';
import { Sidebar } from './Sidebar.js';
import { localTicketStore, memoryTicketStore, sweepStaleTickets } from './storage.js';
import { ConfigErrorView, LoadingView } from './views/StatusViews.js';
import { readTicketContext, withNationalId, type TicketContext } from './zaf/ticket-context.js';
import { zendeskTicketsApi } from './zaf/tickets.js';
import { zafTransport } from './zaf/transport.js';
import type { ZafClient } from './zaf/types.js';

type Boot =
  | { status: 'loading'; locale: Locale }
  | { status: 'config-error'; locale: Locale; missing: string[] }
  | {
      status: 'ready';
      locale: Locale;
      controller: VerificationController;
      verifier: Verifier;
      ticket: TicketContext;
      eids: EidId[];
    };

/** Reads the installation and the ticket, then hands over to the Sidebar. */
export function App({
  client,
  storage = browserStorage(),
}: {
  client: ZafClient;
  storage?: Storage | undefined;
}) {
  const [boot, setBoot] = useState<Boot>({ status: 'loading', locale: 'en' });
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let active = true;
    void (async () => {
      // The settings and the ticket at once; the national ID field (named in the settings) after, if there is one.
      const [metadata, context] = await Promise.all([client.metadata(), readTicketContext(client)]);
      const parsed = readConfig(metadata.settings ?? {});
      const ticket =
        parsed.ok && parsed.config.nationalIdField
          ? await withNationalId(client, context, parsed.config.nationalIdField)
          : context;
      const locale = resolveLocale(ticket.agent.locale);
      if (!parsed.ok) return active && setBoot({ status: 'config-error', locale, missing: parsed.missing });
      const { config } = parsed;
      let verifier: Verifier;
      try {
        verifier = createVerifier({
          issuer: config.issuer,
          clientId: config.clientId,
          broker: config.broker,
          transport: zafTransport(client, { issuer: config.issuer }),
        });
      } catch {
        return active && setBoot({ status: 'config-error', locale, missing: ['broker'] });
      }
      const offered = verifier.eids();
      const eids = config.enabledEids.filter((eid) => offered.includes(eid));
      if (eids.length === 0) return active && setBoot({ status: 'config-error', locale, missing: ['eid_*'] });
      if (storage) sweepStaleTickets(storage, Date.now());
      const controller = new VerificationController({
        verifier,
        tickets: zendeskTicketsApi(client),
        store: storage
          ? localTicketStore(storage, metadata.installationId, ticket.ticketId)
          : memoryTicketStore(),
        ticket,
        config,
        locale,
        withLock: webLocks(),
      });
      if (!active) return;
      setBoot({ status: 'ready', locale, controller, verifier, ticket, eids });
      await controller.init();
    })();
    return () => {
      active = false;
    };
  }, [client, storage]);

  // The sidebar iframe follows its content's height (the location is `flexible`, so the width is Zendesk's).
  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      void client.invoke('resize', { width: '100%', height: `${height}px` });
    });
    observer.observe(root);
    return () => observer.disconnect();
  }, [client]);

  return (
    <div ref={rootRef} lang={boot.locale}>
      {boot.status === 'loading' && <LoadingView locale={boot.locale} />}
      {boot.status === 'config-error' && <ConfigErrorView locale={boot.locale} missing={boot.missing} />}
      {boot.status === 'ready' && (
        <Sidebar
          locale={boot.locale}
          controller={boot.controller}
          verifier={boot.verifier}
          ticket={boot.ticket}
          eids={boot.eids}
        />
      )}
    </div>
  );
}

/**
 * navigator.locks where the browser lets the app have it, so two sidebars on one ticket never poll the same
 * challenge. Like localStorage it is storage-scoped: with third-party storage blocked it throws, and the task
 * then runs without the lock.
 */
function webLocks(): LockRunner | undefined {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return undefined;
  return async (name, task) => {
    let started = false;
    try {
      return (await locks.request(name, () => {
        started = true;
        return task();
      })) as Awaited<ReturnType<typeof task>>;
    } catch (error) {
      if (started) throw error;
      return task();
    }
  };
}

/**
 * localStorage, when the browser lets a third-party iframe have it (Zendesk serves apps from another site; a
 * browser that blocks third-party storage, like an incognito window, throws on access). Without it the app still
 * works, it only cannot resume a challenge after a reload.
 */
function browserStorage(): Storage | undefined {
  try {
    const storage = window.localStorage;
    storage.getItem('idverify:probe');
    return storage;
  } catch {
    return undefined;
  }
}
