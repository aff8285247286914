import type { AddressInfo } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../../shared/config/app-config.js';

/**
 * The base URL Coresignal calls back: PUBLIC_BASE_URL, or this instance on the loopback interface at the port it
 * listens on (PORT before it listens) — enough for the simulator and development, never for the real provider.
 */
@Injectable()
export class CallbackBase {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  resolve(): string {
    if (this.config.publicBaseUrl) return this.config.publicBaseUrl;
    const server = this.adapterHost.httpAdapter?.getHttpServer?.() as { address?: () => AddressInfo | string | null } | undefined;
    const address = server?.address?.();
    const port = address && typeof address === 'object' ? address.port : this.config.port;
    return `http://127.0.0.1:${port}`;
  }
}
