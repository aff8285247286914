import { Controller, Get, Header, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { APP_CONFIG, getFeatureFlags, type AppConfig, type FeatureFlags } from '../config/app-config.js';
import { Public } from '../http/public.decorator.js';
import { HealthRegistry } from './health-registry.js';
import { Metrics } from './metrics.js';

@ApiTags('operations')
@Public()
@Controller()
export class ObservabilityController {
  constructor(
    private readonly health: HealthRegistry,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('health')
  @ApiOperation({ summary: 'Database and every configured external service; 503 when any is down' })
  async getHealth(@Res({ passthrough: true }) res: Response) {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { success: report.status === 'ok', ...report };
  }

  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics' })
  async getMetrics(@Res() res: Response) {
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }

  @Get('feature-flags')
  @ApiOperation({ summary: 'Feature flags in force, derived from the configuration' })
  getFeatureFlags(): { success: true; featureFlags: FeatureFlags } {
    return { success: true, featureFlags: getFeatureFlags(this.config) };
  }
}
