// @idverify/dev-idp: a real local CIBA OpenID Provider (oidc-provider) that plays the Nordic eID brokers.
export { startDevIdp } from './server.js';
export type { DevIdp, DevIdpOptions, DemoClients } from './server.js';
export type {
  ApproveOptions,
  DevIdpControl,
  PendingFilter,
  PendingRequest,
  PingNotification,
  RequestStatus,
} from './types.js';
export { ControlError } from './errors.js';
export type { ActiveFault, FaultEndpoint, FaultKind, FaultSpec } from './faults.js';
export {
  persons,
  eidLabels,
  findPersonById,
  findPersonByNationalId,
  findPersonByPhone,
  findPersonByUuid,
} from './persons.js';
export type { Country, Eid, NationalIdKind, TestPerson } from './persons.js';
export type { AuthorizationDetail, Broker } from './types.js';
export {
  iduraAcrValues,
  BINDING_MESSAGE_PATTERN,
  ROUTES,
  DEMO_BASIC,
  DEMO_PKJWT,
  DEMO_PING,
} from './constants.js';
