export const RULES_VERSION = '0.0.0';
