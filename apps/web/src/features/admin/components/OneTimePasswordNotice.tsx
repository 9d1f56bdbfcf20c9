import { useEffect, useId, useRef, useState } from 'react';

export interface OneTimePasswordNoticeProps {
  displayName: string;
  email: string;
  password: string;
  onDone: () => void;
}

/**
 * The generated password of a new account. The server keeps only its hash, so this is the one
 * time it can be seen: the notice says so, offers a copy button and stays until dismissed.
 */
export function OneTimePasswordNotice({ displayName, email, password, onDone }: OneTimePasswordNoticeProps) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { heading: useId(), field: useId(), note: useId() };

  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section className="card otp-notice" aria-labelledby={ids.heading} data-testid="one-time-password">
      <h2 id={ids.heading} ref={headingRef} tabIndex={-1}>
        Account created for {displayName}
      </h2>
      <p id={ids.note} className="otp-notice__warning">
        <strong>Shown once:</strong> this one-time password cannot be shown again. Copy it now and give it to {displayName} ({email}) by a secure
        route; they sign in with it and should then choose their own password.
      </p>
      <div className="otp-notice__row">
        <label htmlFor={ids.field}>One-time password</label>
        <input id={ids.field} className="otp-notice__value" readOnly value={password} aria-describedby={ids.note} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy password
        </button>
      </div>
      <p role="status" className="otp-notice__copied">
        {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Copying was blocked by the browser: select the password and copy it by hand.' : ''}
      </p>
      <button type="button" className="button button--primary" onClick={onDone}>
        I have copied it, close
      </button>
    </section>
  );
}
