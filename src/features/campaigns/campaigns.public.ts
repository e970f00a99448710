/** What other features may use of campaigns/: the one door into it. */
export { loadDemoCampaigns, withDemoCampaignFigures } from './campaigns.demo.ts';
export { campaignsOfMember, RESPONSE_STATUS_LABELS, type ResponseStatus } from './campaigns.responses.ts';
export { listCampaigns } from './campaigns.service.ts';
