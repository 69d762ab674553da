/**
 * Vulnerability catalogue shipped with the workbench, written by us, grouped by the asset type it is
 * found in. Workspaces copy it once at creation and may edit, add or delete entries.
 */
export const ASSET_TYPES = ['information', 'hardware', 'software', 'network', 'people', 'site', 'service', 'organisation'] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

export interface VulnerabilitySeed {
  assetType: AssetType;
  name: string;
  description: string;
}

const v = (assetType: AssetType, name: string, description: string): VulnerabilitySeed => ({ assetType, name, description });

export const VULNERABILITY_SEEDS: ReadonlyArray<VulnerabilitySeed> = [
  v('information', 'No classification or labelling', 'Nobody can tell how sensitive the information is, so it is handled like anything else.'),
  v('information', 'Single copy with no backup', 'The information exists in one place only.'),
  v('information', 'No retention or deletion rule', 'Information is kept longer than needed, or deleted too early.'),
  v('information', 'Stored unencrypted', 'Anyone who gets the file or disk can read it.'),
  v('information', 'No integrity check', 'Changes to the data are not detected or traced.'),
  v('hardware', 'No maintenance contract or schedule', 'Faults are found only when the equipment fails.'),
  v('hardware', 'Sensitive to heat, damp or dust', 'The equipment stands in a room without climate control or protection.'),
  v('hardware', 'No power protection', 'No surge protection or uninterruptible power supply.'),
  v('hardware', 'Portable and easy to carry away', 'Laptops, phones and removable media are small and valuable.'),
  v('hardware', 'Disposed of without wiping', 'Old equipment leaves the organisation with data still on it.'),
  v('hardware', 'End of life, no spare parts', 'The manufacturer no longer supports or repairs the device.'),
  v('software', 'Missing security updates', 'Known flaws stay open because patches are not applied in time.'),
  v('software', 'Default or weak configuration', 'Default passwords, open services or permissive settings are left as shipped.'),
  v('software', 'No logging of user actions', 'Who did what cannot be reconstructed after an incident.'),
  v('software', 'Poorly tested changes', 'New versions go live without enough testing.'),
  v('software', 'Unsupported version', 'The vendor no longer fixes security problems in this version.'),
  v('software', 'Weak authentication', 'Only a password, no second factor, no lock-out after failed attempts.'),
  v('software', 'Excessive access rights', 'Users have more rights than their job needs.'),
  v('network', 'Unencrypted connections', 'Data crosses the network in clear text.'),
  v('network', 'Flat network without segregation', 'Every device can reach every other device.'),
  v('network', 'Single line or device with no redundancy', 'One failure cuts the whole site off.'),
  v('network', 'Unprotected remote access', 'Remote access is open to the internet without strong authentication.'),
  v('network', 'Open or weakly protected wireless network', 'Outsiders can join or listen to the wireless network.'),
  v('people', 'Lack of security awareness', 'Staff do not recognise phishing, social engineering or unsafe habits.'),
  v('people', 'Insufficient training for the role', 'People handle systems or data they have not been trained for.'),
  v('people', 'Key knowledge held by one person', 'Only one person knows how a critical process or system works.'),
  v('people', 'No screening before hiring', 'Background checks proportional to the role are not made.'),
  v('people', 'Unsupervised work by outsiders', 'Cleaners, contractors or visitors work in sensitive areas alone.'),
  v('people', 'Access not removed on leaving', 'Accounts and keys stay active after someone changes role or leaves.'),
  v('site', 'Weak physical access control', 'Doors, locks or reception do not stop unauthorised people getting in.'),
  v('site', 'Located in a flood or hazard zone', 'The building stands where floods, storms or accidents are likely.'),
  v('site', 'No fire detection or suppression', 'A fire would not be detected or put out in time.'),
  v('site', 'Unstable power supply', 'The local grid has frequent cuts or voltage swings.'),
  v('site', 'Screens and desks visible to visitors', 'Information can be read from screens or papers left on desks.'),
  v('service', 'No service level agreement', 'The provider has no written commitment on availability or support.'),
  v('service', 'No security clauses in the contract', 'The supplier is not bound to protect the information it handles.'),
  v('service', 'Dependence on a single provider', 'No alternative exists if the provider fails.'),
  v('service', 'No exit or data return plan', 'Getting the data back when the contract ends is not arranged.'),
  v('service', 'Provider security not reviewed', 'Nobody checks whether the provider keeps its promises.'),
  v('organisation', 'No documented procedures', 'Work is done differently each time and depends on memory.'),
  v('organisation', 'Unclear responsibilities', 'Nobody is clearly responsible for protecting an asset or a process.'),
  v('organisation', 'No incident response plan', 'When something goes wrong, people improvise.'),
  v('organisation', 'No business continuity plan', 'There is no tested way to keep working after a major disruption.'),
  v('organisation', 'Segregation of duties not applied', 'One person can start, approve and complete a sensitive transaction.'),
  v('organisation', 'No regular review of access rights', 'Rights granted long ago are never checked again.'),
];
