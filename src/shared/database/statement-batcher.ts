interface Queued<In, Out> {
  input: In;
  resolve: (output: Out) => void;
  reject: (error: unknown) => void;
}

/**
 * Answers many callers of one kind of statement with one round trip: a call waits at most for the round trip in
 * flight, and every call that arrived meanwhile goes in the next one together (up to `maxBatch`). An idle caller pays
 * no delay; under load the batches grow with the queue, so the database sees a few large statements instead of many
 * small ones. `run` answers the inputs in their order; when it fails, every caller of that batch gets the error.
 */
export class StatementBatcher<In, Out> {
  private queued: Queued<In, Out>[] = [];
  private running = false;

  constructor(
    private readonly run: (inputs: In[]) => Promise<Out[]>,
    private readonly maxBatch = 200,
  ) {}

  call(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queued.push({ input, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.queued.length === 0 || this.running) return;
    const batch = this.queued.splice(0, this.maxBatch);
    this.running = true;
    void this.run(batch.map((each) => each.input))
      .then(
        (outputs) => {
          if (outputs.length !== batch.length) throw new Error(`a batched statement answered ${outputs.length} of ${batch.length} inputs`);
          batch.forEach((each, index) => each.resolve(outputs[index] as Out));
        },
        (error: unknown) => batch.forEach((each) => each.reject(error)),
      )
      .catch((error: unknown) => batch.forEach((each) => each.reject(error)))
      .finally(() => {
        this.running = false;
        this.next();
      });
  }
}
