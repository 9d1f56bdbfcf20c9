import { PasswordService } from './password.service';

describe('PasswordService', () => {
  const service = new PasswordService();

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await service.hash('a long enough passphrase');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    await expect(service.verify(hash, 'a long enough passphrase')).resolves.toBe(true);
    await expect(service.verify(hash, 'a long enough passphrasE')).resolves.toBe(false);
  });

  it('treats a malformed hash as a failed check, not an error', async () => {
    await expect(service.verify('not-a-hash', 'whatever')).resolves.toBe(false);
  });

  it('spends a real verification on unknown accounts and always fails', async () => {
    await expect(service.verifyAgainstDummy('dummy-password-for-timing')).resolves.toBe(false);
  });

  it('handles passwords of 128 characters and more', async () => {
    const long = 'x'.repeat(200);
    await expect(service.verify(await service.hash(long), long)).resolves.toBe(true);
  });
});
