/**
 * The network that this site serves. Fixed for now; site settings editable in the
 * back office come with the back-office issue.
 */
export const SITE = {
  name: 'Réseau des collectivités pour l’économie sociale et solidaire',
  shortName: 'Réseau ESS',
  description:
    'Le réseau des collectivités territoriales — régions, départements, métropoles, intercommunalités et communes — qui s’engagent pour l’économie sociale et solidaire.',
  foundedYear: 2001,
} as const;
