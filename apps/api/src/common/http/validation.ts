import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ERROR_CODES, type FieldError } from '@advising/contracts';

/** Flattens class-validator's tree into `{ field: 'a.b.0.c', message }` entries. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) out.push({ field, message });
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

/** The global pipe: unknown fields are refused, types are converted, every field error is reported. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new BadRequestException({
        code: ERROR_CODES.VALIDATION_FAILED,
        message: 'The request has invalid fields.',
        details: toFieldErrors(errors),
      }),
  });
}
