import { describe, expect, it } from '@jest/globals';
import { StatementBatcher } from './statement-batcher.js';

describe('StatementBatcher', () => {
  it('runs an idle call at once, and the calls that arrive during a round trip together in the next one', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const batcher = new StatementBatcher<number, number>(async (inputs) => {
      batches.push(inputs);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return inputs.map((input) => input * 10);
    });
    const first = batcher.call(1);
    const rest = [2, 3, 4].map((input) => batcher.call(input));
    expect(batches).toEqual([[1]]);
    release();
    await expect(first).resolves.toBe(10);
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('splits a long queue into batches of at most maxBatch', async () => {
    const sizes: number[] = [];
    const batcher = new StatementBatcher<number, number>(
      async (inputs) => {
        sizes.push(inputs.length);
        await new Promise((resolve) => setImmediate(resolve));
        return inputs;
      },
      3,
    );
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => batcher.call(index)));
    expect(answers).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(sizes).toEqual([1, 3, 3, 1]);
  });

  it('gives every caller of a failed batch the error, and goes on with the next batch', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const batcher = new StatementBatcher<string, string>(async (inputs) => {
      calls++;
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
      if (inputs.includes('bad')) throw new Error('statement failed');
      return inputs.map((input) => input.toUpperCase());
    });
    const first = batcher.call('a');
    const failed = [batcher.call('b'), batcher.call('bad')];
    release();
    await expect(first).resolves.toBe('A');
    for (const call of failed) await expect(call).rejects.toThrow('statement failed');
    await expect(batcher.call('c')).resolves.toBe('C');
  });

  it('fails the batch when the statement answers fewer inputs than it was given', async () => {
    const batcher = new StatementBatcher<number, number>(async () => []);
    await expect(batcher.call(1)).rejects.toThrow('a batched statement answered 0 of 1 inputs');
  });
});
