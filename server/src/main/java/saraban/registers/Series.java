package saraban.registers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The number series an office keeps, each with its own register and each restarting at 1 at the
 * start of its numbering year ({@link NumberingPeriod}).
 */
public enum Series {
    /** เลขทะเบียนส่ง: the send register, numbers of outgoing letters. */
    SEND("send", "เลขทะเบียนส่ง"),
    /** เลขทะเบียนรับ: the receive register, numbers stamped on incoming letters. */
    RECEIVE("receive", "เลขทะเบียนรับ"),
    /** หนังสือเวียน: circulars, numbered after ว in a series of their own. */
    CIRCULAR("circular", "หนังสือเวียน"),
    /** คำสั่ง: orders, numbered n/พ.ศ. */
    ORDER("order", "คำสั่ง"),
    /** ประกาศ: announcements. */
    ANNOUNCEMENT("announcement", "ประกาศ");

    private final String pathId;
    private final String thaiName;

    Series(String pathId, String thaiName) {
        this.pathId = pathId;
        this.thaiName = thaiName;
    }

    /** The series' name in URLs, the API and the office configuration: {@code send}. */
    @JsonValue
    public String pathId() {
        return pathId;
    }

    /** The series' name in Thai, for register headings: {@code เลขทะเบียนส่ง}. */
    public String thaiName() {
        return thaiName;
    }

    /**
     * The series with this path id. Exact: {@code SEND} is not a path id, so that one register has
     * one address.
     *
     * @throws IllegalArgumentException {@code "not a series: ... (send, receive, …)"}
     */
    @JsonCreator
    public static Series fromPath(String pathId) {
        for (Series series : values()) {
            if (series.pathId.equals(pathId)) {
                return series;
            }
        }
        throw new IllegalArgumentException(
                "not a series: "
                        + pathId
                        + " ("
                        + Arrays.stream(values())
                                .map(Series::pathId)
                                .collect(Collectors.joining(", "))
                        + ")");
    }
}
