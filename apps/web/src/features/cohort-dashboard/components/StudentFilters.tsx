import { BANDS, PATHWAYS, type Band, type Pathway } from '@advising/strategy-rules';
import { useId } from 'react';
import { BAND_LABELS, flagLabel, PATHWAY_LABELS } from '../../cohorts/labels';
import { ANY_FLAG, hasFilters, type StudentView } from '../student-filters';

export interface StudentFiltersProps {
  view: StudentView;
  onChange: (patch: Partial<StudentView>, options?: { replace?: boolean }) => void;
  /** Flag codes to offer (those present in the cohort). */
  flagCodes: readonly string[];
}

/** Filters of the student table; every change goes to the URL. */
export function StudentFilters({ view, onChange, flagCodes }: StudentFiltersProps) {
  const id = useId();
  const flags = [...new Set([...flagCodes, ...(view.flag !== null && view.flag !== ANY_FLAG ? [view.flag] : [])])].sort((a, b) => flagLabel(a).localeCompare(flagLabel(b)));
  return (
    <div className="toolbar" role="search" aria-label="Filter students">
      <div className="field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder="Name or email"
          value={view.q}
          maxLength={200}
          onChange={(e) => onChange({ q: e.target.value }, { replace: true })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pathway`}>Pathway</label>
        <select id={`${id}-pathway`} value={view.pathway ?? ''} onChange={(e) => onChange({ pathway: e.target.value === '' ? null : (e.target.value as Pathway) })}>
          <option value="">All pathways</option>
          {PATHWAYS.map((p) => (
            <option key={p} value={p}>
              {PATHWAY_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-band`}>Score band</label>
        <select id={`${id}-band`} value={view.band ?? ''} onChange={(e) => onChange({ band: e.target.value === '' ? null : (e.target.value as Band) })}>
          <option value="">All bands</option>
          {BANDS.map((b) => (
            <option key={b} value={b}>
              {BAND_LABELS[b]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-flag`}>Flag</label>
        <select id={`${id}-flag`} value={view.flag ?? ''} onChange={(e) => onChange({ flag: e.target.value === '' ? null : e.target.value })}>
          <option value="">Any or none</option>
          <option value={ANY_FLAG}>Flagged (any flag)</option>
          {flags.map((code) => (
            <option key={code} value={code}>
              {flagLabel(code)}
            </option>
          ))}
        </select>
      </div>
      {hasFilters(view) && (
        <button type="button" className="button button--secondary" onClick={() => onChange({ q: '', pathway: null, band: null, flag: null })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
