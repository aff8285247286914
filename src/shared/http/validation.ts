import { BadRequestException, ParseUUIDPipe, ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  problems: string[];
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Rejects unknown fields and wrong types; the message names every offending field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}

/** The project's 400 (VALIDATION_FAILED): the message and the details name every field with its problems. */
export function validationFailed(fields: FieldProblem[], extra: Record<string, unknown> = {}): BadRequestException {
  return new BadRequestException({
    code: 'VALIDATION_FAILED',
    message: fields.map((field) => `${field.field}: ${field.problems.join('; ')}`).join(' | '),
    details: { fields, ...extra },
  });
}

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const uuidParam = (name: string) => new ParseUUIDPipe({ exceptionFactory: () => validationFailed([{ field: name, problems: ['must be a UUID'] }]) });
