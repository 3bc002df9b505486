/** Endings of ordinary English words ("Utility", "Shares", "Leading"): such a word opening a sentence is no name. */
export const ORDINARY_ENDING = /(?:ly|ity|tion|ment|ness|ing|ed|ers|ies|ics)$/;
