import { ROTATION_OUTCOMES, ROTATION_SETTINGS, ROTATION_STATUSES, type RotationView, SPECIALTIES } from '@advising/contracts';
import type { RotationOutcome, RotationSetting, RotationStatus, Specialty } from '@advising/strategy-rules';
import type { RotationInput } from '../api';
import { useRecordItemWrites } from '../hooks/use-student-write';
import { formatDate, ROTATION_OUTCOME_LABELS, ROTATION_SETTING_LABELS, ROTATION_STATUS_LABELS, SPECIALTY_LABELS } from '../labels';
import { CheckboxField, optionsOf, SelectField, TextAreaField, TextField } from './form-fields';
import { ItemSection } from './ItemSection';

interface RotationFormValues {
  specialty: Specialty;
  setting: RotationSetting;
  siteName: string;
  inUS: boolean;
  weeks: string;
  startDate: string;
  endDate: string;
  status: RotationStatus;
  outcome: RotationOutcome | '';
  evaluatorComment: string;
}

const FIELDS = ['specialty', 'setting', 'siteName', 'inUS', 'weeks', 'startDate', 'endDate', 'status', 'outcome', 'evaluatorComment'] as const;

function toInput(values: RotationFormValues, withComment: boolean): RotationInput {
  const weeks = values.weeks.trim();
  return {
    specialty: values.specialty,
    setting: values.setting,
    siteName: values.siteName,
    inUS: values.inUS,
    weeks: weeks === '' || Number.isNaN(Number(weeks)) ? (weeks as unknown as number) : Number(weeks),
    startDate: values.startDate === '' ? null : values.startDate,
    endDate: values.endDate === '' ? null : values.endDate,
    status: values.status,
    outcome: values.outcome === '' ? null : values.outcome,
    ...(withComment ? { evaluatorComment: values.evaluatorComment.trim() === '' ? null : values.evaluatorComment } : {}),
  };
}

function toValues(item: RotationView | null): RotationFormValues {
  return {
    specialty: item?.specialty ?? 'IR',
    setting: item?.setting ?? 'AWAY',
    siteName: item?.siteName ?? '',
    inUS: item?.inUS ?? true,
    weeks: item === null ? '4' : String(item.weeks),
    startDate: item?.startDate ?? '',
    endDate: item?.endDate ?? '',
    status: item?.status ?? 'PLANNED',
    outcome: item?.outcome ?? '',
    evaluatorComment: item?.evaluatorComment ?? '',
  };
}

export interface RotationsSectionProps {
  studentId: string;
  rotations: readonly RotationView[];
  canEdit: boolean;
  /** Advisors and admins write the evaluator's comment; students never see the field. */
  canEditEvaluatorComment: boolean;
}

export function RotationsSection({ studentId, rotations, canEdit, canEditEvaluatorComment }: RotationsSectionProps) {
  const writes = useRecordItemWrites(studentId, 'rotations', (values: RotationFormValues) => toInput(values, canEditEvaluatorComment));

  return (
    <ItemSection<RotationView, RotationFormValues>
      title="Rotations"
      noun="rotation"
      addLabel="Log a rotation"
      testId="rotations-section"
      items={[...rotations].sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? ''))}
      emptyText="No rotations recorded yet."
      canEdit={canEdit}
      itemName={(rotation) => `${SPECIALTY_LABELS[rotation.specialty]}, ${rotation.siteName}`}
      renderItem={(rotation) => (
        <>
          <span className="record-list__title">
            {SPECIALTY_LABELS[rotation.specialty]}, {ROTATION_SETTING_LABELS[rotation.setting].toLowerCase()} · {rotation.siteName}
          </span>
          <span className="record-list__meta">
            {rotation.weeks} weeks{rotation.inUS ? ', in the US' : ', outside the US'} · {ROTATION_STATUS_LABELS[rotation.status]}
            {rotation.outcome !== null && ` · ${ROTATION_OUTCOME_LABELS[rotation.outcome]}`}
            {rotation.startDate !== null && ` · ${formatDate(rotation.startDate)} to ${formatDate(rotation.endDate)}`}
          </span>
          {rotation.evaluatorComment != null && rotation.evaluatorComment !== '' && (
            <span className="record-list__comment">Evaluator: “{rotation.evaluatorComment}”</span>
          )}
        </>
      )}
      renderFields={() => (
        <>
          <SelectField<RotationFormValues> name="specialty" label="Specialty" options={optionsOf(SPECIALTIES, SPECIALTY_LABELS)} />
          <SelectField<RotationFormValues> name="setting" label="Setting" options={optionsOf(ROTATION_SETTINGS, ROTATION_SETTING_LABELS)} />
          <TextField<RotationFormValues> name="siteName" label="Site" />
          <CheckboxField<RotationFormValues> name="inUS" label="In the US" />
          <TextField<RotationFormValues> name="weeks" label="Weeks" inputMode="numeric" />
          <TextField<RotationFormValues> name="startDate" label="Start date" type="date" />
          <TextField<RotationFormValues> name="endDate" label="End date" type="date" />
          <SelectField<RotationFormValues> name="status" label="Status" options={optionsOf(ROTATION_STATUSES, ROTATION_STATUS_LABELS)} />
          <SelectField<RotationFormValues>
            name="outcome"
            label="Outcome"
            placeholder="Not yet known"
            options={optionsOf(ROTATION_OUTCOMES, ROTATION_OUTCOME_LABELS)}
          />
          {canEditEvaluatorComment && <TextAreaField<RotationFormValues> name="evaluatorComment" label="Evaluator comment" hint="Seen by advisors only." />}
        </>
      )}
      toValues={toValues}
      fields={FIELDS}
      {...writes}
    />
  );
}
