import type { OverrideView } from '@advising/contracts';
import { type Pathway, PATHWAYS, type Recommendation } from '@advising/strategy-rules';
import { useId, useState } from 'react';
import type { ApiClient } from '../../../lib/api-client';
import { clearOverride, setOverride } from '../../student-record/api';
import { optionsOf, SelectField, TextAreaField } from '../../student-record/components/form-fields';
import { SaveForm, useSaveForm } from '../../student-record/components/SaveForm';
import { describeSaveError } from '../../student-record/form-errors';
import { useStudentWrite } from '../../student-record/hooks/use-student-write';
import { formatDate, PATHWAY_LABELS } from '../../student-record/labels';

interface OverrideValues {
  pathway: Pathway | '';
  reason: string;
}

/** The advisor's own pathway for the student, with a required reason; or withdraw it. */
export function OverrideSection({ studentId, override, recommendation }: { studentId: string; override: OverrideView | null; recommendation: Recommendation | null }) {
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  /** The advisor's plan next to the rules' own, as the server computed it when the override was saved. */
  const [difference, setDifference] = useState<string | null>(null);
  const active = override?.pathway != null ? override : null;
  const save = useStudentWrite(studentId, (client: ApiClient, values: OverrideValues) => setOverride(client, studentId, values.pathway as Pathway, values.reason));
  const withdraw = useStudentWrite(studentId, (client: ApiClient, _: undefined) => clearOverride(client, studentId));
  const { form, failure, submit } = useSaveForm<OverrideValues, OverrideView>({
    defaultValues: { pathway: active?.pathway ?? '', reason: '' },
    fields: ['pathway', 'reason'],
    save: (values) => save.mutateAsync(values),
    onSaved: (saved) => {
      setOpen(false);
      form.reset({ pathway: saved.pathway ?? '', reason: '' });
      setNotice(`The pathway is now set to ${saved.pathway === null ? 'the engine’s' : PATHWAY_LABELS[saved.pathway]}.`);
      setDifference(saved.difference ?? null);
    },
  });

  return (
    <section className="card record-section" aria-labelledby={titleId} data-testid="override-section">
      <div className="record-section__head">
        <h2 id={titleId}>Advisor override</h2>
        {!open && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setNotice(null);
              setOpen(true);
            }}
          >
            {active === null ? 'Override the pathway' : 'Change the override'}
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      {(active?.difference ?? difference) != null && <p data-testid="override-difference">{active?.difference ?? difference}</p>}
      {active === null ? (
        <p className="muted">
          No override: the student sees the rules’ pathway
          {recommendation !== null && <> ({PATHWAY_LABELS[recommendation.primaryPathway]})</>}.
        </p>
      ) : (
        <div className="override-current">
          <p>
            <strong>{PATHWAY_LABELS[active.pathway as Pathway]}</strong>, set by {active.advisor.displayName} on {formatDate(active.createdAt)}.
          </p>
          <p>Reason: “{active.reason}”</p>
          {withdrawError !== null && (
            <p className="field__error" role="alert">
              {withdrawError}
            </p>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={withdraw.isPending}
            onClick={() => {
              setWithdrawError(null);
              withdraw.mutate(undefined, {
                onSuccess: () => {
                  setDifference(null);
                  setNotice('The override was withdrawn; the rules’ pathway stands again.');
                },
                onError: (error) => setWithdrawError(describeSaveError(error, []).message),
              });
            }}
          >
            {withdraw.isPending ? 'Withdrawing…' : 'Withdraw the override'}
          </button>
        </div>
      )}
      {open && (
        <SaveForm form={form} title="Set the pathway" failure={failure} onSubmit={() => void submit()} submitLabel="Save override" onCancel={() => setOpen(false)}>
          <SelectField<OverrideValues>
            name="pathway"
            label="Pathway"
            placeholder="Choose a pathway"
            options={optionsOf(PATHWAYS, PATHWAY_LABELS)}
            rules={{ required: 'Choose a pathway.' }}
          />
          <TextAreaField<OverrideValues>
            name="reason"
            label="Reason"
            hint="Required, at least 10 characters. The student sees it with the pathway."
            rules={{
              required: 'Give the reason for the override.',
              validate: (value) => value.trim().length >= 10 || 'Explain the decision in at least 10 characters.',
            }}
          />
        </SaveForm>
      )}
    </section>
  );
}
