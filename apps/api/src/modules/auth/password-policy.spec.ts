import { BadRequestException } from '@nestjs/common';
import { assertStrongPassword, passwordWeakness } from './password-policy';

describe('password policy', () => {
  it('refuses common passwords, keyboard patterns and the account’s own name or e-mail, however long', () => {
    for (const weak of ['password1234', 'Password123!', 'qwertyuiop12', 'iloveyou2026']) expect(passwordWeakness(weak)).toMatch(/too easy to guess/);
    expect(passwordWeakness('jane.doe@x.edu1', ['jane.doe@x.edu', 'Jane Doe'])).toMatch(/too easy to guess/);
  });

  it('accepts long phrases of unrelated words and refuses what is too short or too long', () => {
    for (const strong of ['a brand new passphrase', 'correct horse battery staple', 'Tr0ub4dor&3xyz']) expect(passwordWeakness(strong)).toBeNull();
    expect(passwordWeakness('Zq8#rT1!')).toMatch(/12-256 characters/);
    expect(passwordWeakness('x'.repeat(257))).toMatch(/12-256 characters/);
  });

  it('answers 400 naming the field', () => {
    let error: unknown;
    try {
      assertStrongPassword('password1234', 'newPassword');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadRequestException);
    expect((error as BadRequestException).getResponse()).toMatchObject({ details: [{ field: 'newPassword', message: expect.stringMatching(/^newPassword is too easy/) }] });
  });
});
