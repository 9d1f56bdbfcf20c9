import { APPLICANT_TYPES, type StudentDetail, type StudentProfileView, TARGETS } from '@advising/contracts';
import type { ApplicantType, Target } from '@advising/strategy-rules';
import { useId, useRef, useState } from 'react';
import type { ApiClient } from '../../../lib/api-client';
import { type ProfileInput, updateProfile } from '../api';
import { useStudentWrite } from '../hooks/use-student-write';
import { APPLICANT_TYPE_LABELS, TARGET_LABELS, yesNo } from '../labels';
import { CheckboxField, optionsOf, SelectField, TextField } from './form-fields';
import { SaveConflict, SaveForm, useSaveForm } from './SaveForm';

interface ProfileValues {
  applicantType: ApplicantType;
  target: Target;
  graduationYear: string;
  applicationYear: string;
  needsVisa: boolean;
  homeProgramHasIR: boolean;
  previousApplications: string;
}

const FIELDS = ['applicantType', 'target', 'graduationYear', 'applicationYear', 'needsVisa', 'homeProgramHasIR', 'previousApplications'] as const;

const asNumber = (value: string): number => (value.trim() === '' || Number.isNaN(Number(value)) ? (value as unknown as number) : Number(value));

function toInput(values: ProfileValues): ProfileInput {
  return {
    applicantType: values.applicantType,
    target: values.target,
    graduationYear: asNumber(values.graduationYear),
    applicationYear: values.applicationYear.trim() === '' ? null : asNumber(values.applicationYear),
    needsVisa: values.needsVisa,
    homeProgramHasIR: values.homeProgramHasIR,
    previousApplications: asNumber(values.previousApplications),
  };
}

function toValues(profile: StudentProfileView): ProfileValues {
  return {
    applicantType: profile.applicantType,
    target: profile.target,
    graduationYear: String(profile.graduationYear),
    applicationYear: profile.applicationYear === null ? '' : String(profile.applicationYear),
    needsVisa: profile.needsVisa,
    homeProgramHasIR: profile.homeProgramHasIR,
    previousApplications: String(profile.previousApplications),
  };
}

export function ProfileFacts({ profile }: { profile: StudentProfileView }) {
  return (
    <dl className="facts facts--grid">
      <div>
        <dt>Applicant type</dt>
        <dd>{APPLICANT_TYPE_LABELS[profile.applicantType]}</dd>
      </div>
      <div>
        <dt>Applying in</dt>
        <dd>{TARGET_LABELS[profile.target]}</dd>
      </div>
      <div>
        <dt>Graduation year</dt>
        <dd>{profile.graduationYear}</dd>
      </div>
      <div>
        <dt>Application year</dt>
        <dd>{profile.applicationYear ?? 'Not set'}</dd>
      </div>
      <div>
        <dt>Needs a visa</dt>
        <dd>{yesNo(profile.needsVisa)}</dd>
      </div>
      <div>
        <dt>Home program has IR</dt>
        <dd>{yesNo(profile.homeProgramHasIR)}</dd>
      </div>
      <div>
        <dt>Earlier applications</dt>
        <dd>{profile.previousApplications}</dd>
      </div>
    </dl>
  );
}

/** The student's profile facts; advisors and admins edit them (PUT with the version they saw). */
export function ProfileSection({ student, canEdit }: { student: StudentDetail; canEdit: boolean }) {
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const profile = student.profile;

  return (
    <section className="card record-section" aria-labelledby={titleId} data-testid="profile-section">
      <div className="record-section__head">
        <h2 id={titleId}>Profile</h2>
        {canEdit && profile !== null && !editing && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            Edit profile
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice ?? ''}
      </p>
      {profile === null ? (
        <p className="muted">No profile has been set up for this student yet.</p>
      ) : editing ? (
        <ProfileForm
          studentId={student.id}
          profile={profile}
          onDone={(message) => {
            setEditing(false);
            setNotice(message);
          }}
        />
      ) : (
        <ProfileFacts profile={profile} />
      )}
    </section>
  );
}

function ProfileForm({ studentId, profile, onDone }: { studentId: string; profile: StudentProfileView; onDone: (message: string | null) => void }) {
  const version = useRef(profile.version);
  const save = useStudentWrite(studentId, (client: ApiClient, values: ProfileValues) => updateProfile(client, studentId, toInput(values), version.current));
  const { form, failure, setFailure, submit } = useSaveForm<ProfileValues, StudentProfileView>({
    defaultValues: toValues(profile),
    fields: FIELDS,
    save: (values) => save.mutateAsync(values),
    onSaved: () => onDone('The profile was saved.'),
  });
  const current = failure?.conflict?.current as StudentProfileView | null | undefined;

  return (
    <SaveForm
      form={form}
      title="Edit profile"
      failure={failure}
      onSubmit={() => void submit()}
      submitLabel="Save profile"
      onCancel={() => onDone(null)}
      conflict={
        <SaveConflict
          current={current}
          renderCurrent={(profile) => <ProfileFacts profile={profile} />}
          toValues={toValues}
          version={version}
          form={form}
          setFailure={setFailure}
          submit={submit}
        />
      }
    >
      <SelectField<ProfileValues> name="applicantType" label="Applicant type" options={optionsOf(APPLICANT_TYPES, APPLICANT_TYPE_LABELS)} />
      <SelectField<ProfileValues> name="target" label="Applying in" options={optionsOf(TARGETS, TARGET_LABELS)} />
      <TextField<ProfileValues> name="graduationYear" label="Graduation year" inputMode="numeric" />
      <TextField<ProfileValues> name="applicationYear" label="Application year" inputMode="numeric" hint="Leave empty to use the usual year." />
      <TextField<ProfileValues> name="previousApplications" label="Earlier applications" inputMode="numeric" />
      <CheckboxField<ProfileValues> name="needsVisa" label="Needs a visa" />
      <CheckboxField<ProfileValues> name="homeProgramHasIR" label="Home program has IR" />
    </SaveForm>
  );
}
