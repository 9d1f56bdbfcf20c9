import { type ReactNode, useId } from 'react';
import { type FieldValues, type Path, type RegisterOptions, useFormContext } from 'react-hook-form';

/** Form controls wired to react-hook-form's context, each with its label and the error beside it. */

interface BaseProps<T extends FieldValues> {
  name: Path<T>;
  label: string;
  hint?: ReactNode;
  rules?: RegisterOptions<T, Path<T>>;
}

function useFieldIds<T extends FieldValues>(name: Path<T>) {
  const id = useId();
  const {
    formState: { errors },
  } = useFormContext<T>();
  const error = errors[name]?.message;
  const message = typeof error === 'string' && error !== '' ? error : undefined;
  return { id, message, errorId: `${id}-error`, hintId: `${id}-hint` };
}

function describedBy(ids: { message?: string; errorId: string; hintId: string }, hint: ReactNode): string | undefined {
  const parts = [hint !== undefined ? ids.hintId : null, ids.message !== undefined ? ids.errorId : null].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function FieldMessages({ ids, hint }: { ids: { message?: string; errorId: string; hintId: string }; hint: ReactNode }) {
  return (
    <>
      {hint !== undefined && (
        <p id={ids.hintId} className="field__hint">
          {hint}
        </p>
      )}
      {ids.message !== undefined && (
        <p id={ids.errorId} className="field__error">
          {ids.message}
        </p>
      )}
    </>
  );
}

export function TextField<T extends FieldValues>({
  name,
  label,
  hint,
  rules,
  type = 'text',
  inputMode,
  autoComplete = 'off',
}: BaseProps<T> & { type?: 'text' | 'number' | 'date'; inputMode?: 'numeric' | 'text'; autoComplete?: string }) {
  const { register } = useFormContext<T>();
  const ids = useFieldIds<T>(name);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <input
        id={ids.id}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        aria-invalid={ids.message !== undefined}
        aria-describedby={describedBy(ids, hint)}
        {...register(name, rules)}
      />
      <FieldMessages ids={ids} hint={hint} />
    </div>
  );
}

export function TextAreaField<T extends FieldValues>({ name, label, hint, rules, rows = 3 }: BaseProps<T> & { rows?: number }) {
  const { register } = useFormContext<T>();
  const ids = useFieldIds<T>(name);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <textarea id={ids.id} rows={rows} aria-invalid={ids.message !== undefined} aria-describedby={describedBy(ids, hint)} {...register(name, rules)} />
      <FieldMessages ids={ids} hint={hint} />
    </div>
  );
}

export function SelectField<T extends FieldValues>({
  name,
  label,
  hint,
  rules,
  options,
  placeholder,
}: BaseProps<T> & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const { register } = useFormContext<T>();
  const ids = useFieldIds<T>(name);
  return (
    <div className="field">
      <label htmlFor={ids.id}>{label}</label>
      <select id={ids.id} aria-invalid={ids.message !== undefined} aria-describedby={describedBy(ids, hint)} {...register(name, rules)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages ids={ids} hint={hint} />
    </div>
  );
}

export function CheckboxField<T extends FieldValues>({ name, label, hint }: Omit<BaseProps<T>, 'rules'>) {
  const { register } = useFormContext<T>();
  const ids = useFieldIds<T>(name);
  return (
    <div className="field field--checkbox">
      <input id={ids.id} type="checkbox" aria-invalid={ids.message !== undefined} aria-describedby={describedBy(ids, hint)} {...register(name)} />
      <label htmlFor={ids.id}>{label}</label>
      <FieldMessages ids={ids} hint={hint} />
    </div>
  );
}

/** Options for a select from a label map, in the order of `values`. */
export function optionsOf<V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
