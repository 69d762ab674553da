import { Card, Stack, Tabs } from '@mantine/core';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { ClauseHeader } from '../../components/ClauseHeader/ClauseHeader';
import { DocumentControlPanel } from '../../components/DocumentControl';
import { FormDialog } from '../../components/FormDialog/FormDialog';
import { titleWithRef } from '../../components/RefBadge/RefBadge';
import { useClauseReadiness } from '../../hooks';
import { useOpenDialog, useTabParam } from '../../router';
import { AuditForm } from './AuditForm';
import { AuditRecord } from './AuditRecord';
import { AuditsPanel } from './AuditsPanel';
import { CompetenceWizard } from './CompetenceWizard';
import { GapsPanel } from './GapsPanel';
import { LevelForm } from './LevelForm';
import { MatrixPanel } from './MatrixPanel';
import { PlanForm } from './PlanForm';
import { RequirementForm } from './RequirementForm';
import { RequirementsPanel } from './RequirementsPanel';
import { SkillForm } from './SkillForm';
import { SkillsPanel } from './SkillsPanel';
import { TrainingForm } from './TrainingForm';
import { TrainingPanel } from './TrainingPanel';

/**
 * Clause 7.2 on one page. The URL says what is open: `open=audit:new|<id>`, `open=skill:new|<id>`,
 * `open=requirement:<roleId>`, `open=level:<personId>:<skillId>`, `open=plan:new|<id>` (or
 * `plan:new:<personId>:<skillId>:<level>` from a gap), `open=training:new|<id>`.
 */
export function CompetencePage() {
  const [tab, setTab] = useTabParam('wizard');
  const dialog = useOpenDialog();
  const clause = useClauseReadiness('7.2');
  const p = dialog.parts ?? [];
  const skills = useCall(() => api.competence.skillList({}), []);
  const roles = useCall(() => api.roles.list({}), []);
  const plans = useCall(() => api.competence.planList({}), []);
  const records = useCall(() => api.competence.trainingList({}), []);
  const skill = p[0] === 'skill' && p[1] !== 'new' ? skills.data?.find((s) => s.id === p[1]) : undefined;
  const role = p[0] === 'requirement' ? roles.data?.find((r) => r.id === p[1]) : undefined;
  const plan = p[0] === 'plan' && p[1] !== 'new' ? plans.data?.find((x) => x.id === p[1]) : undefined;
  const training = p[0] === 'training' && p[1] !== 'new' ? records.data?.find((x) => x.id === p[1]) : undefined;
  const planPreset = p[0] === 'plan' && p[1] === 'new' && p[2] ? { personId: p[2], skillId: p[3]!, level: Number(p[4]) } : undefined;
  const planFor = (personId: string, skillId: string, level: number) => dialog.show('plan', 'new', personId, skillId, String(level));
  return (
    <Stack gap="lg" maw={1280}>
      <ClauseHeader title="7.2 Competence" intro="The skills each ISMS role needs, who has them, and the training and evidence that close the gaps." clause={clause} />
      <DocumentControlPanel documentKey="competence-evidence" />
      <Card>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="lg">
            <Tabs.Tab value="wizard">Guided wizard</Tabs.Tab>
            <Tabs.Tab value="requirements">Requirements</Tabs.Tab>
            <Tabs.Tab value="matrix">Skills matrix</Tabs.Tab>
            <Tabs.Tab value="audits">Skills audits</Tabs.Tab>
            <Tabs.Tab value="training">Training</Tabs.Tab>
            <Tabs.Tab value="gaps">Gaps</Tabs.Tab>
            <Tabs.Tab value="skills">Skills catalogue</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="wizard">
            <CompetenceWizard clause={clause} onTab={setTab} onNewAudit={() => dialog.show('audit', 'new')} onPlan={() => dialog.show('plan', 'new')} onRecord={() => dialog.show('training', 'new')} />
          </Tabs.Panel>
          <Tabs.Panel value="requirements">
            <RequirementsPanel onAdd={(roleId) => dialog.show('requirement', roleId)} />
          </Tabs.Panel>
          <Tabs.Panel value="matrix">
            <MatrixPanel onCell={(personId, skillId) => dialog.show('level', personId, skillId)} />
          </Tabs.Panel>
          <Tabs.Panel value="audits">
            <AuditsPanel onOpen={(a) => dialog.show('audit', a.id)} onNew={() => dialog.show('audit', 'new')} />
          </Tabs.Panel>
          <Tabs.Panel value="training">
            <TrainingPanel onPlan={() => dialog.show('plan', 'new')} onEditPlan={(x) => dialog.show('plan', x.id)} onRecord={() => dialog.show('training', 'new')} onEditTraining={(x) => dialog.show('training', x.id)} />
          </Tabs.Panel>
          <Tabs.Panel value="gaps">
            <GapsPanel onPlan={planFor} />
          </Tabs.Panel>
          <Tabs.Panel value="skills">
            <SkillsPanel onEdit={(s) => dialog.show('skill', s.id)} onNew={() => dialog.show('skill', 'new')} />
          </Tabs.Panel>
        </Tabs>
      </Card>
      <FormDialog opened={p[0] === 'audit' && p[1] === 'new'} onClose={dialog.close} title="New skills audit" size="xl">
        <AuditForm onDone={dialog.close} onCreated={(id) => dialog.show('audit', id)} />
      </FormDialog>
      <FormDialog opened={p[0] === 'audit' && p[1] !== 'new'} onClose={dialog.close} title="Skills audit" size="xl">
        {p[0] === 'audit' && p[1] !== 'new' && <AuditRecord id={p[1]!} onClose={dialog.close} onPlan={planFor} />}
      </FormDialog>
      <FormDialog opened={p[0] === 'skill' && (p[1] === 'new' || skill !== undefined)} onClose={dialog.close} title={skill ? titleWithRef('Edit skill', skill.ref) : 'New skill'}>
        {p[0] === 'skill' && (p[1] === 'new' || skill) && <SkillForm key={skill?.id ?? 'new'} skill={skill} onDone={dialog.close} />}
      </FormDialog>
      <FormDialog opened={role !== undefined} onClose={dialog.close} title={role ? `Skill needed by ${role.name}` : ''}>
        {role && <RequirementForm roleId={role.id} roleName={role.name} onDone={dialog.close} />}
      </FormDialog>
      <FormDialog opened={p[0] === 'level'} onClose={dialog.close} title="Skill level" size="lg">
        {p[0] === 'level' && <LevelForm key={`${p[1]}:${p[2]}`} personId={p[1]!} skillId={p[2]!} onDone={dialog.close} />}
      </FormDialog>
      <FormDialog opened={p[0] === 'plan' && (p[1] === 'new' || plan !== undefined)} onClose={dialog.close} title={plan ? titleWithRef('Edit training plan', plan.ref) : 'Plan training'} size="lg">
        {p[0] === 'plan' && (p[1] === 'new' || plan) && <PlanForm key={plan?.id ?? p.join(':')} plan={plan} preset={planPreset} onDone={dialog.close} />}
      </FormDialog>
      <FormDialog opened={p[0] === 'training' && (p[1] === 'new' || training !== undefined)} onClose={dialog.close} title={training ? titleWithRef('Edit training record', training.ref) : 'Record training'} size="lg">
        {p[0] === 'training' && (p[1] === 'new' || training) && <TrainingForm key={training?.id ?? 'new'} training={training} onDone={dialog.close} />}
      </FormDialog>
    </Stack>
  );
}
