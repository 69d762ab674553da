import type { PolicyTemplate } from '../../../../shared/contract/policies';
import type { RichDoc } from '../../../../shared/richtext';

/** A shipped template: what the library shows, and the text a new policy starts from. */
export interface PolicyTemplateDef extends PolicyTemplate {
  content: RichDoc;
}
