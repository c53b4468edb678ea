/** The product's name is a name, not a word: it is the same in every language (shown with translate="no"). */
export const PRODUCT_NAME = 'Outpost';
