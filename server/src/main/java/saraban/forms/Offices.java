package saraban.forms;

import java.util.Optional;
import saraban.registers.Office;
import saraban.registers.OfficeDirectory;

/** What forms need of the office directory: names to print, and ids for what people type. */
public interface Offices {
    /** The name of office {@code id}, if there is one. */
    Optional<String> name(String id);

    /** The id of the office with this id or exact name. */
    Optional<String> idOf(String idOrName);

    /** The offices of {@code directory}, as it is at each call. */
    static Offices of(OfficeDirectory directory) {
        return new Offices() {
            @Override
            public Optional<String> name(String id) {
                return directory.find(id).map(Office::name);
            }

            @Override
            public Optional<String> idOf(String idOrName) {
                Optional<Office> byId = directory.find(idOrName);
                if (byId.isPresent()) {
                    return byId.map(Office::id);
                }
                return directory.offices().stream()
                        .filter(o -> o.name().equals(idOrName))
                        .map(Office::id)
                        .findFirst();
            }
        };
    }
}
