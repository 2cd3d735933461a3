import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { PageOf } from '../platform/pagination/page';
import { UuidParam } from '../platform/validation/uuid-param';
import { MailListQuery, MailSummaryView, MailView } from './dto/mail.view';
import { MailQueries } from './mail-queries.service';
import { MailRetry } from './mail-retry.service';

@ApiTags('admin · mail')
@Controller('admin/mail')
export class MailAdminController {
  constructor(
    private readonly mail: MailQueries,
    private readonly retries: MailRetry,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'adminListMail', summary: 'List sent and queued emails (the local outbox in embedded mode)' })
  @ApiOkResponse({ type: PageOf(MailSummaryView) })
  @ApiProblems(400)
  @RequirePermission('mail:read')
  list(@Query() query: MailListQuery) {
    return this.mail.list(query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'adminGetMail', summary: 'Read one email with its body' })
  @ApiOkResponse({ type: MailView })
  @ApiProblems(400, 404)
  @RequirePermission('mail:read')
  get(@UuidParam('id') id: string) {
    return this.mail.get(id);
  }

  /** Sending again is retrying the delivery job, so it takes the permission that retries jobs. */
  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminRetryMail', summary: 'Send a failed email again once its automatic retries are over' })
  @ApiOkResponse({ type: MailView })
  @ApiProblems(400, 404, 409)
  @RequirePermission('jobs:manage')
  retry(@UuidParam('id') id: string): Promise<MailView> {
    return this.retries.retry(id);
  }
}
