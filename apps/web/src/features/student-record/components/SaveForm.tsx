import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { type DefaultValues, type FieldValues, FormProvider, type Path, useForm, type UseFormReturn } from 'react-hook-form';
import { describeSaveError, type SaveFailure } from '../form-errors';

export interface UseSaveFormOptions<T extends FieldValues, R> {
  defaultValues: DefaultValues<T>;
  /** The form's field names, to place the API's messages beside them. */
  fields: readonly Path<T>[];
  /** API field path → form field, where they differ. */
  aliases?: Record<string, Path<T>>;
  save: (values: T) => Promise<R>;
  onSaved?: (result: R, values: T) => void;
}

/**
 * A react-hook-form form whose save goes to the API: the API's field messages land beside the
 * fields, anything else above the form, and a 409 is kept as a conflict for the form to explain.
 * What the user typed is never reset by a failed save.
 */
export function useSaveForm<T extends FieldValues, R>({ defaultValues, fields, aliases, save, onSaved }: UseSaveFormOptions<T, R>) {
  const form = useForm<T>({ defaultValues, mode: 'onSubmit' });
  const [failure, setFailure] = useState<SaveFailure | null>(null);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await save(values);
      onSaved?.(result, values);
    } catch (error) {
      const described = describeSaveError(error, fields, aliases);
      for (const [field, message] of Object.entries(described.fieldErrors)) {
        form.setError(field as Path<T>, { type: 'server', message }, { shouldFocus: false });
      }
      setFailure(described);
    }
  });

  return { form, failure, setFailure, submit };
}

export interface SaveFormProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  title: string;
  failure: SaveFailure | null;
  onSubmit: () => void;
  submitLabel: string;
  onCancel?: () => void;
  /** What to show when the save met a conflict (current values and the way out). */
  conflict?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** The frame of every record form: a titled group, the failure summary, fields, and the buttons. */
export function SaveForm<T extends FieldValues>({ form, title, failure, onSubmit, submitLabel, onCancel, conflict, children, className }: SaveFormProps<T>) {
  const titleId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const submitting = form.formState.isSubmitting;

  // After a failed save, take the user to what went wrong.
  useEffect(() => {
    if (failure !== null) summaryRef.current?.focus();
  }, [failure]);

  return (
    <FormProvider {...form}>
      <form
        className={`record-form ${className ?? ''}`.trim()}
        aria-labelledby={titleId}
        noValidate
        aria-busy={submitting}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <h3 id={titleId} className="record-form__title">
          {title}
        </h3>
        {failure !== null && (
          <div ref={summaryRef} className="alert alert--error" role="alert" tabIndex={-1} data-testid="form-error">
            {failure.message}
          </div>
        )}
        {failure?.conflict != null && conflict}
        <div className="record-form__fields">{children}</div>
        <div className="record-form__actions">
          <button type="submit" className="button button--primary" disabled={submitting}>
            {submitting ? 'Saving…' : submitLabel}
          </button>
          {onCancel !== undefined && (
            <button type="button" className="button button--secondary" onClick={onCancel} disabled={submitting}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </FormProvider>
  );
}

/** Explains a 409: someone else saved first. Shows their values; the form keeps the user's. */
export function ConflictNotice({ current, onUseCurrent, onKeepMine }: { current: ReactNode; onUseCurrent: () => void; onKeepMine: () => void }) {
  return (
    <div className="conflict-notice" data-testid="conflict-notice">
      <p>
        <strong>Someone else changed this record.</strong> Their version is below; what you typed is still in the form.
      </p>
      <div className="conflict-notice__current">{current}</div>
      <div className="conflict-notice__actions">
        <button type="button" className="button button--secondary" onClick={onUseCurrent}>
          Reload their version
        </button>
        <button type="button" className="button button--secondary" onClick={onKeepMine}>
          Keep my changes and save again
        </button>
      </div>
    </div>
  );
}

/**
 * The ConflictNotice of a save form, wired: "reload" puts their version into the form, "keep mine"
 * saves what the user typed again over it. Nothing when the save met no conflict.
 */
export function SaveConflict<T extends FieldValues, V extends { version: number }>({
  current,
  renderCurrent,
  toValues,
  version,
  form,
  setFailure,
  submit,
}: {
  current: V | null | undefined;
  renderCurrent: (current: V) => ReactNode;
  toValues: (current: V) => DefaultValues<T>;
  /** The version the next save sends. */
  version: RefObject<number>;
  form: UseFormReturn<T>;
  setFailure: (failure: SaveFailure | null) => void;
  submit: () => Promise<void>;
}) {
  if (current == null) return null;
  return (
    <ConflictNotice
      current={renderCurrent(current)}
      onUseCurrent={() => {
        version.current = current.version;
        form.reset(toValues(current));
        setFailure(null);
      }}
      onKeepMine={() => {
        version.current = current.version;
        setFailure(null);
        void submit();
      }}
    />
  );
}
