import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './shared/config/app-config.js';
import { ErrorShapeFilter } from './shared/http/error-shape.filter.js';
import { RAW_BODY_ROUTE, rawBody } from './shared/http/raw-body.middleware.js';
import { requestLogging } from './shared/http/request-logging.middleware.js';
import { createValidationPipe } from './shared/http/validation.js';
import { createLogger, PinoNestLogger } from './shared/observability/logger.js';
import { Metrics } from './shared/observability/metrics.js';

export interface AppOptions {
  logger?: Logger;
}

/** The HTTP service: the same wiring for `npm start` and for the end-to-end tests. */
export async function createHttpApp(config: AppConfig, options: AppOptions = {}): Promise<NestExpressApplication> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = new Metrics();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger, metrics), {
    bodyParser: false,
    abortOnError: false,
    logger: new PinoNestLogger(logger),
  });
  app.disable('x-powered-by');
  app.use(requestLogging(logger, metrics));
  // webhook deliveries keep their exact bytes: authenticated (token, HMAC) before they are parsed
  app.use(RAW_BODY_ROUTE, rawBody(config.maxBodyBytes));
  app.useBodyParser('json', { limit: config.maxBodyBytes, type: ['application/json', 'application/*+json'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorShapeFilter(logger));
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Buyer Group Intelligence')
      .setDescription('Finds, explains and keeps current the buyer group inside a target company.')
      .setVersion('2')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}

/** The same modules without HTTP, for the CLI. */
export async function createAppContext(config: AppConfig, options: AppOptions = {}): Promise<INestApplicationContext> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(config, logger, new Metrics(false)), {
    abortOnError: false,
    logger: new PinoNestLogger(logger),
  });
  context.enableShutdownHooks();
  return context;
}
