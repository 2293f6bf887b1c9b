// Public types of dev-idp (kept free of oidc-provider imports so that dist/*.d.ts needs no oidc-provider typings).
import type { ActiveFault, FaultSpec } from './faults.js';
import type { Eid } from './persons.js';

export type Broker = 'idura' | 'signaturgruppen' | 'generic';

export interface AuthorizationDetail {
  type: string;
  [key: string]: unknown;
}

export type RequestStatus = 'pending' | 'approved' | 'denied' | 'expired';

export interface PendingRequest {
  authReqId: string;
  clientId: string;
  clientName?: string;
  personId: string;
  personName: string;
  eid: Eid;
  eidLabel: string;
  broker: Broker;
  /** The requested ACR (first of acr_values), if any. */
  acr?: string;
  /** What the customer's app shows. Norwegian BankID: the correct word pair (also returned to the client as `bindingMessage`). */
  bindingMessage?: string;
  /** Norwegian BankID only: the three word pairs the app offers; one of them is `bindingMessage`. */
  wordPairs?: string[];
  /** Swedish BankID phone auth: who called whom. */
  callInitiator?: 'user' | 'RP';
  authorizationDetails?: AuthorizationDetail[];
  /** Who is asking, as the customer's app shows it: taken from the binding message, else the client's name. */
  company: string;
  scope: string;
  deliveryMode: 'poll' | 'ping';
  /** MitID transaction id (Signaturgruppen claims). */
  transactionId: string;
  /** Epoch milliseconds. */
  createdAt: number;
  expiresAt: number;
  status: RequestStatus;
  /** Set when the customer answered (epoch ms). */
  answeredAt?: number;
  /** Why it was denied ("user declined", "wrong word pair"). */
  denyReason?: string;
  /** Set once the token endpoint has issued tokens for it (epoch ms). */
  tokenIssuedAt?: number;
  /** How many of its token polls were answered `slow_down` (too soon, or an injected fault). */
  slowDowns?: number;
  /** Ping mode: the last notification error, if the client's endpoint failed. */
  pingError?: string;
}

export interface PendingFilter {
  /** Person id (slug), uuid or national id. */
  person?: string;
  clientId?: string;
  /** Default 'pending'. */
  status?: RequestStatus | 'all';
}

export interface ApproveOptions {
  /** Norwegian BankID: the word pair the customer picked; a wrong one denies the request ("user declined"). */
  wordPair?: string;
}

export interface PingNotification {
  authReqId: string;
  authorization: string | undefined;
  receivedAt: number;
}

export interface DevIdpControl {
  /** Requests (pending ones unless filter.status says otherwise), newest first. */
  pending(filter?: PendingFilter): PendingRequest[];
  get(authReqId: string): PendingRequest | undefined;
  approve(authReqId: string, options?: ApproveOptions): Promise<PendingRequest>;
  deny(authReqId: string): Promise<PendingRequest>;
  /** Ends the request now: the next token poll answers expired_token. */
  expire(authReqId: string): Promise<PendingRequest>;
  fault(spec: FaultSpec): ActiveFault;
  faults(): ActiveFault[];
  clearFaults(): void;
  /** Epoch-ms times of the token polls for this auth_req_id (including ones answered by a fault). */
  polls(authReqId: string): number[];
  /** Resolves with the first pending request that matches (already pending, or arriving within timeoutMs, default 5000). */
  waitForPending(
    predicate?: (request: PendingRequest) => boolean,
    timeoutMs?: number,
  ): Promise<PendingRequest>;
  /** Ping-mode notifications received by the built-in sink (`/_control/ping-sink`). */
  notifications(): PingNotification[];
}
