import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { DestinationStream, Logger } from 'pino';
import { AppModule } from '../app.module';
import { assertEveryRouteHasAPolicy } from '../auth/access/route-policy-check';
import { AppConfig } from '../platform/config/app-config';
import { ProblemFilter } from '../platform/errors/problem.filter';
import { createRootLogger, PinoNestLogger } from '../platform/logging/logger';
import { requestLogging } from '../platform/logging/request-logging';
import { buildOpenApiDocument } from '../platform/openapi/openapi-document';
import { StrictValidationPipe } from '../platform/validation/validation.pipe';

export interface HttpApp {
  app: NestExpressApplication;
  logger: Logger;
}

/** Builds the HTTP API: middleware, validation, problem details, OpenAPI, and the route policy check. */
export async function createHttpApp(
  config: AppConfig,
  logDestination?: DestinationStream,
  extraModules: (Type | DynamicModule)[] = [],
): Promise<HttpApp> {
  const logger = createRootLogger(config.logLevel, logDestination);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, 'api', extraModules), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.use(
    helmet({
      // Swagger UI at /docs needs inline styles and data: images; everything else is JSON.
      contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] } },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
    }),
  );
  app.enableCors({
    origin: config.http.corsOrigins,
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'ETag'],
    maxAge: 600,
  });
  // Payment webhooks are signed over their exact bytes: those routes get the raw body, and JSON parsing skips them.
  app.useBodyParser('raw', { limit: config.http.bodyLimit, type: (req: { url?: string }) => req.url?.startsWith('/webhooks/') ?? false });
  app.useBodyParser('json', { limit: config.http.bodyLimit, type: ['application/json', 'application/*+json'] });
  app.useGlobalPipes(new StrictValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    customSiteTitle: 'Tillpoint API',
    swaggerOptions: { persistAuthorization: true, displayOperationId: true },
  });
  await app.init();
  assertEveryRouteHasAPolicy(app);
  return { app, logger };
}
