import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createRetryPolicy } from '../../core/recovery/retryPolicy';
import { LiveView } from '../../../test/support/LiveView';
import { enText } from '../../../test/support/locale';
import { createTestQueryClient, renderWithLuxxon } from '../../../test/support/renderWithLuxxon';

describe('one thrown value is normalized once, along the whole path', () => {
  it('retry, retryDelay, the report and the screen all read the same LuxxonError: the thrown fields are read once', async () => {
    let reads = 0;
    // What an SDK throws: an envelope whose `code` counts how often it is read.
    const thrown = {
      statusCode: 503,
      message: 'Service unavailable',
      get code() {
        reads += 1;
        return 'UNAVAILABLE';
      },
    };
    const policy = createRetryPolicy({ maxRetries: 2, baseDelayMs: 1, random: () => 0 });
    const retry = vi.fn(policy.retry);
    const retryDelay = vi.fn(policy.retryDelay);
    const queryClient = createTestQueryClient();
    queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry, retryDelay } });
    const onError = vi.fn();
    const queryFn = vi.fn(async (): Promise<string> => Promise.reject(thrown));
    renderWithLuxxon(<LiveView queryFn={queryFn} />, { queryClient, onError });

    await screen.findByRole('heading', { name: enText('code.UNAVAILABLE.title') });
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    // The whole path ran: three requests, the policy asked (retry and delay) after each failure, a report, a screen.
    expect(queryFn).toHaveBeenCalledTimes(3);
    expect(retry).toHaveBeenCalledTimes(3);
    expect(retryDelay).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'UNAVAILABLE', statusCode: 503 });
    expect(reads).toBe(1);
  });
});
