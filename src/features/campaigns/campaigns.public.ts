/** What other features may use of campaigns/: the one door into it. */
export { campaignsOfMember, RESPONSE_STATUS_LABELS, type ResponseStatus } from './campaigns.service.ts';
