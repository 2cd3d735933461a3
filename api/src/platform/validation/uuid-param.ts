import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailed } from '../errors/domain-error';

/** A path id that must be a UUID; anything else is a 400 naming the parameter, not a database error. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new ValidationFailed([{ pointer: `/${name}`, detail: 'must be a UUID', location: 'path' }]),
    }),
  );
