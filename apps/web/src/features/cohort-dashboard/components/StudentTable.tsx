import type { StudentListItem } from '@advising/contracts';
import { ROUTES, routePath } from '@advising/contracts';
import { BAND_RANK, PATHWAY_RANK } from '@advising/strategy-rules';
import { createColumnHelper, createSortedRowModel, rowSortingFeature, type SortFn, type SortingState, tableFeatures, useTable } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { APPLICANT_TYPE_LABELS, BAND_LABELS, flagLabel, PATHWAY_LABELS } from '../../cohorts/labels';
import { ownBand, pathwayChangeRank, type SortKey, type SortState } from '../student-filters';
import { PathwayChange } from './PathwayChange';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
type Features = typeof features;

const byNumber: SortFn<Features, StudentListItem> = (a, b, id) => a.getValue<number>(id) - b.getValue<number>(id);
const byText: SortFn<Features, StudentListItem> = (a, b, id) => a.getValue<string>(id).localeCompare(b.getValue<string>(id));

/** Sort value of a band: stronger bands higher; no score yet sorts below every band. */
const bandValue = (s: StudentListItem): number => {
  const band = ownBand(s);
  return band === 'UNKNOWN' ? -1 : BAND_RANK[band];
};

const helper = createColumnHelper<Features, StudentListItem>();

const columns = helper.columns([
  helper.accessor('displayName', {
    id: 'name',
    header: 'Name',
    sortFn: byText,
    cell: ({ row }) => (
      <Link to={routePath(ROUTES.student, { studentId: row.original.id })} className="student-link">
        {row.original.displayName}
      </Link>
    ),
  }),
  helper.accessor((s) => APPLICANT_TYPE_LABELS[s.applicantType], {
    id: 'applicantType',
    header: 'Applicant type',
    sortFn: byText,
    cell: ({ row }) => (
      <>
        {APPLICANT_TYPE_LABELS[row.original.applicantType]}
        <span className="cell-note"> · {row.original.target}</span>
      </>
    ),
  }),
  helper.accessor((s) => s.step2ck ?? undefined, {
    id: 'step2ck',
    header: 'Step 2 CK',
    sortFn: byNumber,
    sortUndefined: 'last',
    cell: ({ row }) => (row.original.step2ck === null ? <span className="muted">None yet</span> : row.original.step2ck),
  }),
  helper.accessor(bandValue, {
    id: 'band',
    header: 'Band',
    sortFn: byNumber,
    cell: ({ row }) => (
      <>
        {BAND_LABELS[ownBand(row.original)]}
        <span className="cell-note"> ({row.original.target})</span>
      </>
    ),
  }),
  helper.accessor((s) => PATHWAY_RANK[s.overridePathway ?? s.pathway], {
    id: 'pathway',
    header: 'Pathway',
    sortFn: byNumber,
    cell: ({ row }) => {
      const s = row.original;
      if (s.overridePathway === null) return PATHWAY_LABELS[s.pathway];
      return (
        <>
          <span>
            {PATHWAY_LABELS[s.overridePathway]} <span className="badge badge--muted">override</span>
          </span>
          <span className="cell-note cell-note--block">Engine: {PATHWAY_LABELS[s.pathway]}</span>
        </>
      );
    },
  }),
  helper.accessor(pathwayChangeRank, {
    id: 'change',
    header: 'Since last month',
    sortFn: byNumber,
    cell: ({ row }) => <PathwayChange student={row.original} />,
  }),
  helper.accessor((s) => (s.lettersNeeded === 0 ? 1 : s.lettersSecured / s.lettersNeeded), {
    id: 'letters',
    header: 'Letters',
    sortFn: byNumber,
    cell: ({ row }) => {
      const s = row.original;
      return (
        <>
          {s.lettersSecured}/{s.lettersNeeded}
          <span className="visually-hidden"> secured</span>
          {s.lettersAtRisk > 0 && <span className="badge badge--warning cell-badge">{s.lettersAtRisk} at risk</span>}
        </>
      );
    },
  }),
  helper.accessor((s) => s.rotationsCompleted, {
    id: 'rotations',
    header: 'Rotations',
    sortFn: byNumber,
    cell: ({ row }) => (
      <>
        {row.original.rotationsCompleted}/{row.original.rotationsTotal}
        <span className="visually-hidden"> completed</span>
      </>
    ),
  }),
  helper.accessor((s) => s.criticalFlags * 100 + s.flags.length, {
    id: 'flags',
    header: 'Flags',
    sortFn: byNumber,
    cell: ({ row }) => <FlagsCell student={row.original} />,
  }),
]);

