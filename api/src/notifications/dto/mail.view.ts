import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '../../platform/pagination/page';
import { IsEmail, IsIn, IsOptional } from 'class-validator';
import { MAIL_STATUSES, type MailStatus } from '../mail-message.entity';

export class MailSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'password-reset' }) template: string;
  @ApiProperty({ example: 'ada@example.com' }) to: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ['local', 'smtp'] }) transport: 'local' | 'smtp';
  @ApiProperty({ enum: MAIL_STATUSES, enumName: 'MailStatus' }) status: MailStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When delivery is tried again on its own; null once sent or once its attempts are spent (then it may be retried)',
  })
  nextAttemptAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
}

export class MailView extends MailSummaryView {
  @ApiProperty({ type: String, nullable: true, description: 'Null once a sensitive message was sent over SMTP' })
  text: string | null;

  @ApiProperty({ type: String, nullable: true })
  html: string | null;
}

export class MailListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only mail to this address' })
  @IsOptional()
  @IsEmail()
  to?: string;

  @ApiPropertyOptional({ enum: MAIL_STATUSES, enumName: 'MailStatus', description: 'Only mail in this state (failed: what needs a look)' })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;
}
