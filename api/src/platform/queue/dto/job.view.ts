import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../pagination/page';
import { QUEUE_NAMES } from '../queues';

const STATUSES = ['pending', 'processing', 'dispatched', 'done', 'failed'] as const;
type JobStatus = (typeof STATUSES)[number];

export class JobView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'mail.queued' }) topic: string;
  @ApiProperty({ enum: QUEUE_NAMES, enumName: 'QueueName' }) queue: string;
  @ApiProperty({ enum: STATUSES, enumName: 'JobStatus' }) status: JobStatus;
  @ApiProperty() attempts: number;
  @ApiProperty() maxAttempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'When it is (or was) due' }) availableAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
}

export class QueueSummaryView {
  @ApiProperty({ enum: QUEUE_NAMES, enumName: 'QueueName' }) name: string;
  @ApiProperty({
    description: 'Jobs by outbox status (done ones are kept for 7 days)',
    type: 'object',
    additionalProperties: { type: 'integer' },
  })
  counts: Record<string, number>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    nullable: true,
    description: "Bull's own counts (waiting, active, delayed, failed...) in server mode; null in embedded mode",
  })
  live: Record<string, number> | null;
}

export class QueuesView {
  @ApiProperty({ enum: ['in-process', 'bull'] }) backend: 'in-process' | 'bull';
  @ApiProperty({ type: [QueueSummaryView] }) queues: QueueSummaryView[];
}

export class JobListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STATUSES, enumName: 'JobStatus' })
  @IsOptional()
  @IsIn(STATUSES)
  status?: JobStatus;

  @ApiPropertyOptional({ enum: QUEUE_NAMES, enumName: 'QueueName' })
  @IsOptional()
  @IsIn(QUEUE_NAMES)
  queue?: string;
}
