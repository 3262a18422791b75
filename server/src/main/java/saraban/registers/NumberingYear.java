package saraban.registers;

/** When an office's number series restart at 1. */
public enum NumberingYear {
    /**
     * On 1 January: the regulation's rule for send, receive, circular and order numbers, and the
     * default.
     */
    CALENDAR("calendar"),
    /** On 1 October, with the fiscal year (ปีงบประมาณ), for agencies that number that way. */
    FISCAL("fiscal");

    private final String configId;

    NumberingYear(String configId) {
        this.configId = configId;
    }

    /** The name in the office configuration: {@code calendar} or {@code fiscal}. */
    public String configId() {
        return configId;
    }

    static NumberingYear fromConfig(String id) {
        for (NumberingYear year : values()) {
            if (year.configId.equals(id)) {
                return year;
            }
        }
        throw new IllegalArgumentException("numbering year must be calendar or fiscal: " + id);
    }
}
