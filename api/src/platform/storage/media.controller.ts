import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../../auth/access/access-policy';
import { NotFound } from '../errors/domain-error';
import { ApiProblems } from '../openapi/api-problems';
import { MEDIA_KEY, MediaStorage } from './media-storage';

/** Serves media from local storage. Keys never change content (a new upload gets a new key), so they cache forever. */
@ApiTags('media')
@Controller('media')
@Public()
@SkipThrottle()
export class MediaController {
  constructor(private readonly storage: MediaStorage) {}

  @Get('*key')
  @ApiOperation({ operationId: 'getMedia', summary: 'An uploaded image (or import file) by its key' })
  @ApiParam({ name: 'key', description: 'The file key, such as products/<id>/<image>-thumb.webp', schema: { type: 'string' } })
  @ApiProduces('image/webp', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async get(@Param('key') key: string | string[], @Res() response: Response): Promise<void> {
    const path = Array.isArray(key) ? key.join('/') : key;
    // Import files are private: they are read by the import job, never served.
    if (!MEDIA_KEY.test(path) || path.endsWith('.csv')) throw new NotFound('file');
    const object = await this.storage.get(path);
    if (!object) throw new NotFound('file');
    response.setHeader('Content-Type', object.contentType);
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    if (object.size !== undefined) response.setHeader('Content-Length', String(object.size));
    object.body.pipe(response);
  }
}
