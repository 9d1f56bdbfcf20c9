import type { WhatIfResult } from '@advising/contracts';
import type { ResearchField, ResearchStatus, RotationSetting, Specialty } from '@advising/strategy-rules';
import type { WhatIfInput } from '../student-record/api';
import { BAND_LABELS, formatRange, PATHWAY_LABELS, STEP3_LABELS } from '../student-record/labels';

/** The what-if form as typed. */
export interface WhatIfValues {
  step2ckScore: string;
  addRotation: boolean;
  rotationSpecialty: Specialty;
  rotationSetting: RotationSetting;
  rotationWeeks: string;
  rotationInUS: boolean;
  addLetter: boolean;
  letterSpecialty: Specialty;
  letterInUS: boolean;
  addPublication: boolean;
  publicationField: ResearchField;
  publicationStatus: ResearchStatus;
}

export const WHAT_IF_DEFAULTS: WhatIfValues = {
  step2ckScore: '',
  addRotation: false,
  rotationSpecialty: 'IR',
  rotationSetting: 'AWAY',
  rotationWeeks: '4',
  rotationInUS: true,
  addLetter: false,
  letterSpecialty: 'IR',
  letterInUS: true,
  addPublication: false,
  publicationField: 'IR',
  publicationStatus: 'PUBLISHED',
};

export const WHAT_IF_FIELDS = ['step2ckScore', 'rotationSpecialty', 'rotationSetting', 'rotationWeeks', 'rotationInUS', 'letterSpecialty', 'letterInUS', 'publicationField', 'publicationStatus'] as const;

/** Where the API's field paths land in the form. */
export const WHAT_IF_ALIASES: Record<string, (typeof WHAT_IF_FIELDS)[number]> = {
  'addRotations.0.specialty': 'rotationSpecialty',
  'addRotations.0.setting': 'rotationSetting',
  'addRotations.0.weeks': 'rotationWeeks',
  'addRotations.0.inUS': 'rotationInUS',
  'addLetters.0.writerSpecialty': 'letterSpecialty',
  'addLetters.0.writerInUS': 'letterInUS',
  'addResearch.0.field': 'publicationField',
  'addResearch.0.status': 'publicationStatus',
};

const asNumber = (value: string): number => (Number.isNaN(Number(value)) ? (value as unknown as number) : Number(value));

/** True when the form asks about nothing at all. */
export function isEmptyWhatIf(values: WhatIfValues): boolean {
  return values.step2ckScore.trim() === '' && !values.addRotation && !values.addLetter && !values.addPublication;
}

/** The request for POST /what-if: only the parts the student filled in. A letter counts as committed, a rotation as planned. */
export function toWhatIfRequest(values: WhatIfValues): WhatIfInput {
  const request: WhatIfInput = {};
  const score = values.step2ckScore.trim();
  if (score !== '') request.step2ckScore = asNumber(score);
  if (values.addRotation) {
    request.addRotations = [
      { specialty: values.rotationSpecialty, setting: values.rotationSetting, inUS: values.rotationInUS, weeks: asNumber(values.rotationWeeks.trim()), status: 'PLANNED' },
    ];
  }
  if (values.addLetter) request.addLetters = [{ writerSpecialty: values.letterSpecialty, writerInUS: values.letterInUS, status: 'COMMITTED' }];
  if (values.addPublication) request.addResearch = [{ field: values.publicationField, kind: 'PUBLICATION', status: values.publicationStatus }];
  return request;
}

export interface Comparison {
  label: string;
  now: string;
  whatIf: string;
  changed: boolean;
}

/** Now against what-if, for the headline facts of the plan. */
export function compareWhatIf(result: WhatIfResult): Comparison[] {
  const { current: a, whatIf: b } = result;
  const row = (label: string, now: string, whatIf: string): Comparison => ({ label, now, whatIf, changed: now !== whatIf });
  return [
    row('Recommended pathway', PATHWAY_LABELS[a.primaryPathway], PATHWAY_LABELS[b.primaryPathway]),
    row('Score band for IR', BAND_LABELS[a.bands.ir], BAND_LABELS[b.bands.ir]),
    row('Score band for DR', BAND_LABELS[a.bands.dr], BAND_LABELS[b.bands.dr]),
    row('Integrated IR programs', formatRange(a.applications.integratedIR), formatRange(b.applications.integratedIR)),
    row('DR programs', formatRange(a.applications.diagnosticRadiology), formatRange(b.applications.diagnosticRadiology)),
    row('Letters still needed', String(a.letters.shortfall), String(b.letters.shortfall)),
    row('Step 3', STEP3_LABELS[a.step3], STEP3_LABELS[b.step3]),
    row('Things to watch', String(a.flags.length), String(b.flags.length)),
  ];
}
