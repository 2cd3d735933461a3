import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CheckView {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiProperty({ description: 'Round trip in milliseconds' }) latencyMs: number;
  @ApiPropertyOptional() error?: string;
}

export class HealthChecksView {
  @ApiProperty({ type: CheckView }) database: CheckView;
  @ApiPropertyOptional({ type: CheckView, description: 'Only when REDIS_URL is set' }) redis?: CheckView;
}

export class HealthView {
  @ApiProperty({ enum: ['ok', 'error'] }) status: 'ok' | 'error';
  @ApiProperty({ enum: ['embedded', 'server'] }) mode: 'embedded' | 'server';
  @ApiProperty({ type: HealthChecksView }) checks: HealthChecksView;
}
