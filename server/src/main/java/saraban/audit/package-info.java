/**
 * The audit log: who changed what, when, with the record before and after, written in the same
 * transaction as the change so that no change goes unrecorded and no record outlives a rolled-back
 * change.
 */
package saraban.audit;
