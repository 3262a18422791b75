package saraban.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import saraban.registers.ReferenceNumber;

/**
 * One piece of correspondence as the index sees it: an issued letter ({@code letter:12}), a
 * received one ({@code incoming:7}) or, later, a portal publication. Validates itself; optional
 * parts are {@code null}.
 *
 * @param id {@code <source>:<row id>}, the key the queue and the index share
 * @param kind the letter kind ({@code external}, {@code memo}, {@code order}, …; {@code incoming}
 *     for a received letter, whose kind is not recorded)
 * @param office the id of the office that sent or received it
 * @param series the register it is numbered in: {@code send}, {@code circular}, {@code receive}, …
 * @param date the date printed on it, or else the day it was received (Asia/Bangkok)
 * @param urgency ชั้นความเร็ว in Thai ({@code ด่วนที่สุด}), {@code null} for none
 * @param referenceNumber its number as printed after ที่, in either digits
 * @param body the text: a letter's paragraphs, a received letter's extracted PDF text
 * @param sender จาก, who wrote it
 * @param recipient ถึง / เรียน, to whom
 */
public record SearchDocument(
        String id,
        String kind,
        Direction direction,
        String office,
        String series,
        LocalDate date,
        String urgency,
        SecrecyLevel secrecy,
        String referenceNumber,
        String subject,
        String body,
        String sender,
        String recipient) {

    private static final Pattern ID = Pattern.compile("[a-z]+:[0-9]+");

    public SearchDocument {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must look like letter:12, not " + id);
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("kind must not be blank");
        }
        Objects.requireNonNull(direction, "direction");
        if (office == null || office.isBlank()) {
            throw new IllegalArgumentException("office must not be blank");
        }
        Objects.requireNonNull(date, "date");
        secrecy = secrecy == null ? SecrecyLevel.NONE : secrecy;
        urgency = blankToNull(urgency);
        series = blankToNull(series);
        referenceNumber = blankToNull(referenceNumber);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        sender = blankToNull(sender);
        recipient = blankToNull(recipient);
    }

    /** The document's own number, if it reads as one. */
    public Optional<ReferenceNumber> reference() {
        if (referenceNumber == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReferenceNumber.parse(referenceNumber));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
