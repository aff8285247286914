import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import type { FieldProblem } from '../domain/search-request.js';

/**
 * The account search shares the buyer-group API's path (PRODUCT.md §5 item 5: GET on the path discovery POSTs to);
 * the discovery module's own constant is its API's, so this module names the path itself.
 */
export const ACCOUNT_SEARCH_ROUTE = 'api/intelligence/buyer-group-v2';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const uuidParam = (name: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () =>
      new BadRequestException({
        code: 'VALIDATION_FAILED',
        message: `${name}: must be a UUID`,
        details: { fields: [{ field: name, problems: ['must be a UUID'] }] },
      }),
  });

/** The project's validation error (400, VALIDATION_FAILED), naming every field with a problem. */
export function invalidSearch(problems: FieldProblem[], extra: Record<string, unknown> = {}): BadRequestException {
  return new BadRequestException({
    code: 'VALIDATION_FAILED',
    message: problems.map((problem) => `${problem.field}: ${problem.problems.join('; ')}`).join(' | '),
    details: { fields: problems, ...extra },
  });
}
