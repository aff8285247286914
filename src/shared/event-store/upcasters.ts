/** Turns an event's stored data of one schema version into the next version's shape. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

interface EventSchema {
  currentVersion: number;
  /** upcasters[v] lifts data from version v to v + 1 */
  upcasters: Record<number, Upcaster>;
}

/** Registry of event schema versions; old events are lifted to the current shape whenever they are read. */
export class UpcasterRegistry {
  private readonly schemas = new Map<string, EventSchema>();

  register(type: string, currentVersion: number, upcasters: Record<number, Upcaster> = {}): void {
    for (let version = 1; version < currentVersion; version++) {
      if (!upcasters[version]) throw new Error(`event ${type}: no upcaster from schema version ${version}`);
    }
    this.schemas.set(type, { currentVersion, upcasters });
  }

  currentVersion(type: string): number {
    return this.schemas.get(type)?.currentVersion ?? 1;
  }

  upcast(type: string, schemaVersion: number, data: Record<string, unknown>): { schemaVersion: number; data: unknown } {
    const schema = this.schemas.get(type);
    if (!schema) return { schemaVersion, data };
    let current = data;
    for (let version = schemaVersion; version < schema.currentVersion; version++) {
      current = schema.upcasters[version](current);
    }
    return { schemaVersion: Math.max(schemaVersion, schema.currentVersion), data: current };
  }
}
