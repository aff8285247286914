/**
 * The account search shares the buyer-group API's path (PRODUCT.md §5 item 5: GET on the path discovery POSTs to);
 * the discovery module's own constant is its API's, so this module names the path itself.
 */
export const ACCOUNT_SEARCH_ROUTE = 'api/intelligence/buyer-group-v2';
