import { describe, expect, it } from '@jest/globals';
import { handleInKeyLanes } from './key-lanes.js';

interface Message {
  key: string;
  n: number;
}

const messages = (keys: string): Message[] => [...keys].map((key, n) => ({ key, n }));

/** A handler whose calls finish when the test says so, recording what started and what finished. */
function controlled() {
  const started: number[] = [];
  const finished: number[] = [];
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  const handle = (message: Message) =>
    new Promise<void>((resolve, reject) => {
      started.push(message.n);
      pending.set(message.n, {
        resolve: () => {
          finished.push(message.n);
          resolve();
        },
        reject,
      });
    });
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return { started, finished, pending, handle, tick };
}

describe('handleInKeyLanes', () => {
  it('handles messages of one key in order and different keys at the same time, up to the concurrency', async () => {
    const run = controlled();
    const prefixes: number[] = [];
    const done = handleInKeyLanes(messages('aabcb'), (m) => m.key, 2, run.handle, (prefix) => void prefixes.push(prefix));
    await run.tick();
    // two lanes at once: a's first and b's first; c waits for a free lane, a's second for a's first
    expect(run.started).toEqual([0, 2]);
    run.pending.get(2)!.resolve();
    await run.tick();
    expect(run.started).toEqual([0, 2, 4]);
    // nothing below message 0 is handled yet: no offset may move
    expect(prefixes).toEqual([]);
    run.pending.get(0)!.resolve();
    await run.tick();
    expect(prefixes).toEqual([1]);
    expect(run.started).toEqual([0, 2, 4, 1]);
    run.pending.get(1)!.resolve();
    await run.tick();
    // 0, 1 and 2 are handled: the prefix jumps to 3
    expect(prefixes).toEqual([1, 3]);
    run.pending.get(4)!.resolve();
    await run.tick();
    run.pending.get(3)!.resolve();
    await expect(done).resolves.toBe(5);
    expect(prefixes).toEqual([1, 3, 5]);
    expect(run.finished).toEqual([2, 0, 1, 4, 3]);
  });

  it('with a concurrency of 1 handles the messages strictly one by one, in order', async () => {
    const seen: number[] = [];
    let running = 0;
    const prefix = await handleInKeyLanes(messages('abcabc'), (m) => m.key, 1, async (m) => {
      running++;
      expect(running).toBe(1);
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(m.n);
      running--;
    }, () => undefined);
    expect(prefix).toBe(6);
    // lanes are taken whole: a's messages, then b's, then c's
    expect(seen).toEqual([0, 3, 1, 4, 2, 5]);
  });

  it('stops a failing key, lets the other keys finish, never moves the prefix past the failure, then throws', async () => {
    const prefixes: number[] = [];
    const handled: number[] = [];
    const done = handleInKeyLanes(
      messages('abab'),
      (m) => m.key,
      2,
      async (m) => {
        if (m.n === 0) throw new Error('boom');
        handled.push(m.n);
      },
      (prefix) => void prefixes.push(prefix),
    );
    await expect(done).rejects.toThrow('boom');
    // a's second message is never started after its first failed; b's both are handled
    expect(handled.sort()).toEqual([1, 3]);
    expect(prefixes).toEqual([]);
  });

  it('starts nothing more once stopping, and resolves with the prefix handled so far', async () => {
    let stop = false;
    const handled: number[] = [];
    const prefix = await handleInKeyLanes(
      messages('aaaa'),
      (m) => m.key,
      4,
      async (m) => {
        handled.push(m.n);
        if (m.n === 1) stop = true;
      },
      () => undefined,
      () => stop,
    );
    expect(handled).toEqual([0, 1]);
    expect(prefix).toBe(2);
  });

  it('resolves at once with 0 for an empty run', async () => {
    await expect(handleInKeyLanes([], () => '', 4, async () => undefined, () => undefined)).resolves.toBe(0);
  });
});
