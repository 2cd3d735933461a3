import { Module } from '@nestjs/common';
import { SavedViewsAdminController } from './saved-views.admin.controller';
import { SavedViews } from './saved-views.service';

/** What staff keep of their own in the admin's lists: saved views. Nothing here is shared with other domains. */
@Module({
  controllers: [SavedViewsAdminController],
  providers: [SavedViews],
})
export class AdminViewsModule {}
