import { type ReactNode, useId, useRef, useState } from 'react';
import type { DefaultValues, FieldValues, Path } from 'react-hook-form';
import { describeSaveError } from '../form-errors';
import { SaveConflict, SaveForm, useSaveForm } from './SaveForm';

export interface Versioned {
  id: string;
  version: number;
}

export interface ItemSectionProps<V extends Versioned, F extends FieldValues> {
  title: string;
  /** Singular noun for buttons and messages: "exam", "rotation". */
  noun: string;
  addLabel: string;
  items: readonly V[];
  emptyText: string;
  canEdit: boolean;
  /** One item, read-only. */
  renderItem: (item: V) => ReactNode;
  /** One item in a few words, to name its buttons ("Edit exam: Step 2 CK …"). */
  itemName: (item: V) => string;
  /** The fields of the form (inside its FormProvider). */
  renderFields: (mode: 'create' | 'edit') => ReactNode;
  toValues: (item: V | null) => DefaultValues<F>;
  fields: readonly Path<F>[];
  create: (values: F) => Promise<unknown>;
  update: (item: V, values: F, version: number) => Promise<unknown>;
  remove: (item: V, version: number) => Promise<unknown>;
  testId: string;
}

type Editing = { mode: 'create' } | { mode: 'edit'; id: string } | null;

/** A list of a student's facts (exams, rotations, research) with add, edit and delete. */
export function ItemSection<V extends Versioned, F extends FieldValues>(props: ItemSectionProps<V, F>) {
  const { title, noun, addLabel, items, emptyText, canEdit, renderItem, itemName, testId } = props;
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const titleId = useId();
  const addButton = useRef<HTMLButtonElement>(null);

  const close = (message: string | null) => {
    setEditing(null);
    setNotice(message);
  };

  return (
    <section className="card record-section" aria-labelledby={titleId} data-testid={testId}>
      <div className="record-section__head">
        <h2 id={titleId}>{title}</h2>
        {canEdit && editing?.mode !== 'create' && (
          <button
            ref={addButton}
            type="button"
            className="button button--secondary"
            onClick={() => {
              setNotice(null);
              setEditing({ mode: 'create' });
            }}
          >
            {addLabel}
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      {notice !== null && (
        <p className="record-section__notice" aria-hidden="true">
          {notice}
        </p>
      )}

      {editing?.mode === 'create' && (
        <ItemForm {...props} item={null} onDone={(message) => close(message)} onCancel={() => close(null)} />
      )}

      {items.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="record-list">
          {items.map((item) =>
            editing?.mode === 'edit' && editing.id === item.id ? (
              <li key={item.id} className="record-list__item record-list__item--editing">
                <ItemForm {...props} item={item} onDone={(message) => close(message)} onCancel={() => close(null)} />
              </li>
            ) : (
              <li key={item.id} className="record-list__item">
                <div className="record-list__content">{renderItem(item)}</div>
                {canEdit && (
                  <ItemActions
                    noun={noun}
                    itemName={itemName(item)}
                    onEdit={() => {
                      setNotice(null);
                      setEditing({ mode: 'edit', id: item.id });
                    }}
                    onDelete={(version) => props.remove(item, version)}
                    version={item.version}
                    onDeleted={() => setNotice(`The ${noun} was deleted.`)}
                  />
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function ItemForm<V extends Versioned, F extends FieldValues>({
  item,
  noun,
  toValues,
  fields,
  create,
  update,
  renderFields,
  renderItem,
  onDone,
  onCancel,
}: ItemSectionProps<V, F> & { item: V | null; onDone: (message: string) => void; onCancel: () => void }) {
  const version = useRef(item?.version ?? 0);
  const { form, failure, setFailure, submit } = useSaveForm<F, unknown>({
    defaultValues: toValues(item),
    fields,
    save: (values) => (item === null ? create(values) : update(item, values, version.current)),
    onSaved: () => onDone(item === null ? `The ${noun} was added.` : `The ${noun} was saved.`),
  });
  const current = failure?.conflict?.current as V | null | undefined;

  return (
    <SaveForm
      form={form}
      title={item === null ? `New ${noun}` : `Edit ${noun}`}
      failure={failure}
      onSubmit={() => void submit()}
      submitLabel={item === null ? `Add ${noun}` : `Save ${noun}`}
      onCancel={onCancel}
      conflict={
        <SaveConflict current={current} renderCurrent={renderItem} toValues={toValues} version={version} form={form} setFailure={setFailure} submit={submit} />
      }
    >
      {renderFields(item === null ? 'create' : 'edit')}
    </SaveForm>
  );
}

/** Edit and delete (with a confirmation step) for one item. */
export function ItemActions({
  noun,
  itemName,
  version,
  onEdit,
  onDelete,
  onDeleted,
  deleteLabel = 'Delete',
}: {
  noun: string;
  /** Names the item in the buttons' accessible names, so each button says which item it acts on. */
  itemName: string;
  version: number;
  onEdit?: () => void;
  onDelete: (version: number) => Promise<unknown>;
  onDeleted: () => void;
  deleteLabel?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const doDelete = async () => {
    setBusy(true);
    setError(null);
    try {
      await onDelete(version);
      onDeleted();
    } catch (cause) {
      const failure = describeSaveError(cause, []);
      setError(failure.conflict !== null ? `Someone else changed this ${noun}; it has been reloaded. Check it, then try again.` : failure.message);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="record-list__actions">
      {error !== null && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-label={`${deleteLabel} ${noun}: ${itemName}?`}>
          <span>{deleteLabel} this {noun}?</span>
          <button type="button" className="button button--danger" onClick={() => void doDelete()} disabled={busy}>
            {busy ? 'Working…' : `Yes, ${deleteLabel.toLowerCase()}`}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy}>
            Keep it
          </button>
        </div>
      ) : (
        <>
          {onEdit !== undefined && (
            <button type="button" className="button button--secondary button--small" onClick={onEdit} aria-label={`Edit ${noun}: ${itemName}`}>
              Edit
            </button>
          )}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setConfirming(true)}
            aria-label={`${deleteLabel} ${noun}: ${itemName}`}
          >
            {deleteLabel}
          </button>
        </>
      )}
    </div>
  );
}
