// The demo page's script (bundled for the browser): one whole verification with the core running in the page.
import {
  VerificationError,
  auditNote,
  createVerifier,
  eidLabel,
  errorMessage,
  formatDate,
  formatDuration,
  matchIdentity,
  resolveLocale,
  t,
  type EidId,
  type Locale,
  type PendingVerification,
  type Transport,
  type VerificationOutcome,
} from '@idverify/verification-core';

interface DemoConfig {
  issuer: string;
  clientId: string;
  phonePageUrl: string;
  persons: {
    id: string;
    eid: EidId;
    givenName: string;
    familyName: string;
    nationalId: string;
    phone: string;
    birthDate: string;
  }[];
}

const config = JSON.parse(document.getElementById('demo-config')!.textContent!) as DemoConfig;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Posts each request to the demo server, which adds the client secret: the page never sees it. */
const transport: Transport = async (request, options = {}) => {
  const response = await fetch('/api/transport', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal: options.signal,
  });
  const body = await response.json();
  if (!response.ok)
    throw new VerificationError(
      body.code === 'network.timeout' ? 'network.timeout' : 'network.error',
      'Upstream failed',
    );
  return body;
};

let controller: AbortController | undefined;
let countdown: ReturnType<typeof setInterval> | undefined;

function locale(): Locale {
  return resolveLocale(($('locale') as HTMLSelectElement).value);
}

function verifier() {
  return createVerifier({
    issuer: config.issuer,
    clientId: config.clientId,
    broker: ($('broker') as HTMLSelectElement).value,
    transport,
  });
}

function render() {
  const l = locale();
  const eid = ($('eid') as HTMLSelectElement).value as EidId;
  let kinds: string[] = [];
  try {
    kinds = verifier().identifierKinds(eid);
  } catch (error) {
    $('identifier-error').textContent = errorMessage(l, error);
  }
  $('identifier-label').textContent =
    kinds.map((k) => t(l, `form.identifier.${k}` as never)).join(' / ') || t(l, 'form.eid');
  $('send').textContent = t(l, 'form.send', { eid: eidLabel(eid) });
  $('cancel').textContent = t(l, 'waiting.cancel');
  const persons = config.persons.filter((p) => p.eid === eid || (eid === 'freja' && p.eid === 'bankid-se'));
  $('persons').innerHTML = '';
  for (const person of persons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'person';
    button.textContent = `${person.givenName} ${person.familyName}`;
    button.title = person.nationalId;
    button.onclick = () => {
      ($('identifier') as HTMLInputElement).value = kinds[0] === 'phone' ? person.phone : person.nationalId;
      $('identifier-error').textContent = '';
    };
    $('persons').append(button);
  }
}

function show(view: 'form' | 'waiting' | 'result') {
  for (const id of ['form', 'waiting', 'result']) $(id).hidden = id !== view;
}

async function send(event: Event) {
  event.preventDefault();
  const l = locale();
  const eid = ($('eid') as HTMLSelectElement).value as EidId;
  const identifier = ($('identifier') as HTMLInputElement).value;
  const v = verifier();
  $('identifier-error').textContent = '';
  ($('send') as HTMLButtonElement).disabled = true;
  let pending: PendingVerification;
  try {
    pending = await v.start({ eid, identifier, company: ($('company') as HTMLInputElement).value || 'Acme' });
  } catch (error) {
    $('identifier-error').textContent = errorMessage(l, error);
    ($('send') as HTMLButtonElement).disabled = false;
    return;
  }
  ($('send') as HTMLButtonElement).disabled = false;
  $('code').textContent = pending.bindingMessage;
  $('script').textContent = t(
    l,
    pending.bindingMessageSource === 'provider' ? 'waiting.script.provider' : 'waiting.script.client',
    {
      eid: eidLabel(eid),
      code: pending.bindingMessage,
    },
  );
  $('sent-to').textContent = t(l, 'waiting.sentTo', { target: pending.sentTo });
  $('waiting-title').textContent = t(l, 'waiting.title');
  const tick = () =>
    ($('time-left').textContent = t(l, 'waiting.timeLeft', {
      time: formatDuration(pending.expiresAt - Date.now()),
    }));
  tick();
  countdown = setInterval(tick, 500);
  show('waiting');
  controller = new AbortController();
  try {
    showOutcome(await v.waitForResult(pending, { signal: controller.signal }), identifier);
  } catch (error) {
    showError(t(l, 'result.cancelled'), errorMessage(l, error));
  } finally {
    clearInterval(countdown);
  }
}

function showOutcome(outcome: VerificationOutcome, identifier: string) {
  const l = locale();
  $('result').className = `card ${outcome.status}`;
  $('result-title').textContent = t(l, `result.${outcome.status}`);
  const rows: [string, string][] = [];
  let note: string;
  if (outcome.status === 'approved') {
    const { identity } = outcome;
    const person = config.persons.find((p) => p.nationalId === identity.nationalId || p.phone === identifier);
    const match = person
      ? matchIdentity(identity, {
          name: `${person.givenName} ${person.familyName}`,
          birthDate: person.birthDate,
          phone: person.phone,
        })
      : undefined;
    rows.push(
      [t(l, 'field.name'), identity.fullName],
      [t(l, 'field.birthDate'), identity.birthDate ? formatDate(l, identity.birthDate) : '–'],
      [t(l, 'field.nationalId'), identity.nationalIdMasked ?? '–'],
      [t(l, 'field.eid'), eidLabel(identity.eid)],
      [t(l, 'field.level'), t(l, `level.${identity.levelOfAssurance}`)],
    );
    if (match) rows.push([t(l, 'audit.match'), t(l, `match.${match.verdict}`)]);
    note = auditNote(outcome, { locale: l, agent: 'Demo agent', match });
  } else {
    rows.push([t(l, 'audit.error'), errorMessage(l, outcome.error)]);
    note = auditNote(outcome, { locale: l, agent: 'Demo agent' });
  }
  $('result-fields').innerHTML = '';
  for (const [label, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    $('result-fields').append(dt, dd);
  }
  $('note').textContent = note;
  $('retry').textContent = t(l, 'result.retry');
  show('result');
}

function showError(title: string, message: string) {
  $('result').className = 'card failed';
  $('result-title').textContent = title;
  $('result-fields').innerHTML = '';
  $('note').textContent = message;
  $('retry').textContent = t(locale(), 'result.retry');
  show('result');
}

$('form').addEventListener('submit', send);
$('cancel').addEventListener('click', () => controller?.abort());
$('retry').addEventListener('click', () => show('form'));
for (const id of ['eid', 'broker', 'locale']) $(id).addEventListener('change', render);
render();
