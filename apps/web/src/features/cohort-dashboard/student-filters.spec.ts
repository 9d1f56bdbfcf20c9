import { describe, expect, it } from 'vitest';
import { student } from './student-fixtures';
import { ANY_FLAG, DEFAULT_SORT, filterStudents, hasFilters, parseStudentView, pathwayChange, pathwayChangeRank, writeStudentView } from './student-filters';

describe('student table view in the URL', () => {
  it('reads filters and sort from search params', () => {
    const view = parseStudentView(new URLSearchParams('q=ana&pathway=DR&band=LOW&flag=LOW_STEP2CK&sort=-step2ck'));
    expect(view).toEqual({ q: 'ana', pathway: 'DR', band: 'LOW', flag: 'LOW_STEP2CK', sort: { key: 'step2ck', desc: true } });
  });

  it('ignores values it does not know, so an edited link still opens', () => {
    const view = parseStudentView(new URLSearchParams('pathway=SPACE&band=x&flag=drop;table&sort=-password'));
    expect(view).toEqual({ q: '', pathway: null, band: null, flag: null, sort: DEFAULT_SORT });
  });

  it('writes only what differs from the defaults and keeps other params', () => {
    const base = new URLSearchParams('tab=1&q=old');
    const next = writeStudentView({ q: '', pathway: 'DR', band: null, flag: ANY_FLAG, sort: DEFAULT_SORT }, base);
    expect(next.toString()).toBe('tab=1&pathway=DR&flag=ANY');
    expect(writeStudentView({ q: 'lee', pathway: null, band: 'HIGH', flag: null, sort: { key: 'change', desc: true } }).toString()).toBe('q=lee&band=HIGH&sort=-change');
  });

  it('round-trips every view', () => {
    const view = { q: 'a b', pathway: 'DR_THEN_IR', band: 'VERY_LOW', flag: 'NO_RESEARCH', sort: { key: 'letters', desc: false } } as const;
    expect(parseStudentView(writeStudentView(view))).toEqual(view);
    expect(hasFilters(view)).toBe(true);
    expect(hasFilters(parseStudentView(new URLSearchParams('sort=-name')))).toBe(false);
  });
});

describe('filtering students', () => {
  const students = [
    student({ id: '1', displayName: 'Ana Lima', pathway: 'DR', target: 'DR', bandDR: 'LOW', flags: ['LOW_STEP2CK'] }),
    student({ id: '2', displayName: 'Ben Okafor', pathway: 'DR', bandIR: 'LOW', bandDR: 'COMPETITIVE' }),
    student({ id: '3', displayName: 'Cy Park', email: 'cy@elsewhere.org', flags: ['NO_RESEARCH', 'VISA_NEEDED'] }),
  ];
  const view = parseStudentView(new URLSearchParams());

  it('filters by engine pathway, by the band of the student own target, by flag and by name or email', () => {
    expect(filterStudents(students, { ...view, pathway: 'DR' }).map((s) => s.id)).toEqual(['1', '2']);
    // Ana is LOW on the DR scale (her target), Ben on the IR scale (his).
    expect(filterStudents(students, { ...view, band: 'LOW' }).map((s) => s.id)).toEqual(['1', '2']);
    expect(filterStudents(students, { ...view, band: 'COMPETITIVE' }).map((s) => s.id)).toEqual(['3']);
    expect(filterStudents(students, { ...view, flag: ANY_FLAG }).map((s) => s.id)).toEqual(['1', '3']);
    expect(filterStudents(students, { ...view, flag: 'VISA_NEEDED' }).map((s) => s.id)).toEqual(['3']);
    expect(filterStudents(students, { ...view, q: '  ELSEWHERE ' }).map((s) => s.id)).toEqual(['3']);
    expect(filterStudents(students, { ...view, pathway: 'DR', flag: ANY_FLAG, q: 'ana' }).map((s) => s.id)).toEqual(['1']);
  });
});

describe('change since last month', () => {
  it('reads an upgrade or a downgrade through the pathway ranks', () => {
    expect(pathwayChange({ pathway: 'INTEGRATED_IR', pathwayMonthAgo: 'DR' })).toBe('up');
    expect(pathwayChange({ pathway: 'DR_WITH_BACKUP', pathwayMonthAgo: 'DUAL_IR_DR' })).toBe('down');
    expect(pathwayChange({ pathway: 'DR', pathwayMonthAgo: null })).toBe('none');
    expect(pathwayChange({ pathway: 'DR', pathwayMonthAgo: 'DR' })).toBe('none');
    expect(pathwayChangeRank({ pathway: 'DR_WITH_BACKUP', pathwayMonthAgo: 'DUAL_IR_DR' })).toBe(-3);
    expect(pathwayChangeRank({ pathway: 'DR', pathwayMonthAgo: null })).toBe(0);
  });
});
