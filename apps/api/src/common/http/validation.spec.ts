import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, ValidateNested } from 'class-validator';
import { createValidationPipe } from './validation';

class Exam {
  @IsInt() @Min(1) @Max(300) score!: number;
}
class Body {
  @IsString() name!: string;
  @ValidateNested({ each: true }) @Type(() => Exam) exams!: Exam[];
}

describe('validation pipe', () => {
  const pipe = createValidationPipe();
  const run = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Body });

  it('reports every field at fault with its dotted path', async () => {
    const error = await run({ name: 7, exams: [{ score: 250 }, { score: 999 }], extra: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestException);
    const details = (error as BadRequestException).getResponse() as { details: { field: string; message: string }[] };
    const fields = details.details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'exams.1.score', 'extra']));
    expect(fields).not.toContain('exams.0.score');
  });

  it('passes a valid body through, converted to the class', async () => {
    const value = (await run({ name: 'a', exams: [{ score: 240 }] })) as Body;
    expect(value).toBeInstanceOf(Body);
    expect(value.exams[0]).toBeInstanceOf(Exam);
  });
});
