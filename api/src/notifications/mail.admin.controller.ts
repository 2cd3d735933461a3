import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access/access-policy';
import { ApiProblems } from '../platform/openapi/api-problems';
import { PageOf } from '../platform/pagination/page';
import { UuidParam } from '../platform/validation/uuid-param';
import { MailListQuery, MailSummaryView, MailView } from './dto/mail.view';
import { MailQueries } from './mail-queries.service';

@ApiTags('admin · mail')
@Controller('admin/mail')
export class MailAdminController {
  constructor(private readonly mail: MailQueries) {}

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
}
