// The content script's cheap topic gate: a page is only handed to the matcher when its text
// mentions one of a topic's `terms` (case-insensitive, word boundaries). `related` terms raise
// confidence but never open the gate on their own.
//
// Dependency-free on purpose: the content script imports this, not the dataset.
// `npm run claims:check` verifies it agrees with the dataset (topic ids and names, and every
// name and alias of each topic's core entity appears in `terms`).

export interface GateTopic {
  id: string;
  name: string;
  /** Names of the topic's core entity: every alias and common misspelling. */
  terms: string[];
  /** Names that make a page more likely to be about the topic. */
  related: string[];
}

export const gateTopics: GateTopic[] = [
  {
    id: 'kaspersky',
    name: 'Kaspersky Lab',
    terms: [
      'Kaspersky',
      'Kaspersky Lab',
      'Kaspersky Labs',
      'Kaspersky Lab ZAO',
      'AO Kaspersky Lab',
      'Kasperksy',
      'Kaspesky',
      'Kasperski',
      'Kaspersy',
      'Касперский',
      'Касперского',
      'Лаборатория Касперского',
    ],
    related: [
      'Eugene Kaspersky',
      'Yevgeny Kaspersky',
      'Best Buy',
      'Geek Squad',
      'antivirus',
      'anti-virus',
      'cybersecurity',
      'General Services Administration',
      'Rob Joyce',
      'Jeanne Shaheen',
      'FSB',
      'Kremlin',
    ],
  },
];
