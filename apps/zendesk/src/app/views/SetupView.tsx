import { useState, type FormEvent } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Input, Radio, Select } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import {
  eidLabel,
  errorMessage,
  formatTime,
  t,
  type ChallengeLimitDecision,
  type EidId,
  type ErrorCode,
  type IdentifierKind,
  type Locale,
} from '@idverify/verification-core';
import type { PrefillSource } from '../prefill.js';
import { Muted, Panel } from './layout.js';

export interface SetupViewProps {
  locale: Locale;
  customer: { name?: string; email?: string };
  eids: EidId[];
  eid: EidId;
  onEidChange(eid: EidId): void;
  /** What this eID accepts at this broker (the core's identifierKinds). */
  kinds: IdentifierKind[];
  kind: IdentifierKind;
  onKindChange(kind: IdentifierKind): void;
  value: string;
  onValueChange(value: string): void;
  /** Where the current value came from, while the agent has not changed it. */
  prefillSource?: PrefillSource;
  /** Checks the value as typed; returns an error for inline validation, or undefined. */
  validate(value: string): { code: ErrorCode } | undefined;
  /** An error from the last send (identifier, configuration, flood limit). */
  error?: { code: ErrorCode; retryAt?: number };
  sending: boolean;
  limit: ChallengeLimitDecision;
  onSend(): void;
}

/** The eID choice and the customer's identifier, prefilled from the ticket where it can be. */
export function SetupView(props: SetupViewProps) {
  const { locale, kinds, kind, limit } = props;
  const [touched, setTouched] = useState(false);
  const inlineError = touched && props.value.trim() ? props.validate(props.value) : undefined;
  const fieldError = inlineError ?? (props.error?.code.startsWith('identifier.') ? props.error : undefined);
  const otherError = props.error && !props.error.code.startsWith('identifier.') ? props.error : undefined;
  const blocked = !limit.allowed;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (props.validate(props.value) || blocked) return;
    props.onSend();
  };

  return (
    <Panel aria-label={t(locale, 'app.title')}>
      {(props.customer.name || props.customer.email) && (
        <div>
          <Muted>{t(locale, 'form.customer')}</Muted>
          <strong>{props.customer.name ?? props.customer.email}</strong>
          {props.customer.name && props.customer.email && <Muted>{props.customer.email}</Muted>}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <Panel as="div" style={{ padding: 0 }}>
          <Field>
            <Field.Label>{t(locale, 'form.eid')}</Field.Label>
            <Select
              value={props.eid}
              onChange={(e) => props.onEidChange(e.target.value as EidId)}
              disabled={props.sending}
            >
              {props.eids.map((eid) => (
                <option key={eid} value={eid}>
                  {eidLabel(eid)}
                </option>
              ))}
            </Select>
          </Field>
          {kinds.length > 1 && (
            <Fieldset>
              <Fieldset.Legend hidden>{t(locale, `form.identifier.${kind}`)}</Fieldset.Legend>
              {kinds.map((option) => (
                <Field key={option}>
                  <Radio
                    name="identifier-kind"
                    value={option}
                    checked={option === kind}
                    onChange={() => props.onKindChange(option)}
                    disabled={props.sending}
                  >
                    <Field.Label>{t(locale, `form.identifier.${option}`)}</Field.Label>
                  </Radio>
                </Field>
              ))}
            </Fieldset>
          )}
          <Field>
            <Field.Label>{t(locale, `form.identifier.${kind}`)}</Field.Label>
            <Field.Hint>
              {t(locale, `form.identifier.hint.${kind}`)}
              {props.prefillSource && (
                <>
                  {' '}
                  <Tag size="small" hue="kale">
                    {t(
                      locale,
                      props.prefillSource === 'call' ? 'form.prefilled.call' : 'form.prefilled.requester',
                    )}
                  </Tag>
                </>
              )}
            </Field.Hint>
            <Input
              value={props.value}
              onChange={(e) => props.onValueChange(e.target.value)}
              onBlur={() => setTouched(true)}
              inputMode={kind === 'phone' ? 'tel' : 'numeric'}
              autoComplete="off"
              spellCheck={false}
              disabled={props.sending}
              {...(fieldError ? { validation: 'error' as const } : {})}
            />
            {fieldError && (
              <Field.Message validation="error">{errorMessage(locale, fieldError)}</Field.Message>
            )}
          </Field>
          {otherError && (
            <Alert type={otherError.code === 'guard.limit_reached' ? 'warning' : 'error'} role="alert">
              <Alert.Paragraph>
                {errorMessage(locale, { code: otherError.code, details: { retryAt: otherError.retryAt } })}
              </Alert.Paragraph>
            </Alert>
          )}
          <Button
            type="submit"
            data-testid="send"
            isPrimary
            isStretched
            disabled={props.sending || blocked || !props.value.trim()}
          >
            {props.sending ? t(locale, 'form.sending') : t(locale, 'form.send', { eid: eidLabel(props.eid) })}
          </Button>
          <LimitLine locale={locale} limit={limit} />
        </Panel>
      </form>
    </Panel>
  );
}

/** "2 challenges left…" / "No more challenges for now: try again at 14:05". */
export function LimitLine({ locale, limit }: { locale: Locale; limit: ChallengeLimitDecision }) {
  if (limit.allowed) return <Muted>{t(locale, 'result.attemptsLeft', { count: limit.remaining })}</Muted>;
  return (
    <Muted role="status">
      {t(locale, 'result.noAttemptsLeft', { time: limit.retryAt ? formatTime(locale, limit.retryAt) : '' })}
    </Muted>
  );
}
