import type { AppCodes } from '@luxxon/react-errors';

/**
 * Codes the Luxxon API sends that this version of the kit doesn't map yet,
 * mapped by the app (docs/unknown-codes.md): passed to `<LuxxonProvider
 * codes>` and to `createRetryPolicy({ codes })`. Their texts are in
 * demo/locales/<lng>/luxxon.json, checked by
 * `npm run i18n:check -- --app demo/locales --codes demo/src/appCodes.ts`.
 */
const APP_CODES = {
  OPERATOR_BUSY: { kind: 'waiting', retryable: true },
} as const satisfies AppCodes;

export default APP_CODES;
