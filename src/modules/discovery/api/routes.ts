import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

export const BUYER_GROUP_ROUTE = 'api/intelligence/buyer-group-v2';

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
