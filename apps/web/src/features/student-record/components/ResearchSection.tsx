import { RESEARCH_FIELDS, RESEARCH_KINDS, RESEARCH_STATUSES, type ResearchView } from '@advising/contracts';
import type { ResearchField, ResearchKind, ResearchStatus } from '@advising/strategy-rules';
import type { ResearchInput } from '../api';
import { useRecordItemWrites } from '../hooks/use-student-write';
import { formatDate, RESEARCH_FIELD_LABELS, RESEARCH_KIND_LABELS, RESEARCH_STATUS_LABELS } from '../labels';
import { optionsOf, SelectField, TextField } from './form-fields';
import { ItemSection } from './ItemSection';

interface ResearchFormValues {
  title: string;
  field: ResearchField;
  kind: ResearchKind;
  status: ResearchStatus;
  date: string;
}

const FIELDS = ['title', 'field', 'kind', 'status', 'date'] as const;

function toInput(values: ResearchFormValues): ResearchInput {
  return { title: values.title, field: values.field, kind: values.kind, status: values.status, date: values.date === '' ? null : values.date };
}

function toValues(item: ResearchView | null): ResearchFormValues {
  return {
    title: item?.title ?? '',
    field: item?.field ?? 'IR',
    kind: item?.kind ?? 'ABSTRACT',
    status: item?.status ?? 'IN_PROGRESS',
    date: item?.date ?? '',
  };
}

export function ResearchSection({ studentId, research, canEdit }: { studentId: string; research: readonly ResearchView[]; canEdit: boolean }) {
  const writes = useRecordItemWrites(studentId, 'research', toInput);

  return (
    <ItemSection<ResearchView, ResearchFormValues>
      title="Research"
      noun="research item"
      addLabel="Log research"
      testId="research-section"
      items={research}
      emptyText="No research recorded yet."
      canEdit={canEdit}
      itemName={(item) => item.title}
      renderItem={(item) => (
        <>
          <span className="record-list__title">{item.title}</span>
          <span className="record-list__meta">
            {RESEARCH_KIND_LABELS[item.kind]} · {RESEARCH_FIELD_LABELS[item.field]} · {RESEARCH_STATUS_LABELS[item.status]}
            {item.date !== null && ` · ${formatDate(item.date)}`}
          </span>
        </>
      )}
      renderFields={() => (
        <>
          <TextField<ResearchFormValues> name="title" label="Title" />
          <SelectField<ResearchFormValues> name="field" label="Field" options={optionsOf(RESEARCH_FIELDS, RESEARCH_FIELD_LABELS)} />
          <SelectField<ResearchFormValues> name="kind" label="Kind" options={optionsOf(RESEARCH_KINDS, RESEARCH_KIND_LABELS)} />
          <SelectField<ResearchFormValues> name="status" label="Status" options={optionsOf(RESEARCH_STATUSES, RESEARCH_STATUS_LABELS)} />
          <TextField<ResearchFormValues> name="date" label="Date" type="date" />
        </>
      )}
      toValues={toValues}
      fields={FIELDS}
      {...writes}
    />
  );
}
