import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PathwayChange } from './PathwayChange';

describe('PathwayChange', () => {
  it('says up and from where for an upgrade', () => {
    const { container } = render(<PathwayChange student={{ pathway: 'INTEGRATED_IR', pathwayMonthAgo: 'DUAL_IR_DR' }} />);
    expect(container).toHaveTextContent('Up from Dual IR + DR');
    expect(container.querySelector('[data-direction]')).toHaveAttribute('data-direction', 'up');
  });

  it('says down and from where for a downgrade', () => {
    const { container } = render(<PathwayChange student={{ pathway: 'DR_WITH_BACKUP', pathwayMonthAgo: 'DR' }} />);
    expect(container).toHaveTextContent('Down from Diagnostic Radiology');
    expect(container.querySelector('[data-direction]')).toHaveAttribute('data-direction', 'down');
  });

  it('says there was no change, in words for screen readers', () => {
    render(<PathwayChange student={{ pathway: 'DR', pathwayMonthAgo: null }} />);
    expect(screen.getByText('No change since last month')).toBeInTheDocument();
  });
});
