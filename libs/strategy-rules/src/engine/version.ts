/**
 * Version of the rule set, YEAR.MONTH.PATCH. Bump it whenever any rule's behaviour changes (a threshold, a count,
 * a pathway, a flag or action code, a message): stored recommendations carry it, and the history explains changes by it.
 */
export const RULES_VERSION = '2026.11.1';
