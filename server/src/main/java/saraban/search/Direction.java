package saraban.search;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Which way a document went: sent by an office, received by it, or published on the portal. */
public enum Direction {
    SENT("sent"),
    RECEIVED("received"),
    PUBLISHED("published");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    /** The name in the API and the index: {@code sent}. */
    @JsonValue
    public String id() {
        return id;
    }

    /**
     * @throws IllegalArgumentException {@code "not a direction: ... (sent, received, published)"}
     */
    public static Direction fromId(String id) {
        for (Direction d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException(
                "not a direction: "
                        + id
                        + " ("
                        + Arrays.stream(values())
                                .map(Direction::id)
                                .collect(Collectors.joining(", "))
                        + ")");
    }
}
