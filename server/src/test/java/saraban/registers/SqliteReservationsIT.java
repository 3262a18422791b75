package saraban.registers;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteReservationsIT extends ReservationContract {
    @TempDir Path dir;

    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("saraban.db");
    }
}
