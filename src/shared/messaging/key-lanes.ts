/**
 * Handles a run of messages of one partition the way the bus promises: messages with the same key one after the
 * other in their order, messages with different keys at the same time (at most `concurrency` keys at once).
 *
 * `settled(prefix)` is called whenever the run's handled prefix grows (the first `prefix` messages are all handled),
 * so a consumer commits offsets only below the first message still in hand; a crash redelivers the rest, which
 * at-least-once allows. Once `stopping()` is true no further message is started. A handler that rejects ends its
 * key's lane (the prefix never passes that message); the other lanes run to their end, then the first error is
 * thrown. Resolves with the final prefix.
 */
export async function handleInKeyLanes<T>(
  messages: readonly T[],
  keyOf: (message: T) => string,
  concurrency: number,
  handle: (message: T) => Promise<void>,
  settled: (prefix: number) => void | Promise<void>,
  stopping: () => boolean = () => false,
): Promise<number> {
  const lanes = new Map<string, number[]>();
  messages.forEach((message, index) => {
    const key = keyOf(message);
    const lane = lanes.get(key);
    if (lane) lane.push(index);
    else lanes.set(key, [index]);
  });
  const waiting = [...lanes.values()];
  const done: boolean[] = messages.map(() => false);
  let prefix = 0;
  let failure: { error: unknown } | undefined;

  const work = async (): Promise<void> => {
    for (let lane = waiting.shift(); lane; lane = waiting.shift()) {
      for (const index of lane) {
        if (stopping()) return;
        try {
          await handle(messages[index]!);
        } catch (error) {
          failure ??= { error };
          break;
        }
        done[index] = true;
        const before = prefix;
        while (prefix < messages.length && done[prefix]) prefix++;
        if (prefix > before) await settled(prefix);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, waiting.length)) }, work));
  if (failure) throw failure.error;
  return prefix;
}
