import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemView } from '../errors/problem';

const descriptions: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Missing or invalid credentials',
  403: 'Authenticated, but not allowed',
  404: 'Not found (or not yours)',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  422: 'Idempotency key reused with a different request',
  429: 'Too many requests; see Retry-After',
};

/** Documents the problem-details answers a route can give, as `application/problem+json`. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status] ?? 'Problem',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemView' } } },
      }),
    ),
  );

export { ProblemView };
