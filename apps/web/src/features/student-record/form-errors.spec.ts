import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../lib/api-client';
import { CONFLICT_MESSAGE, describeSaveError } from './form-errors';

describe('describeSaveError', () => {
  it('places the API’s messages beside the form’s fields', () => {
    const error = new ApiError(400, {
      statusCode: 400,
      error: 'Bad Request',
      code: 'VALIDATION_FAILED',
      message: 'The request has invalid fields.',
      details: [
        { field: 'score', message: 'score must be between 1 and 300' },
        { field: 'addRotations.0.weeks', message: 'must be at most 52' },
        { field: 'somethingElse', message: 'is not allowed' },
      ],
    });
    const failure = describeSaveError(error, ['score', 'date', 'rotationWeeks'], { 'addRotations.0.weeks': 'rotationWeeks' });
    expect(failure.fieldErrors).toEqual({ score: 'Must be between 1 and 300.', rotationWeeks: 'Must be at most 52.' });
    expect(failure.message).toBe('Some fields need your attention; nothing was saved. Is not allowed.');
    expect(failure.conflict).toBeNull();
  });

  it('reads a 409 as a conflict carrying the current record', () => {
    const current = { id: 'e1', version: 4 };
    const error = new ApiError(409, { statusCode: 409, error: 'Conflict', code: 'CONFLICT', message: 'Changed', current } as never);
    expect(describeSaveError(error, [])).toEqual({ message: CONFLICT_MESSAGE, fieldErrors: {}, conflict: { current } });
  });

  it('explains an unreachable server', () => {
    expect(describeSaveError(new NetworkError(), []).message).toMatch(/could not reach the server/);
  });
});
