import { useEffect, useRef } from 'react';
import type { RecoveryEvent } from '../../core/recovery/createRecoveryCoordinator';
import { useLuxxonContext } from '../provider/useLuxxonContext';

export type { RecoveryEvent } from '../../core/recovery/createRecoveryCoordinator';

/**
 * Lets app code react when the page recovers: `{ type: 'signed-in' }` once
 * the page's one sign-in finished (every screen that waited on it retries),
 * `{ type: 'online' }` when the device is back online, and
 * `{ type: 'recovered', code }` when a waiting code's shared probe
 * succeeded. The latest `onRecovery` runs; needs `<LuxxonProvider>`.
 *
 * @example
 * ```tsx
 * useLuxxonRecovery((event) => {
 *   if (event.type === 'signed-in') socket.reconnect();
 * });
 * ```
 */
export function useLuxxonRecovery(onRecovery: (event: RecoveryEvent) => void): void {
  const { recovery } = useLuxxonContext();
  const latest = useRef(onRecovery);
  useEffect(() => {
    latest.current = onRecovery;
  });
  useEffect(() => recovery.onEvent((event) => latest.current(event)), [recovery]);
}
