import type { AttentionAcknowledgementView, NeedsAttentionEntry } from '@advising/contracts';
import { addDays, format } from 'date-fns';
import { useEffect } from 'react';
import { TextAreaField, TextField } from '../../student-record/components/form-fields';
import { SaveForm, useSaveForm } from '../../student-record/components/SaveForm';
import '../../student-record/student-record.css';
import type { AcknowledgeAttentionInput } from '../api';

interface AcknowledgeValues {
  note: string;
  followUpOn: string;
}

/** Days ahead the follow-up date starts at. */
export const DEFAULT_FOLLOW_UP_DAYS = 7;

export const ACKNOWLEDGE_CONFLICT_MESSAGE = 'This student’s situation changed while you were writing, so nothing was saved. The list has been refreshed: check it and try again.';

/** Today plus `days`, as the YYYY-MM-DD a date input holds. */
export function dayFromToday(days: number, today = new Date()): string {
  return format(addDays(today, days), 'yyyy-MM-dd');
}

/**
 * The small inline form behind "Acknowledge": a note and a follow-up date. The API's messages go
 * beside their fields, anything else above the form; what the advisor typed stays on a failure.
 */
export function AcknowledgeForm({
  entry,
  save,
  onSaved,
  onCancel,
}: {
  entry: NeedsAttentionEntry;
  save: (input: AcknowledgeAttentionInput) => Promise<AttentionAcknowledgementView>;
  onSaved: (saved: AttentionAcknowledgementView) => void;
  onCancel: () => void;
}) {
  const { form, failure, submit } = useSaveForm<AcknowledgeValues, AttentionAcknowledgementView>({
    defaultValues: { note: '', followUpOn: dayFromToday(DEFAULT_FOLLOW_UP_DAYS) },
    fields: ['note', 'followUpOn'],
    save: (values) => save({ note: values.note.trim(), followUpOn: values.followUpOn }),
    onSaved,
  });
  const { setFocus } = form;
  // The form opens where the advisor is: straight into the note.
  useEffect(() => setFocus('note'), [setFocus]);
  const shown = failure?.conflict != null ? { ...failure, message: ACKNOWLEDGE_CONFLICT_MESSAGE } : failure;

  return (
    <SaveForm
      form={form}
      title={`Acknowledge ${entry.displayName}`}
      failure={shown}
      onSubmit={() => void submit()}
      submitLabel="Save"
      onCancel={onCancel}
      className="attention-ack"
    >
      <TextAreaField<AcknowledgeValues>
        name="note"
        label="Note"
        hint="What you did or agreed. Other advisors see it on the student’s page."
        rules={{
          validate: (value) => value.trim() !== '' || 'Write a short note first.',
          maxLength: { value: 1000, message: 'Keep the note to 1,000 characters or fewer.' },
        }}
      />
      <TextField<AcknowledgeValues>
        name="followUpOn"
        label="Follow-up date"
        type="date"
        hint="The student leaves the list until this date, or until something new happens."
        rules={{ required: 'Choose a follow-up date.' }}
      />
    </SaveForm>
  );
}