function FlagsCell({ student }: { student: StudentListItem }) {
  if (student.flags.length === 0) {
    return (
      <span className="muted">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">No flags</span>
      </span>
    );
  }
  const labels = student.flags.map(flagLabel);
  return (
    <span className="flags-cell">
      <span aria-hidden="true">
        {labels[0]}
        {labels.length > 1 && <span className="cell-note"> +{labels.length - 1}</span>}
      </span>
      <span className="visually-hidden">{labels.join(', ')}</span>
      {student.criticalFlags > 0 && <span className="badge badge--danger cell-badge">{student.criticalFlags} critical</span>}
    </span>
  );
}

const ROW_HEIGHT = 56;

/** The scroll box's height as the stylesheet sets it (`max-height: min(70vh, 40rem)`), before it is measured. */
const initialRect = () => ({ width: 0, height: typeof window === 'undefined' ? 0 : Math.min(window.innerHeight * 0.7, 640) });

/**
 * Sizes come from ResizeObservers, which report after the browser's own layout: mounting the
 * table forces no extra layout of the page (reading sizes while rendering would).
 */
function observeScrollBox(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement;
  if (element === null || typeof ResizeObserver === 'undefined') return observeElementRect(instance, cb);
  const observer = new ResizeObserver(([entry]) => {
    if (entry !== undefined) cb({ width: Math.round(entry.contentRect.width), height: Math.round(entry.contentRect.height) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number {
  const box = entry?.borderBoxSize[0];
  if (box !== undefined) return Math.round(box.blockSize);
  return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ?? ROW_HEIGHT;
}

export interface StudentTableProps {
  students: StudentListItem[];
  sort: SortState;
  onSort: (sort: SortState) => void;
  /** Shown in the caption: "12 of 40 students". */
  caption: string;
}

/**
 * The cohort's student table: sorted by the table library, rows virtualized so only what is on
 * screen is in the DOM (2,000 students scroll as smoothly as 20). Table semantics are kept with
 * explicit roles and aria-rowcount/aria-rowindex, since rows are positioned, not laid out.
 */
export function StudentTable({ students, sort, onSort, caption }: StudentTableProps) {
  const sorting = useMemo<SortingState>(() => [{ id: sort.key, desc: sort.desc }], [sort.key, sort.desc]);
  const table = useTable({ features, columns, data: students, state: { sorting }, getRowId: (s) => s.id, enableSortingRemoval: false, enableMultiSort: false });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
    initialRect: initialRect(),
    observeElementRect: observeScrollBox,
    measureElement: measureRow,
  });

  const toggle = (key: SortKey) => onSort(sort.key === key ? { key, desc: !sort.desc } : { key, desc: false });

  return (
    <div className="student-table-scroll" ref={scrollRef} role="region" aria-label="Students" tabIndex={0}>
      <table className="student-table" role="table" aria-rowcount={rows.length + 1} aria-describedby="student-table-caption">
        <caption id="student-table-caption" className="visually-hidden">
          {caption}
        </caption>
        <thead role="rowgroup" className="student-table__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} role="row" aria-rowindex={1} className="student-grid">
              {group.headers.map((header) => {
                const key = header.column.id as SortKey;
                const active = sort.key === key;
                return (
                  <th key={header.id} role="columnheader" scope="col" aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}>
                    <button type="button" className="sort-button" onClick={() => toggle(key)}>
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className="sort-button__icon">
                        {active ? (sort.desc ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody role="rowgroup" className="student-table__body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <tr
                key={row.id}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="student-grid student-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} role="cell">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
