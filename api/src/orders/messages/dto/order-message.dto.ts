import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { QueryBoolean } from '../../../inventory/levels/dto/stock-level.query';
import { PageQuery } from '../../../platform/pagination/page';

/** The longest message either side may write; the table checks it too. */
export const MAX_MESSAGE_LENGTH = 5000;

export class PostOrderMessageDto {
  @ApiProperty({ minLength: 1, maxLength: MAX_MESSAGE_LENGTH, example: 'Could you deliver it to my neighbour at number 12?' })
  // Surrounding blank lines and spaces carry nothing; a message of only whitespace is empty.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(MAX_MESSAGE_LENGTH)
  body: string;
}

export class MessageInboxQuery extends PageQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'true: only threads with a customer message staff have not read' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  unread?: boolean;
}
