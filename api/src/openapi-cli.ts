import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { loadConfig } from './platform/config/app-config';
import { buildOpenApiDocument } from './platform/openapi/openapi-document';

/**
 * Writes the OpenAPI document without a database or Redis: Nest's preview mode builds the module
 * graph and reads the route decorators without instantiating any provider.
 */
export async function generateOpenApi(): Promise<string> {
  const config = loadConfig({ JWT_SECRET: 'openapi-generation-needs-no-secret-000000' });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, 'openapi'), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  const json = `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  await app.close();
  return json;
}

if (require.main === module) {
  const target = process.argv[2];
  generateOpenApi()
    .then((json) => {
      if (target) writeFileSync(target, json);
      else process.stdout.write(json);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
