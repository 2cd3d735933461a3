import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { PageOf, PageQuery } from '../../platform/pagination/page';
import { UuidParam } from '../../platform/validation/uuid-param';
import { RequirePermission } from '../access/access-policy';
import type { StaffPrincipal } from '../access/principal';
import { InviteStaffDto, UpdateStaffDto } from './dto/staff.dto';
import { StaffView } from './dto/staff.view';
import { StaffAdministration } from './staff-administration.service';
import { StaffDirectory } from './staff-directory.service';
import { StaffActor } from './staff-actor.decorator';

@ApiTags('admin · staff')
@Controller('admin/staff')
export class StaffAdminController {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly administration: StaffAdministration,
  ) {}

  @Get()
  @RequirePermission('staff:read')
  @ApiOperation({ operationId: 'adminListStaff', summary: 'List staff users, oldest first' })
  @ApiOkResponse({ type: PageOf(StaffView) })
  @ApiProblems(400)
  list(@Query() query: PageQuery) {
    return this.directory.list(query);
  }

  @Post()
  @RequirePermission('staff:manage')
  @ApiOperation({ operationId: 'adminInviteStaff', summary: 'Invite a staff user by email with a role' })
  @ApiCreatedResponse({ type: StaffView })
  @ApiProblems(400, 409)
  invite(@StaffActor() actor: StaffPrincipal, @Body() body: InviteStaffDto): Promise<StaffView> {
    return this.administration.invite(actor, body);
  }

  @Patch(':id')
  @RequirePermission('staff:manage')
  @ApiOperation({ operationId: 'adminUpdateStaff', summary: "Change a staff user's role, status or name" })
  @ApiOkResponse({ type: StaffView })
  @ApiProblems(400, 404, 409)
  update(@StaffActor() actor: StaffPrincipal, @UuidParam('id') id: string, @Body() body: UpdateStaffDto): Promise<StaffView> {
    return this.administration.update(actor, id, body);
  }

  @Post(':id/invitation')
  @HttpCode(202)
  @RequirePermission('staff:manage')
  @ApiOperation({ operationId: 'adminResendStaffInvite', summary: 'Send the invitation email again with a new link' })
  @ApiAcceptedResponse({ description: 'A new invitation was queued; earlier links stop working' })
  @ApiProblems(400, 404, 409)
  resend(@StaffActor() actor: StaffPrincipal, @UuidParam('id') id: string): Promise<void> {
    return this.administration.resendInvite(actor, id);
  }
}
