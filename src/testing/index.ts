export { createLuxxonError } from './createLuxxonError';
export { createLuxxonEnvelope, FIXTURE_TIMESTAMP } from './createLuxxonEnvelope';
export type { LuxxonEnvelope } from './createLuxxonEnvelope';
export { DOCUMENTED_MESSAGES } from './documentedMessages';
