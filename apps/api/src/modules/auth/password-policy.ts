import { BadRequestException } from '@nestjs/common';
import { ERROR_CODES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@advising/contracts';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/** zxcvbn's score (0-4) a new password needs: 3 is "safely unguessable" against online attacks and throttled offline ones. */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
/** Built once, on first use: the common-password, name and word dictionaries take a moment to load. */
const zxcvbn = (): ZxcvbnFactory => (estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

/**
 * Why a new password is refused, or null when it is acceptable: 12-256 characters, and not
 * guessable (zxcvbn with its common-password dictionary, and the account's own e-mail and name).
 */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return `password must be ${PASSWORD_MIN_LENGTH}-${PASSWORD_MAX_LENGTH} characters`;
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[^\p{L}\p{N}]+/u)]).filter((part) => part.length >= 3);
  const { score } = zxcvbn().check(password.slice(0, 100), inputs);
  if (score < MIN_PASSWORD_SCORE) return 'password is too easy to guess (a common password, a name, a date or a pattern): use a longer phrase of unrelated words';
  return null;
}

/** 400 naming `field` when the password is refused. */
export function assertStrongPassword(password: string, field: string, userInputs: string[] = []): void {
  const weakness = passwordWeakness(password, userInputs);
  if (weakness) {
    throw new BadRequestException({ code: ERROR_CODES.VALIDATION_FAILED, message: 'The request has invalid fields.', details: [{ field, message: weakness.replace(/^password/, field) }] });
  }
}
