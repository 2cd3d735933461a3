import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../platform/openapi/api-problems';
import { StaffOnly } from '../access/access-policy';
import { Actor, type StaffPrincipal } from '../access/principal';
import { PasswordChanger } from '../passwords/password-changer.service';
import { ChangePasswordDto } from '../passwords/password.dto';
import { RoleView, StaffMeView } from './dto/staff.view';
import { StaffDirectory } from './staff-directory.service';

@ApiTags('admin · staff')
@Controller('admin')
@StaffOnly()
export class StaffMeAdminController {
  constructor(
    private readonly directory: StaffDirectory,
    private readonly passwords: PasswordChanger,
  ) {}

  @Get('me')
  @ApiOperation({ operationId: 'adminGetMe', summary: 'The signed-in staff member, with role and permissions' })
  @ApiOkResponse({ type: StaffMeView })
  me(@Actor() staff: StaffPrincipal): StaffMeView {
    return this.directory.me(staff);
  }

  @Post('me/password')
  @HttpCode(204)
  @ApiOperation({ operationId: 'adminChangePassword', summary: 'Change my password; my other sessions end' })
  @ApiNoContentResponse({ description: 'Changed' })
  @ApiProblems(400)
  changePassword(@Actor() staff: StaffPrincipal, @Body() body: ChangePasswordDto): Promise<void> {
    return this.passwords.change({ type: 'staff', id: staff.id, sessionId: staff.sessionId }, body);
  }

  @Get('roles')
  @ApiOperation({ operationId: 'adminListRoles', summary: 'The staff roles and the permissions each grants' })
  @ApiOkResponse({ type: [RoleView] })
  roles(): RoleView[] {
    return this.directory.roles();
  }
}
