import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { disarm, forceNextRequest, isForced } from './forceNextRequest';

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let requests = 0;
  const queryFn = async () => {
    requests += 1;
    return `data ${requests}`;
  };
  const fetch = () => client.fetchQuery({ queryKey: ['wallet'], queryFn, staleTime: 0 });
  return { client, fetch, requests: () => requests, query: () => client.getQueryCache().find({ queryKey: ['wallet'] })! };
}

describe('forceNextRequest', () => {
  it('fails the next request only, without calling the query function; the one after runs it again', async () => {
    const { fetch, requests, query } = setup();
    await fetch();
    forceNextRequest(query(), new Error('forced'));
    expect(isForced(query())).toBe(true);
    await expect(fetch()).rejects.toThrow('forced');
    expect(requests()).toBe(1);
    expect(isForced(query())).toBe(false);
    await expect(fetch()).resolves.toBe('data 2');
    // A refetch with the query's own options (no observer's) runs the query function too.
    await expect(query().fetch()).resolves.toBe('data 3');
  });

  it('runs the retries the policy allows against the forced error', async () => {
    const { client, fetch, query } = setup();
    await fetch();
    forceNextRequest(query(), new Error('forced'));
    await expect(client.fetchQuery({ queryKey: ['wallet'], queryFn: async () => 'never', retry: 2, retryDelay: 1, staleTime: 0 })).rejects.toThrow('forced');
    expect(query().state.fetchFailureCount).toBe(3);
  });

  it('armed twice, fails once with the latest error; disarmed, fails nothing', async () => {
    const { fetch, query } = setup();
    await fetch();
    forceNextRequest(query(), new Error('first'));
    forceNextRequest(query(), new Error('second'));
    await expect(fetch()).rejects.toThrow('second');
    await expect(fetch()).resolves.toBe('data 2');
    forceNextRequest(query(), new Error('third'));
    disarm(query());
    await expect(fetch()).resolves.toBe('data 3');
  });
});
