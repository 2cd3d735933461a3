import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '../../auth/access/access-policy';
import { ApiProblems } from '../openapi/api-problems';
import { HealthService } from './health.service';
import { HealthView } from './health.view';

@ApiTags('health')
@Controller('health')
@Public()
@SkipThrottle()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Readiness: the database (and Redis, when configured) answer' })
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ type: HealthView, description: 'A dependency is down' })
  @ApiProblems(404)
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthView> {
    const view = await this.health.check();
    response.status(view.status === 'ok' ? 200 : 503).setHeader('Cache-Control', 'no-store');
    return view;
  }
}
