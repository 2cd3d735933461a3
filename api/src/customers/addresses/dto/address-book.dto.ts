import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PostalAddressDto } from '../../../shipping/dto/postal-address.dto';

/** An address to keep, and whether it becomes the default for shipping or billing. */
export class SaveAddressDto extends PostalAddressDto {
  @ApiPropertyOptional({ example: 'Home', maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  label?: string;

  @ApiPropertyOptional({ description: 'Ship here unless told otherwise (the first address always is)' })
  @IsOptional()
  @IsBoolean()
  defaultShipping?: boolean;

  @ApiPropertyOptional({ description: 'Bill here unless told otherwise (the first address always is)' })
  @IsOptional()
  @IsBoolean()
  defaultBilling?: boolean;
}

export class AddressBookEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, example: 'Home' }) label: string | null;
  @ApiProperty({ type: PostalAddressDto }) address: PostalAddressDto;
  @ApiProperty() defaultShipping: boolean;
  @ApiProperty() defaultBilling: boolean;
}

export class AddressBookView {
  @ApiProperty({ type: [AddressBookEntryView], description: 'Oldest first; at most 50' }) items: AddressBookEntryView[];
}
