/**
 * Offices and units with their codes, number series, reference numbers, allocation, reservations,
 * cancellations and register views. The values here are pure: {@link
 * saraban.registers.ReferenceNumber} (the number after ที่, read and printed), {@link
 * saraban.registers.Series}, {@link saraban.registers.Office} and {@link
 * saraban.registers.OfficeTree} (a snapshot of the offices, which decides whose register numbers a
 * letter) and {@link saraban.registers.NumberingPeriod} (the Buddhist-Era year a number belongs
 * to). Two services keep the state: {@link saraban.registers.OfficeService} the offices, in the
 * database, seeded once from the offices file, and {@link saraban.registers.RegisterService} the
 * numbers, reading the offices through an {@link saraban.registers.OfficeDirectory}.
 *
 * <p>Unit codes and letter codes are configuration data, never computed. Thai digits and
 * Buddhist-Era years come from {@code saraban.thai}; state is kept through {@code saraban.storage}.
 * A register is exported as CSV, as XLSX (fastexcel) and printed as PDF through {@code saraban.pdf}
 * (only the printout, {@code RegisterPdf}). This package must not depend on {@code letters}, {@code
 * receiving}, {@code search} or {@code web}.
 */
package saraban.registers;
