import { closing, doc, h1, h2, p, table, ul } from './build';
import type { PolicyTemplateDef } from './types';

export const classificationPolicy: PolicyTemplateDef = {
  key: 'classification',
  title: 'Information classification policy',
  kind: 'topic',
  summary: 'Classification levels, how to label information, and how each level is handled.',
  controls: ['5.12', '5.13', '5.14', '5.10'],
  content: doc(
    h1('Information classification policy'),
    h2('Purpose'),
    p('Not all information needs the same protection. This policy gives {{organisation}} a small set of levels so that everyone can tell how to handle what they are working with.'),
    h2('Levels'),
    table(
      ['Level', 'What it means', 'Examples', 'How to handle it'],
      [
        ['Public', 'Approved for anyone to see', 'Website, published brochures', 'No restrictions'],
        ['Internal', 'For people working for us; little harm if leaked', 'Intranet pages, internal procedures', 'Share inside the organisation only'],
        ['Confidential', 'Would cause real harm if disclosed', 'Customer data, contracts, personal data', 'Share on a need-to-know basis; encrypt when sent outside'],
        ['Restricted', 'Would cause serious harm if disclosed', 'Security keys, merger plans, health data', 'Named people only; encrypted at all times; logged access'],
      ],
    ),
    h2('Who classifies'),
    p('The owner of the information decides its level when it is created or received, and reviews it when circumstances change. When unsure, treat information as Confidential and ask.'),
    h2('Labelling'),
    ul(
      'Documents and emails at Confidential or Restricted carry the level in the header, footer or subject line.',
      'Systems holding classified information record the highest level they hold in the asset inventory.',
    ),
    h2('Sharing and transfer'),
    p('Information is only shared with people and organisations entitled to it, through channels suitable for its level, and under an agreement where it leaves {{organisation}}.'),
    ...closing(),
  ),
};
