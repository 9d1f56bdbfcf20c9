import { describeOverride, recommend } from '@advising/strategy-rules';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { profileWith } from '../testing/fixtures';
import { RecommendationPanel } from './RecommendationPanel';

describe('RecommendationPanel with an advisor override', () => {
  it("shows the student the advisor's whole plan, the rules' pathway beside it and the difference in one line", () => {
    const profile = profileWith(258, { rotations: [{ specialty: 'IR', setting: 'HOME', inUS: true, weeks: 4, status: 'COMPLETED', outcome: 'HONORS' }] });
    const rules = recommend(profile, { asOf: '2026-04-01' });
    const plan = recommend(profile, { asOf: '2026-04-01', pathway: 'DR' });
    expect(rules.primaryPathway).not.toBe('DR');
    const difference = describeOverride(rules, plan);
    render(
      <RecommendationPanel
        recommendation={rules}
        target="IR"
        audience="student"
        studentId="s1"
        override={{ pathway: 'DR', reason: 'Decided together after the away rotation', advisor: { id: 'a1', displayName: 'Dr. Dana Reyes' }, createdAt: '2026-04-01T10:00:00Z', plan, difference }}
      />,
    );
    expect(screen.getByTestId('pathway-advisor')).toHaveTextContent('Your advisor recommends');
    expect(screen.getByTestId('plan-difference')).toHaveTextContent(difference);
    // The plan below is the advisor's: a DR plan lists no Integrated IR programs, whatever the rules' own plan says.
    expect(plan.applications.integratedIR).toBeNull();
    expect(screen.queryByText(/Integrated IR programs/i)).not.toBeInTheDocument();
  });
});
