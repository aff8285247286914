import { Injectable } from '@nestjs/common';

export interface HealthStatus {
  status: 'up' | 'down' | 'not_configured';
  detail?: string;
  [key: string]: unknown;
}

export type HealthIndicator = () => Promise<HealthStatus>;

/** Modules register what they depend on; /health asks each, with a timeout, and is green only if none is down. */
@Injectable()
export class HealthRegistry {
  private readonly indicators = new Map<string, HealthIndicator>();

  register(name: string, indicator: HealthIndicator): void {
    this.indicators.set(name, indicator);
  }

  async check(timeoutMs = 3_000): Promise<{ status: 'ok' | 'error'; checks: Record<string, HealthStatus> }> {
    const entries = await Promise.all(
      [...this.indicators].map(async ([name, indicator]) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<HealthStatus>((resolve) => {
          timer = setTimeout(() => resolve({ status: 'down', detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
        });
        const result = await Promise.race([
          indicator().catch((error: unknown): HealthStatus => ({ status: 'down', detail: (error as Error).message })),
          timeout,
        ]);
        clearTimeout(timer);
        return [name, result] as const;
      }),
    );
    const checks = Object.fromEntries(entries);
    return { status: entries.some(([, result]) => result.status === 'down') ? 'error' : 'ok', checks };
  }
}
