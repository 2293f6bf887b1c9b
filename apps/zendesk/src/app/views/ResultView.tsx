import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import {
  eidLabel,
  errorMessage,
  formatDate,
  formatDateTime,
  t,
  type ChallengeLimitDecision,
  type Locale,
  type MatchResult,
} from '@idverify/verification-core';
import type { FinishedResult, NoteState } from '../storage.js';
import { LimitLine } from './SetupView.js';
import { Facts, Muted, Panel } from './layout.js';

export interface ResultViewProps {
  locale: Locale;
  result: FinishedResult;
  limit: ChallengeLimitDecision;
  onRetry(): void;
}

const VERDICT_HUE: Record<MatchResult['verdict'], string> = {
  match: 'green',
  partial: 'yellow',
  mismatch: 'red',
  unknown: 'grey',
};

/** Approved: the verified identity and how it matches the requester. Otherwise what happened, and a retry. */
export function ResultView({ locale, result, limit, onRetry }: ResultViewProps) {
  return (
    <Panel aria-label={t(locale, `result.${result.status}`)}>
      {result.status === 'approved' && result.identity ? (
        <Approved locale={locale} result={result} />
      ) : (
        <Alert type={result.status === 'failed' ? 'error' : 'warning'} role="alert">
          <Alert.Title>{t(locale, `result.${result.status}`)}</Alert.Title>
          {result.error && result.status !== 'cancelled' && (
            <Alert.Paragraph>
              {errorMessage(locale, { code: result.error.code, details: { retryAt: result.error.retryAt } })}
            </Alert.Paragraph>
          )}
          {result.error?.providerDescription && <Muted>{result.error.providerDescription}</Muted>}
        </Alert>
      )}
      <NoteLine locale={locale} note={result.note} />
      <Button
        data-testid="retry"
        isStretched
        isPrimary={result.status !== 'approved'}
        onClick={onRetry}
        disabled={!limit.allowed}
      >
        {t(locale, 'result.retry')}
      </Button>
      <LimitLine locale={locale} limit={limit} />
    </Panel>
  );
}

function Approved({ locale, result }: { locale: Locale; result: FinishedResult }) {
  const identity = result.identity!;
  const match = result.match;
  return (
    <>
      <Alert type="success">
        <Alert.Title>{t(locale, 'result.approved')}</Alert.Title>
      </Alert>
      <Facts>
        <dt>{t(locale, 'field.name')}</dt>
        <dd data-testid="verified-name">{identity.fullName}</dd>
        {identity.birthDate && (
          <>
            <dt>{t(locale, 'field.birthDate')}</dt>
            <dd>{formatDate(locale, identity.birthDate)}</dd>
          </>
        )}
        {identity.nationalIdMasked && (
          <>
            <dt>{t(locale, 'field.nationalId')}</dt>
            <dd data-testid="national-id">{identity.nationalIdMasked}</dd>
          </>
        )}
        <dt>{t(locale, 'field.eid')}</dt>
        <dd>{eidLabel(identity.eid)}</dd>
        <dt>{t(locale, 'field.level')}</dt>
        <dd>{t(locale, `level.${identity.levelOfAssurance}`)}</dd>
        <dt>{t(locale, 'field.verifiedAt')}</dt>
        <dd>{formatDateTime(locale, result.finishedAt)}</dd>
      </Facts>
      {match && (
        <div data-testid="match">
          <Tag hue={VERDICT_HUE[match.verdict]} size="large">
            {t(locale, `match.${match.verdict}`)}
          </Tag>
          <Facts style={{ marginTop: 8 }}>
            {match.checks
              .filter((check) => check.result !== 'missing')
              .map((check) => (
                <FragmentPair
                  key={check.field}
                  label={t(locale, `match.field.${check.field}`)}
                  value={t(locale, `match.result.${check.result}`)}
                />
              ))}
          </Facts>
        </div>
      )}
    </>
  );
}

function FragmentPair({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd style={{ fontWeight: 'normal' }}>{value}</dd>
    </>
  );
}

function NoteLine({ locale, note }: { locale: Locale; note: NoteState }) {
  if (note === 'saved') return <Muted data-testid="note-state">{t(locale, 'note.saved')}</Muted>;
  if (note === 'failed') {
    return (
      <Alert type="error" data-testid="note-state">
        <Alert.Paragraph>{t(locale, 'note.failed')}</Alert.Paragraph>
      </Alert>
    );
  }
  return null;
}
