/**
 * Threat catalogue shipped with the workbench, written by us in plain English. Grouped by the kind
 * of event a practitioner of ISO/IEC 27005 would expect; each names the properties it usually harms.
 * Workspaces copy it once at creation and may edit, add or delete entries.
 */
export const THREAT_CATEGORIES = [
  'physical-damage',
  'natural-events',
  'loss-of-services',
  'compromise-of-information',
  'technical-failures',
  'unauthorised-actions',
  'compromise-of-functions',
] as const;
export type ThreatCategory = (typeof THREAT_CATEGORIES)[number];

type P = 'c' | 'i' | 'a';
export interface ThreatSeed {
  category: ThreatCategory;
  name: string;
  description: string;
  affects: P[];
}

const t = (category: ThreatCategory, name: string, description: string, affects: P[]): ThreatSeed => ({ category, name, description, affects });

export const THREAT_SEEDS: ReadonlyArray<ThreatSeed> = [
  t('physical-damage', 'Fire', 'A fire in the building or a neighbouring one destroys equipment, paper records or media.', ['a', 'i']),
  t('physical-damage', 'Water damage', 'A burst pipe, leaking roof or sprinkler release soaks equipment or documents.', ['a', 'i']),
  t('physical-damage', 'Pollution, dust or corrosion', 'Dust, chemicals or damp air wear out equipment faster than expected.', ['a']),
  t('physical-damage', 'Major accident', 'An explosion, vehicle impact or building collapse damages the site.', ['a']),
  t('physical-damage', 'Destruction of equipment or media', 'Equipment or storage media is broken, dropped or crushed, by accident or on purpose.', ['a', 'i']),
  t('physical-damage', 'Theft of equipment', 'A laptop, phone, disk or server is stolen from the office, a car, a home or while travelling.', ['c', 'a']),
  t('natural-events', 'Flood', 'Rising water from rivers, the sea or heavy rain reaches the premises or the data centre.', ['a']),
  t('natural-events', 'Storm or high wind', 'A storm damages buildings, cuts power lines or blocks access to a site.', ['a']),
  t('natural-events', 'Earthquake', 'Ground movement damages buildings, racks and connections.', ['a']),
  t('natural-events', 'Extreme temperature', 'A heatwave or deep frost pushes rooms and equipment beyond their working range.', ['a']),
  t('natural-events', 'Pandemic or epidemic', 'Illness keeps many people away from work at the same time.', ['a']),
  t('natural-events', 'Lightning strike', 'A strike causes a power surge that destroys equipment.', ['a', 'i']),
  t('loss-of-services', 'Power outage', 'Mains power fails for longer than batteries or generators last.', ['a']),
  t('loss-of-services', 'Cooling or air-conditioning failure', 'Server rooms overheat when cooling stops.', ['a']),
  t('loss-of-services', 'Telecommunications or internet outage', 'The network link or phone lines to the outside world stop working.', ['a']),
  t('loss-of-services', 'Cloud provider outage', 'A hosted service or platform the organisation depends on becomes unavailable.', ['a']),
  t('loss-of-services', 'Supplier failure', 'A key supplier stops delivering, goes out of business or cannot support the product any more.', ['a']),
  t('loss-of-services', 'Loss of key staff', 'People who hold unique knowledge leave or are unavailable when needed.', ['a']),
  t('compromise-of-information', 'Eavesdropping or interception', 'Someone listens to conversations or captures data as it travels over a network.', ['c']),
  t('compromise-of-information', 'Phishing and social engineering', 'A person is tricked by a message or call into revealing credentials, paying or installing something.', ['c', 'i']),
  t('compromise-of-information', 'Theft of documents or media', 'Papers, printouts, USB sticks or backup tapes are taken or copied.', ['c']),
  t('compromise-of-information', 'Disclosure by mistake', 'Information is sent to the wrong person, published by accident or left in a shared place.', ['c']),
  t('compromise-of-information', 'Retrieval from discarded media', 'Data is recovered from disks, phones or paper that were thrown away or resold.', ['c']),
  t('compromise-of-information', 'Data from untrustworthy sources', 'Wrong or manipulated data from a partner, feed or form is accepted as true.', ['i']),
  t('compromise-of-information', 'Data leakage through cloud or personal tools', 'Staff copy work information into personal e-mail, storage or online tools.', ['c']),
  t('technical-failures', 'Hardware failure', 'A disk, server, network device or laptop stops working.', ['a', 'i']),
  t('technical-failures', 'Software malfunction', 'A bug or a failed update makes an application crash or produce wrong results.', ['a', 'i']),
  t('technical-failures', 'Saturation of systems', 'Demand exceeds capacity: storage fills up, systems slow down or stop.', ['a']),
  t('technical-failures', 'Data corruption', 'Stored data becomes unreadable or inconsistent, and backups may copy the damage.', ['i', 'a']),
  t('technical-failures', 'Failed or untested backup', 'A restore is needed and the backup turns out to be incomplete or unusable.', ['a', 'i']),
  t('technical-failures', 'Maintenance error', 'A change or repair by IT staff or a supplier breaks a system.', ['a', 'i']),
  t('unauthorised-actions', 'Malware and ransomware', 'Malicious software encrypts, steals or destroys data, or spreads through the network.', ['c', 'i', 'a']),
  t('unauthorised-actions', 'Unauthorised access to systems', 'Someone logs in with stolen, guessed or shared credentials, or through a weakness.', ['c', 'i']),
  t('unauthorised-actions', 'Misuse of privileges', 'A person uses access rights for purposes they were not given for.', ['c', 'i']),
  t('unauthorised-actions', 'Use of unlicensed or unapproved software', 'Software is installed without approval or a valid licence.', ['i', 'a']),
  t('unauthorised-actions', 'Tampering with data', 'Records are changed or deleted on purpose to hide something or for gain.', ['i']),
  t('unauthorised-actions', 'Denial of service attack', 'An attacker floods a service so that real users cannot reach it.', ['a']),
  t('unauthorised-actions', 'Exploitation of a software vulnerability', 'An attacker uses a known or new flaw in software to take control or read data.', ['c', 'i', 'a']),
  t('compromise-of-functions', 'Error in use', 'A person makes a mistake when entering, processing or sending information.', ['i', 'c']),
  t('compromise-of-functions', 'Abuse of rights', 'Legitimate rights are used in a way that harms the organisation, such as mass export.', ['c', 'i']),
  t('compromise-of-functions', 'Forging of rights or identity', 'Someone pretends to be another user, a manager or a supplier to get something done.', ['c', 'i']),
  t('compromise-of-functions', 'Repudiation of actions', 'A person denies having done something and no record can show otherwise.', ['i']),
  t('compromise-of-functions', 'Unavailability of people', 'Strikes, illness or travel leave a process without the people to run it.', ['a']),
  t('compromise-of-functions', 'Breach of legal or contractual obligations', 'The organisation fails to meet a law, regulation or contract on handling information.', ['c', 'i', 'a']),
];
