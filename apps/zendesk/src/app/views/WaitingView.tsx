import { Button } from '@zendeskgarden/react-buttons';
import { Dots, Progress } from '@zendeskgarden/react-loaders';
import { Well } from '@zendeskgarden/react-notifications';
import { XXL, LG } from '@zendeskgarden/react-typography';
import { styled } from 'styled-components';
import {
  eidLabel,
  formatDuration,
  t,
  type Locale,
  type PendingVerification,
} from '@idverify/verification-core';
import { Muted, Panel } from './layout.js';

export interface WaitingViewProps {
  locale: Locale;
  pending: PendingVerification;
  /** Epoch ms, ticking once a second. */
  now: number;
  onCancel(): void;
}

const Code = styled(XXL)`
  letter-spacing: 0.04em;
  overflow-wrap: anywhere;
`;

const Heading = styled(LG)`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
`;

/** The code (or the Norwegian BankID word pair) large, what to say, the time left and Cancel. */
export function WaitingView({ locale, pending, now, onCancel }: WaitingViewProps) {
  const eid = eidLabel(pending.eid);
  const left = Math.max(0, pending.expiresAt - now);
  const total = Math.max(1, pending.expiresAt - pending.startedAt);
  const script =
    pending.bindingMessageSource === 'provider' ? 'waiting.script.provider' : 'waiting.script.client';
  const timeLeft = t(locale, 'waiting.timeLeft', { time: formatDuration(left) });
  return (
    <Panel aria-live="polite" aria-label={t(locale, 'waiting.title')}>
      <Heading tag="h2" isBold>
        {t(locale, 'waiting.title')} <Dots size={16} aria-hidden />
      </Heading>
      <Well isRecessed>
        <Muted>{t(locale, 'waiting.code')}</Muted>
        <Code tag="p" isBold data-testid="binding-message">
          {pending.bindingMessage}
        </Code>
      </Well>
      <p data-testid="script">“{t(locale, script, { eid, code: pending.bindingMessage })}”</p>
      <div>
        <Progress value={(left / total) * 100} size="small" aria-label={timeLeft} />
        <Muted data-testid="time-left">{timeLeft}</Muted>
        <Muted>{t(locale, 'waiting.sentTo', { target: pending.sentTo })}</Muted>
      </div>
      <Button data-testid="cancel" isDanger isStretched onClick={onCancel}>
        {t(locale, 'waiting.cancel')}
      </Button>
    </Panel>
  );
}
