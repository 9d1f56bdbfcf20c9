import type { OverrideView, PersonRef, SnapshotView } from '@advising/contracts';
import type { AdvisorOverride, RecommendationSnapshot } from './recommendation-snapshot.entity';

export const toSnapshotView = (s: RecommendationSnapshot, actor: PersonRef | null): SnapshotView => ({
  id: s.id,
  rulesVersion: s.rulesVersion,
  computedAt: s.computedAt.toISOString(),
  trigger: s.trigger,
  actor,
  pathway: s.pathway,
  bandIR: s.bandIR,
  bandDR: s.bandDR,
  changes: s.changes,
  recommendation: s.recommendation,
});

export const toOverrideView = (o: AdvisorOverride, advisor: PersonRef | null): OverrideView => ({
  pathway: o.pathway,
  reason: o.reason,
  advisor: advisor ?? { id: o.advisorId ?? '', displayName: 'Former advisor' },
  createdAt: o.createdAt.toISOString(),
});
