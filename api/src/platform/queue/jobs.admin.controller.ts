import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../auth/access/access-policy';
import { ApiProblems } from '../openapi/api-problems';
import { PageOf } from '../pagination/page';
import { UuidParam } from '../validation/uuid-param';
import { JobListQuery, JobView, QueuesView } from './dto/job.view';
import { JobsService } from './jobs.service';

@ApiTags('admin · jobs')
@Controller('admin/jobs')
export class JobsAdminController {
  constructor(private readonly jobs: JobsService) {}

  @Get('queues')
  @RequirePermission('jobs:read')
  @ApiOperation({ operationId: 'adminListQueues', summary: 'Background queues with job counts by state' })
  @ApiOkResponse({ type: QueuesView })
  queues(): Promise<QueuesView> {
    return this.jobs.queues();
  }

  @Get()
  @RequirePermission('jobs:read')
  @ApiOperation({ operationId: 'adminListJobs', summary: 'List background jobs, newest first' })
  @ApiOkResponse({ type: PageOf(JobView) })
  @ApiProblems(400)
  list(@Query() query: JobListQuery) {
    return this.jobs.list(query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @RequirePermission('jobs:manage')
  @ApiOperation({ operationId: 'adminRetryJob', summary: 'Run a failed job again with fresh attempts' })
  @ApiOkResponse({ type: JobView })
  @ApiProblems(400, 404, 409)
  retry(@UuidParam('id') id: string): Promise<JobView> {
    return this.jobs.retry(id);
  }
}
