import { Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { ValidationFailed } from '../errors/domain-error';
import { StrictValidationPipe } from './validation.pipe';

class Line {
  @IsInt() @Min(1) quantity: number;
}

class Order {
  @IsString() note: string;
  @ValidateNested({ each: true }) @Type(() => Line) items: Line[];
}

async function problems(value: unknown, type: 'body' | 'query' = 'body') {
  try {
    await new StrictValidationPipe().transform(value, { type, metatype: Order });
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors;
    throw error;
  }
  return [];
}

describe('the validation pipe', () => {
  it('points at nested fields with JSON pointers', async () => {
    expect(await problems({ note: 'x', items: [{ quantity: 1 }, { quantity: 0 }] })).toEqual([
      { pointer: '/items/1/quantity', detail: 'must not be less than 1' },
    ]);
  });

  it('refuses unknown fields, also nested ones', async () => {
    expect(await problems({ note: 'x', items: [{ quantity: 1, price: 5 }], admin: true })).toEqual([
      { pointer: '/admin', detail: 'is not an allowed field' },
      { pointer: '/items/0/price', detail: 'is not an allowed field' },
    ]);
  });

  it('does not coerce types in bodies', async () => {
    const errors = await problems({ note: 5, items: [{ quantity: '2' }] });
    expect(errors).toContainEqual({ pointer: '/note', detail: 'must be a string' });
    expect(errors).toContainEqual({ pointer: '/items/0/quantity', detail: 'must be an integer number' });
  });

  it('marks query problems with their location', async () => {
    expect(await problems({ note: 1, items: [] }, 'query')).toEqual([{ pointer: '/note', detail: 'must be a string', location: 'query' }]);
  });
});
