export const BUYER_GROUP_ROUTE = 'api/intelligence/buyer-group-v2';
