import { bold, closing, doc, h1, h2, p, ul } from './build';
import type { PolicyTemplateDef } from './types';

/** The top-level policy 5.2 asks for. Written by us; the wording is deliberately plain. */
export const informationSecurityPolicy: PolicyTemplateDef = {
  key: 'information-security',
  title: 'Information security policy',
  kind: 'information-security',
  summary: 'The top-level policy: why the organisation protects information, what it commits to, and how the rest of the ISMS hangs off it.',
  controls: ['5.1'],
  content: doc(
    h1('Information security policy'),
    h2('Purpose'),
    p(
      '{{organisation}} depends on information: about our customers, our people, our finances and our own work. ',
      'This policy says why we protect that information, what we commit to, and how we organise ourselves to do it. ',
      'It is the top of our information security management system (ISMS); every other security policy, procedure and standard sits below it.',
    ),
    h2('Scope'),
    p('This policy applies to everyone who works for or on behalf of {{organisation}}: employees, contractors, temporary staff and suppliers with access to our information or systems. It covers information in every form, wherever it is kept or handled.'),
    h2('What we protect and why'),
    ul(
      [bold('Confidentiality: '), 'information is seen only by people who are entitled to see it.'],
      [bold('Integrity: '), 'information is accurate and complete, and changes are made only by people allowed to make them.'],
      [bold('Availability: '), 'information and systems are there when the people who need them need them.'],
    ),
    h2('Our information security objectives'),
    p(
      'Top management sets measurable information security objectives each year, consistent with this policy and with the risks we face. ',
      'This section is the framework for setting those objectives: each objective has an owner, a target, a deadline and a way of measuring it, and progress is reviewed at management review.',
    ),
    p('Our standing objectives are to:'),
    ul(
      'protect the information our customers entrust to us, and keep their trust;',
      'keep the services our customers rely on available;',
      'find and fix weaknesses before they are exploited;',
      'make sure everyone knows their part in keeping information safe.',
    ),
    h2('Our commitments'),
    ul(
      ['{{organisation}} ', bold('commits to meet the applicable information security requirements'), ': the laws and regulations that apply to us, the contracts we have signed, and the reasonable expectations of our customers and other interested parties.'],
      ['{{organisation}} ', bold('commits to continual improvement of the ISMS'), ': we learn from incidents, audits, measurements and feedback, and we act on what we learn.'],
      'We manage information security risks systematically: we assess them, decide how to treat them, and review them regularly.',
      'We provide the people, time and budget that information security needs.',
    ),
    h2('How the ISMS is organised'),
    ul(
      'Risks are assessed and treated using the documented risk method, and the Statement of Applicability records which controls apply.',
      'Topic-specific policies (for example access control, backup and incident management) set out the rules in more detail.',
      'Internal audits and management reviews check that the ISMS works and remains suitable.',
    ),
    ...closing('Deliberate or repeated breaches are treated as serious misconduct.'),
    h2('Communication'),
    p('This policy is shared with everyone it applies to when they join and whenever it changes, and each person confirms that they have read it. It is available to customers, suppliers and other interested parties on request.'),
  ),
};
