import { useMutation } from '@tanstack/react-query';
import { format } from 'date-fns';
import { useApiClient } from '../../../lib/api-context';
import { fetchMyRecord } from '../../student-record/api';
import { describeSaveError } from '../../student-record/form-errors';

/** Saves a downloaded answer as a file through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Download my record": the student's whole record as a JSON file. */
export function DownloadRecordButton() {
  const client = useApiClient();
  const download = useMutation({
    mutationFn: () => fetchMyRecord(client),
    onSuccess: (blob) => saveBlob(new Blob([blob], { type: 'application/json' }), `my-record-${format(new Date(), 'yyyy-MM-dd')}.json`),
  });
  return (
    <div className="download-record">
      <button type="button" className="button button--secondary" onClick={() => download.mutate()} disabled={download.isPending}>
        {download.isPending ? 'Preparing…' : 'Download my record'}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {download.isSuccess ? 'Your record was downloaded.' : ''}
      </p>
      {download.isError && (
        <p className="field__error" role="alert">
          {describeSaveError(download.error, []).message.replace('nothing was saved', 'the download did not start')}
        </p>
      )}
    </div>
  );
}
