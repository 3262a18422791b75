/**
 * ผู้ลงนาม: the signers of each office's letters, their names and position lines, kept in the
 * database and edited by administrators ({@link saraban.signers.SignerService}); the compose page
 * offers an office's active signers for a letter's signature block. Uses {@code storage} and {@code
 * audit}; knows nothing of letters.
 */
package saraban.signers;
