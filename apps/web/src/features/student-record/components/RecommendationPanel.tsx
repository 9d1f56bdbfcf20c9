import type { OverrideView } from '@advising/contracts';
import type { Recommendation, Target } from '@advising/strategy-rules';
import { useId } from 'react';
import {
  BACKUP_LABELS,
  BAND_LABELS,
  formatDate,
  formatRange,
  PATHWAY_DESCRIPTIONS,
  PATHWAY_LABELS,
  SEVERITY_ICONS,
  SEVERITY_LABELS,
  STEP3_DESCRIPTIONS,
  STEP3_LABELS,
} from '../labels';
import { parseSources, ruleInfo, sortActions, sortFlags } from '../recommendation-model';
import { ActionChecklist } from './ActionChecklist';

export interface RecommendationPanelProps {
  recommendation: Recommendation;
  target: Target | null;
  override?: OverrideView | null;
  /** "student": second person, plain words; "staff": about the student. */
  audience: 'student' | 'staff';
  /** Where the checklist remembers ticks on this device. */
  studentId: string;
}

/** The current recommendation in plain words: pathway, applications, letters, Step 3, flags, actions and why. */
export function RecommendationPanel({ recommendation, target, override, audience, studentId }: RecommendationPanelProps) {
  const activeOverride = override?.pathway ?? null;
  // With an advisor's pathway in force, everything below (counts, letters, actions, flags) is that pathway's plan.
  const rec = activeOverride !== null && override?.plan ? override.plan : recommendation;
  const you = audience === 'student';

  return (
    <div className="recommendation" data-testid="recommendation">
      <section className="card recommendation__pathway" aria-labelledby="rec-pathway">
        <h2 id="rec-pathway">{you ? 'Your recommended pathway' : 'Recommended pathway'}</h2>
        {activeOverride !== null && override != null ? (
          <>
            <p className="recommendation__primary" data-testid="pathway-advisor">
              <span className="recommendation__primary-label">{you ? 'Your advisor recommends' : 'Advisor’s pathway'}:</span> {PATHWAY_LABELS[activeOverride]}
            </p>
            <p className="recommendation__override-reason">
              “{override.reason}” — {override.advisor.displayName}, {formatDate(override.createdAt)}
            </p>
            <p data-testid="pathway-engine">
              <span className="recommendation__primary-label">The advising rules recommend:</span> {PATHWAY_LABELS[recommendation.primaryPathway]}
            </p>
            {you && override.difference && <p className="muted" data-testid="plan-difference">{override.difference}</p>}
          </>
        ) : (
          <p className="recommendation__primary" data-testid="pathway-engine">
            {PATHWAY_LABELS[rec.primaryPathway]}
          </p>
        )}
        <p className="muted">{PATHWAY_DESCRIPTIONS[activeOverride ?? rec.primaryPathway]}</p>
        {rec.alternatives.length > 0 && (
          <>
            <h3>Alternatives</h3>
            <ul className="recommendation__alternatives">
              {rec.alternatives.map((pathway) => (
                <li key={pathway}>{PATHWAY_LABELS[pathway]}</li>
              ))}
            </ul>
          </>
        )}
        <dl className="facts facts--inline">
          <div>
            <dt>Score band for IR</dt>
            <dd data-testid="band-ir">{BAND_LABELS[rec.bands.ir]}</dd>
          </div>
          <div>
            <dt>Score band for DR</dt>
            <dd data-testid="band-dr">{BAND_LABELS[rec.bands.dr]}</dd>
          </div>
          <div>
            <dt>Based on</dt>
            <dd>{rec.bands.basis === 'STEP2CK' ? 'Step 2 CK' : rec.bands.basis === 'STEP1' ? 'Step 1' : 'No score yet'}</dd>
          </div>
          {target !== null && (
            <div>
              <dt>Applying in</dt>
              <dd>{target}</dd>
            </div>
          )}
        </dl>
      </section>

      <div className="recommendation__grid">
        <section className="card" aria-labelledby="rec-applications">
          <h2 id="rec-applications">How many programs</h2>
          <dl className="facts">
            <div>
              <dt>Integrated IR</dt>
              <dd data-testid="apps-ir">{formatRange(rec.applications.integratedIR)}</dd>
            </div>
            <div>
              <dt>Diagnostic Radiology</dt>
              <dd data-testid="apps-dr">{formatRange(rec.applications.diagnosticRadiology)}</dd>
            </div>
            <div>
              <dt>Backup</dt>
              <dd>
                {rec.applications.backup === null
                  ? 'None'
                  : `${BACKUP_LABELS[rec.applications.backup.specialty]}: ${formatRange(rec.applications.backup.programs)}`}
              </dd>
            </div>
          </dl>
        </section>

        <LetterPlanCard recommendation={rec} you={you} />

        <section className="card" aria-labelledby="rec-step3">
          <h2 id="rec-step3">Step 3</h2>
          <p className="recommendation__step3">{STEP3_LABELS[rec.step3]}</p>
          <p className="muted">{STEP3_DESCRIPTIONS[rec.step3]}</p>
        </section>
      </div>

      <section className="card" aria-labelledby="rec-flags">
        <h2 id="rec-flags">{you ? 'Things to watch' : 'Flags'}</h2>
        {rec.flags.length === 0 ? (
          <p className="muted">Nothing to watch right now.</p>
        ) : (
          <ul className="flag-list">
            {sortFlags(rec.flags).map((flag) => (
              <li key={`${flag.code}-${flag.ruleId}`} className={`flag flag--${flag.severity.toLowerCase()}`}>
                <span className="flag__severity">
                  <span aria-hidden="true">{SEVERITY_ICONS[flag.severity]} </span>
                  {SEVERITY_LABELS[flag.severity]}
                </span>
                <span className="flag__message">{flag.message}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="rec-actions">
        <h2 id="rec-actions">{you ? 'What to do next' : 'Actions'}</h2>
        <ActionChecklist actions={sortActions(rec.actions)} studentId={studentId} />
      </section>

      <section className="card" aria-labelledby="rec-why">
        <h2 id="rec-why">Why</h2>
        <p className="muted">
          Each reason names the advising rule behind it and where the rule comes from. Rules version {rec.rulesVersion}, as of {formatDate(rec.asOf)}.
        </p>
        <details className="reasons" open={!you}>
          <summary>{you ? `Show the ${rec.reasons.length} reasons behind this plan` : `${rec.reasons.length} reasons`}</summary>
          <ul className="reason-list" data-testid="reasons">
            {rec.reasons.map((reason) => (
              <ReasonItem key={reason.ruleId} ruleId={reason.ruleId} source={reason.source} message={reason.message} />
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}

function LetterPlanCard({ recommendation, you }: { recommendation: Recommendation; you: boolean }) {
  const plan = recommendation.letters;
  const securedShown = Math.min(plan.secured, plan.needed);
  return (
    <section className="card" aria-labelledby="rec-letters">
      <h2 id="rec-letters">Letters of recommendation</h2>
      <p className="letter-progress__text" data-testid="letters-secured">
        {plan.secured} of {plan.needed} secured
        {plan.shortfall > 0 ? ` · ${plan.shortfall} still needed` : ' · on track'}
      </p>
      <div className="letter-progress" aria-hidden="true">
        <span className="letter-progress__bar" style={{ width: plan.needed === 0 ? '100%' : `${(securedShown / plan.needed) * 100}%` }} />
      </div>
      <dl className="facts">
        <div>
          <dt>{you ? 'Letters to send' : 'Letters needed'}</dt>
          <dd>{plan.needed}</dd>
        </div>
        <div>
          <dt>From interventional radiologists</dt>
          <dd>at least {plan.fromIR}</dd>
        </div>
        <div>
          <dt>From radiologists</dt>
          <dd>at least {plan.fromDR}</dd>
        </div>
        <div>
          <dt>From clinical faculty</dt>
          <dd>at least {plan.clinical}</dd>
        </div>
        <div>
          <dt>US faculty required</dt>
          <dd>{plan.usFacultyRequired ? 'Yes: only letters from US faculty count' : 'No'}</dd>
        </div>
      </dl>
    </section>
  );
}

function ReasonItem({ ruleId, source, message }: { ruleId: string; source: string; message: string }) {
  const info = ruleInfo(ruleId);
  const aboutId = useId();
  return (
    <li className="reason">
      <p className="reason__message">{message}</p>
      <p className="reason__meta">
        <span>
          Rule <code>{ruleId}</code>
        </span>
        <span aria-hidden="true"> · </span>
        <span>
          Source:{' '}
          {parseSources(source).map((part, index) => (
            <span key={`${part.title}-${index}`} className="reason__source">
              {index > 0 && '; '}
              <cite>{part.title}</cite>
              {part.section !== null && <>, section “{part.section}”</>}
            </span>
          ))}
        </span>
      </p>
      {info !== undefined && (
        <details className="reason__about">
          <summary id={aboutId}>About this rule</summary>
          <p aria-describedby={aboutId}>{info.summary}</p>
          <p className="muted">Topic: {info.topic.replace('-', ' ')}</p>
        </details>
      )}
    </li>
  );
}
