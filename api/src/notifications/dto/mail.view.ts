import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '../../platform/pagination/page';
import { IsEmail, IsOptional } from 'class-validator';

export class MailSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'password-reset' }) template: string;
  @ApiProperty({ example: 'ada@example.com' }) to: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: ['local', 'smtp'] }) transport: 'local' | 'smtp';
  @ApiProperty({ enum: ['queued', 'sent', 'failed'] }) status: 'queued' | 'sent' | 'failed';
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
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
}
