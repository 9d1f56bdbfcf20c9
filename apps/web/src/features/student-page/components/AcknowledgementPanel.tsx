import type { AttentionAcknowledgementView } from '@advising/contracts';
import { format } from 'date-fns';
import { useId } from 'react';
import { formatDateTime, formatDayInWords } from '../../student-record/labels';

/** Whether the acknowledgement still keeps the student off the needs-attention list, in words. */
export function acknowledgementStatus(ack: Pick<AttentionAcknowledgementView, 'active' | 'followUpOn'>, today = format(new Date(), 'yyyy-MM-dd')): string {
  if (ack.active) return `Off the needs-attention list until ${formatDayInWords(ack.followUpOn)}`;
  return ack.followUpOn <= today ? 'Follow-up date reached' : 'Something new happened since';
}

/** The latest acknowledgement of the student's needs-attention items: who, when, the note, the follow-up date, and whether it holds. */
export function AcknowledgementPanel({ acknowledgement }: { acknowledgement: AttentionAcknowledgementView }) {
  const titleId = useId();
  const ack = acknowledgement;
  return (
    <section className="card record-section acknowledgement" aria-labelledby={titleId} data-testid="acknowledgement">
      <h2 id={titleId}>Needs attention: acknowledged</h2>
      <p className={`acknowledgement__status ${ack.active ? 'acknowledgement__status--active' : ''}`.trim()}>{acknowledgementStatus(ack)}</p>
      <p>
        By {ack.advisor?.displayName ?? 'a former advisor'} on <time dateTime={ack.createdAt}>{formatDateTime(ack.createdAt)}</time>; follow-up date{' '}
        <time dateTime={ack.followUpOn}>{formatDayInWords(ack.followUpOn)}</time>.
      </p>
      <p>Note: “{ack.note}”</p>
      {ack.items.length > 0 && (
        <>
          <p className="muted">What was acknowledged:</p>
          <ul className="acknowledgement__items">
            {ack.items.map((item) => (
              <li key={item.key}>{item.title}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
