import { RESEARCH_FIELDS, SPECIALTIES, ROTATION_SETTINGS, type WhatIfResult } from '@advising/contracts';
import type { ResearchStatus } from '@advising/strategy-rules';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useApiClient } from '../../../lib/api-context';
import { whatIf } from '../../student-record/api';
import { CheckboxField, optionsOf, SelectField, TextField } from '../../student-record/components/form-fields';
import { SaveForm, useSaveForm } from '../../student-record/components/SaveForm';
import { describeChange } from '../../student-record/change-text';
import { RESEARCH_FIELD_LABELS, RESEARCH_STATUS_LABELS, ROTATION_SETTING_LABELS, SPECIALTY_LABELS } from '../../student-record/labels';
import { compareWhatIf, isEmptyWhatIf, toWhatIfRequest, WHAT_IF_ALIASES, WHAT_IF_DEFAULTS, WHAT_IF_FIELDS, type WhatIfValues } from '../what-if-model';

const PUBLICATION_STATUSES: readonly ResearchStatus[] = ['ACCEPTED', 'PUBLISHED'];

/** "What if": try a score, a rotation, a letter or a publication and see what would change. Nothing is saved. */
export function WhatIfPanel({ studentId }: { studentId: string }) {
  const client = useApiClient();
  const titleId = useId();
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [nothingAsked, setNothingAsked] = useState(false);
  const ask = useMutation({ mutationFn: (values: WhatIfValues) => whatIf(client, studentId, toWhatIfRequest(values)) });
  const { form, failure, submit } = useSaveForm<WhatIfValues, WhatIfResult | null>({
    defaultValues: WHAT_IF_DEFAULTS,
    fields: WHAT_IF_FIELDS,
    aliases: WHAT_IF_ALIASES,
    save: async (values) => {
      setResult(null);
      if (isEmptyWhatIf(values)) return null;
      return ask.mutateAsync(values);
    },
    onSaved: (answer) => {
      setNothingAsked(answer === null);
      setResult(answer);
    },
  });
  const values = form.watch();

  return (
    <section className="card what-if" aria-labelledby={titleId} data-testid="what-if">
      <h2 id={titleId}>What if…</h2>
      <p className="muted">Try a change and see how your plan would respond. Nothing you enter here is saved to your record.</p>
      <SaveForm form={form} title="Try a change" failure={failure} onSubmit={() => void submit()} submitLabel="See what would change">
        <TextField<WhatIfValues> name="step2ckScore" label="Step 2 CK score" inputMode="numeric" hint="Replaces your Step 2 CK result for this comparison." />

        <CheckboxField<WhatIfValues> name="addRotation" label="Add a planned rotation" />
        {values.addRotation && (
          <div className="what-if__group">
            <SelectField<WhatIfValues> name="rotationSpecialty" label="Rotation specialty" options={optionsOf(SPECIALTIES, SPECIALTY_LABELS)} />
            <SelectField<WhatIfValues> name="rotationSetting" label="Home or away" options={optionsOf(ROTATION_SETTINGS, ROTATION_SETTING_LABELS)} />
            <TextField<WhatIfValues> name="rotationWeeks" label="Weeks" inputMode="numeric" />
            <CheckboxField<WhatIfValues> name="rotationInUS" label="In the US" />
          </div>
        )}

        <CheckboxField<WhatIfValues> name="addLetter" label="Add a committed letter" />
        {values.addLetter && (
          <div className="what-if__group">
            <SelectField<WhatIfValues> name="letterSpecialty" label="Letter writer’s specialty" options={optionsOf(SPECIALTIES, SPECIALTY_LABELS)} />
            <CheckboxField<WhatIfValues> name="letterInUS" label="The writer is US faculty" />
          </div>
        )}

        <CheckboxField<WhatIfValues> name="addPublication" label="Add a publication" />
        {values.addPublication && (
          <div className="what-if__group">
            <SelectField<WhatIfValues> name="publicationField" label="Publication field" options={optionsOf(RESEARCH_FIELDS, RESEARCH_FIELD_LABELS)} />
            <SelectField<WhatIfValues> name="publicationStatus" label="Publication status" options={optionsOf(PUBLICATION_STATUSES, RESEARCH_STATUS_LABELS)} />
          </div>
        )}
      </SaveForm>

      <div aria-live="polite" data-testid="what-if-result">
        {nothingAsked && <p className="muted">Enter a score or tick one of the changes first.</p>}
        {result !== null && <WhatIfAnswer result={result} />}
      </div>
    </section>
  );
}

export function WhatIfAnswer({ result }: { result: WhatIfResult }) {
  const rows = compareWhatIf(result);
  return (
    <div className="what-if__answer">
      <h3>{result.changes.length === 0 ? 'Nothing would change' : 'What would change'}</h3>
      {result.changes.length > 0 && (
        <ul className="what-if__changes">
          {result.changes.map((change, index) => (
            <li key={`${change.code}-${index}`}>{describeChange(change, result.current, result.whatIf)}</li>
          ))}
        </ul>
      )}
      <div className="table-scroll" role="region" aria-label="Your plan now and with the change" tabIndex={0}>
        <table className="compare-table">
          <caption className="visually-hidden">Your plan now and with the change</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Part of the plan</span>
              </th>
              <th scope="col">Now</th>
              <th scope="col">With the change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className={row.changed ? 'is-changed' : undefined}>
                <th scope="row">{row.label}</th>
                <td>{row.now}</td>
                <td>
                  {row.whatIf}
                  {row.changed && <span className="changed-mark"> (changed)</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">This is a preview only: your record and your plan are unchanged.</p>
    </div>
  );
}
