import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** Far above any real order line, far below what an integer column holds. */
const MAX_LINE_QUANTITY = 1_000_000;

export class LineQuantityDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() lineId: string;
  @ApiProperty({ example: 1, minimum: 1 }) @IsInt() @Min(1) @Max(MAX_LINE_QUANTITY) quantity: number;
}

/** Carrier and tracking, all optional: a link is made from the carrier and number when the carrier is known. */
export class TrackingDto {
  @ApiPropertyOptional({ type: String, example: 'PostNL', maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) carrier?: string;

  @ApiPropertyOptional({ type: String, example: '3SABCD1234567', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  trackingNumber?: string;

  @ApiPropertyOptional({ type: String, example: 'https://tracking.example/3SABCD1234567', maxLength: 2000 })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  @MaxLength(2000)
  trackingUrl?: string;
}

export class FulfilOrderDto extends TrackingDto {
  @ApiProperty({ format: 'uuid', description: 'The stock location the items leave from' }) @IsUUID() locationId: string;

  @ApiPropertyOptional({ type: [LineQuantityDto], description: 'Lines and quantities; leave out to fulfil everything left' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => LineQuantityDto)
  lines?: LineQuantityDto[];
}

export class CancelOrderDto {
  @ApiPropertyOptional({ type: String, example: 'Customer asked to cancel', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RefundOrderDto {
  @ApiProperty({ example: 1250, minimum: 1, description: 'Minor units of the order currency' })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  amount: number;

  @ApiPropertyOptional({ type: String, example: 'Damaged in transit', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'The received return this refund pays back' })
  @IsOptional()
  @IsUUID()
  returnId?: string;
}

export class CreateReturnDto {
  @ApiProperty({ type: [LineQuantityDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => LineQuantityDto)
  lines: LineQuantityDto[];

  @ApiPropertyOptional({ type: String, example: 'Too small', maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ReceivedLineDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() lineId: string;
  @ApiProperty({ example: 1, minimum: 0, description: 'Units back on the shelf for sale' })
  @IsInt()
  @Min(0)
  @Max(MAX_LINE_QUANTITY)
  restock: number;
  @ApiProperty({ example: 0, minimum: 0, description: 'Units written off as damaged' })
  @IsInt()
  @Min(0)
  @Max(MAX_LINE_QUANTITY)
  damaged: number;
}

export class ReceiveReturnDto {
  @ApiProperty({ format: 'uuid', description: 'Where the parcel came back' }) @IsUUID() locationId: string;

  @ApiProperty({ type: [ReceivedLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ReceivedLineDto)
  lines: ReceivedLineDto[];
}

export class OrderNoteDto {
  @ApiProperty({ example: 'Customer called: leave with the neighbours', maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  text: string;
}
