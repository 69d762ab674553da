import { closing, doc, h1, h2, p, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const acceptableUsePolicy: PolicyTemplateDef = {
  key: 'acceptable-use',
  title: 'Acceptable use policy',
  kind: 'topic',
  summary: 'What people may and may not do with the information, devices and services the organisation provides.',
  controls: ['5.10', '5.11', '6.2', '8.1'],
  content: doc(
    h1('Acceptable use policy'),
    h2('Purpose'),
    p('This policy explains how everyone at {{organisation}} may use the information, equipment and online services we provide, so that we can work flexibly without putting information at risk.'),
    h2('Using information and equipment'),
    ul(
      'Use company information and equipment for your work. Occasional personal use is fine if it is legal, brief and does not get in the way of work or security.',
      'Keep devices with you or locked away, keep them updated, and never turn off security software.',
      'Only install software that has been approved or comes from the company software catalogue.',
      'Store work information in the approved company services, not on personal accounts or removable media.',
    ),
    h2('Things you must not do'),
    ul(
      'Share your passwords or let someone else use your account.',
      'Try to get around security controls, or access information you have not been given access to.',
      'Send confidential information to personal email or file-sharing accounts.',
      'Use company services to harass others, or to view, store or send illegal or offensive material.',
      'Paste confidential or personal information into public AI tools or websites.',
    ),
    h2('Email, messaging and the internet'),
    p('Think before you click. Check the sender and the link, and report suspicious messages with the report button or to the service desk. Never open attachments you did not expect.'),
    h2('Returning assets'),
    p('When you leave, or when equipment is no longer needed, return every device, card and document to your manager or IT. Company information must not be kept on personal devices after you leave.'),
    h2('Monitoring'),
    p('{{organisation}} may monitor the use of its systems to protect them and to meet its legal duties, in line with data protection law. Monitoring is proportionate and is never used in secret for unrelated purposes.'),
    ...closing(),
  ),
};
