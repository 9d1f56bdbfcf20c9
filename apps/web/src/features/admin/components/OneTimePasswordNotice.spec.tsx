import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OneTimePasswordNotice } from './OneTimePasswordNotice';

describe('one-time password notice', () => {
  it('shows the password once with a clear note, copies it and closes on request', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onDone = vi.fn();
    render(<OneTimePasswordNotice displayName="Jane Doe" email="jane@school.edu" password="Xy7-secret-Abc" onDone={onDone} />);

    expect(screen.getByRole('heading', { name: 'Account created for Jane Doe' })).toHaveFocus();
    expect(screen.getByText(/Shown once:/)).toBeInTheDocument();
    expect(screen.getByTestId('one-time-password')).toHaveTextContent('this one-time password cannot be shown again');
    expect(screen.getByLabelText('One-time password')).toHaveValue('Xy7-secret-Abc');

    await user.click(screen.getByRole('button', { name: 'Copy password' }));
    expect(writeText).toHaveBeenCalledWith('Xy7-secret-Abc');
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');

    await user.click(screen.getByRole('button', { name: 'I have copied it, close' }));
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('tells the user to copy by hand when the browser blocks the clipboard', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    render(<OneTimePasswordNotice displayName="Jane Doe" email="jane@school.edu" password="pw" onDone={() => undefined} />);

    await user.click(screen.getByRole('button', { name: 'Copy password' }));
    expect(screen.getByRole('status')).toHaveTextContent('select the password and copy it by hand');
  });
});
