import { ApiProperty } from '@nestjs/swagger';
import { Permission, PERMISSIONS } from '../../access/permissions';
import type { ApiKey } from '../api-key.entity';

export class ApiKeyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'tp_sk_AbC123', description: 'The first characters, to recognise the key' }) prefix: string;
  @ApiProperty({ enum: PERMISSIONS, enumName: 'Permission', isArray: true }) scopes: Permission[];
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
}

/** Only the creation answer carries the secret; it cannot be read again. */
export class ApiKeyCreatedView extends ApiKeyView {
  @ApiProperty({ example: 'tp_sk_...', description: 'The secret key. Shown once: store it now.' })
  secret: string;
}

export function toApiKeyView(key: ApiKey): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    createdBy: key.createdBy,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    expiresAt: key.expiresAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
