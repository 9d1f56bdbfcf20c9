import { BadRequestException } from '@nestjs/common';
import { createValidationPipe } from '../http/validation';
import { hasControlCharacters, IntField, INT4_MAX, IsOptionalOrNull, Optional, TextField } from './validators';

class Body {
  @TextField({ min: 1, max: 20 }) name!: string;
  @Optional() @TextField({ max: 100, multiline: true }) note?: string;
  @IsOptionalOrNull() @IntField({ min: 1, max: 300 }) score?: number | null;
  @IntField({ min: 1 }) version!: number;
}
class Query {
  @IntField({ min: 1, query: true }) version!: number;
}

describe('shared field decorators', () => {
  const pipe = createValidationPipe();
  const fields = async (value: unknown, metatype: new () => unknown = Body): Promise<string[]> => {
    try {
      await pipe.transform(value, { type: 'body', metatype });
      return [];
    } catch (e) {
      const body = (e as BadRequestException).getResponse() as { details: { field: string }[] };
      return body.details.map((d) => d.field);
    }
  };

  it('tells control characters apart, allowing tabs and line breaks only in multi-line text', () => {
    expect(hasControlCharacters('a\u0000b')).toBe(true);
    expect(hasControlCharacters('a\tb')).toBe(true);
    expect(hasControlCharacters('a\tb\r\nc', true)).toBe(false);
    expect(hasControlCharacters('a\u007fb', true)).toBe(true);
    expect(hasControlCharacters('Zoë — ✓')).toBe(false);
  });

  it('refuses NUL, null where not nullable, and integers past int4', async () => {
    expect(await fields({ name: 'a\u0000', version: 1 })).toEqual(['name']);
    expect(await fields({ name: 'a', note: 'x\n\ty', version: 1 })).toEqual([]);
    expect(await fields({ name: 'a', note: null, version: 1 })).toEqual(['note', 'note']);
    expect(await fields({ name: 'a', score: null, version: 1 })).toEqual([]);
    expect(await fields({ name: 'a', version: INT4_MAX + 1 })).toEqual(['version']);
    expect(await fields({ name: 'a', version: INT4_MAX })).toEqual([]);
  });

  it('reads query integers from plain digits only', async () => {
    expect(await fields({ version: '12' }, Query)).toEqual([]);
    for (const version of ['1e3', '0x10', '', '2147483648', '1.5']) expect(new Set(await fields({ version }, Query))).toEqual(new Set(['version']));
  });
});
