import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationFailed } from '../errors/domain-error';

const locations = { body: 'body', query: 'query', param: 'path', custom: 'body' } as const;

/**
 * The global pipe: DTOs are the contract. Unknown fields are refused (not silently dropped), types are
 * checked without implicit coercion in bodies, and every failure names its field as a JSON pointer.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors: ValidationError[]) => new ValidationFailed(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto = metadata.metatype && !this.isPrimitiveType(metadata.metatype);
    if (metadata.type === 'body' && isDto && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw new ValidationFailed([{ pointer: '', detail: 'must be a JSON object', location: 'body' }]);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationFailed && metadata.type !== 'body') {
        const location = locations[metadata.type];
        const errors = (error.errors ?? []).map((e) => ({ ...e, location }));
        throw new ValidationFailed(errors);
      }
      throw error;
    }
  }

  private isPrimitiveType(metatype: unknown): boolean {
    return [String, Boolean, Number, Array, Object].includes(metatype as never);
  }
}

/** class-validator's tree of errors → one flat list of JSON pointers and reasons. */
export function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const pointer = `${parent}/${escapePointer(error.property)}`;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      pointer,
      detail: rule === 'whitelistValidation' ? 'is not an allowed field' : withoutProperty(message, error.property),
    }));
    return [...own, ...flatten(error.children ?? [], pointer)];
  });
}

/** "email must be an email" → "must be an email": the pointer already names the field. */
function withoutProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
