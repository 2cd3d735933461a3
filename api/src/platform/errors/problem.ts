import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError } from './domain-error';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export class FieldErrorView implements FieldError {
  @ApiProperty({ example: '/email', description: 'JSON pointer to the field in the body, or the parameter name' })
  pointer: string;

  @ApiProperty({ example: 'must be an email address' })
  detail: string;

  @ApiPropertyOptional({ enum: ['body', 'query', 'path', 'header'] })
  location?: 'body' | 'query' | 'path' | 'header';
}

/** RFC 9457 problem details: the one error shape of the API. */
export class ProblemView {
  @ApiProperty({ example: '/problems/validation-failed', description: 'URI reference naming the problem type' })
  type: string;

  @ApiProperty({ example: 'The request is not valid' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'validation_failed', description: 'Stable machine-readable code' })
  code: string;

  @ApiPropertyOptional({ example: '/email must be an email address' })
  detail?: string;

  @ApiPropertyOptional({ description: 'The request id, also sent as the X-Request-Id header' })
  instance?: string;

  @ApiPropertyOptional({ type: [FieldErrorView] })
  errors?: FieldErrorView[];
}

/** `insufficient_stock` → `/problems/insufficient-stock` */
export function problemType(code: string): string {
  return `/problems/${code.replace(/_/g, '-')}`;
}
