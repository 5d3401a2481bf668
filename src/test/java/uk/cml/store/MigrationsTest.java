package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void theVersionIsTheNumberInTheNameAndGapsAreAllowed() {
        List<Migrations.Migration> m = Migrations.from(List.of("V001__a.sql", "V009__c.sql", "V003__b.sql"),
                name -> "SELECT 1;");
        assertEquals(List.of("V001__a.sql", "V003__b.sql", "V009__c.sql"), m.stream().map(Migrations.Migration::name).toList());
        assertEquals(List.of(1, 3, 9), m.stream().map(Migrations.Migration::version).toList());
        assertEquals(9, Migrations.latestVersion(m));
    }

    @Test
    void aSecondScriptForOneNumberComesAfterTheFirst() {
        List<Migrations.Migration> m = Migrations.from(List.of("V008_b__more.sql", "V009__c.sql", "V008__first.sql"),
                name -> "");
        assertEquals(List.of("V008__first.sql", "V008_b__more.sql", "V009__c.sql"),
                m.stream().map(Migrations.Migration::name).toList());
    }

    @Test
    void twoScriptsClaimingOneVersionAreRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Migrations.from(List.of("V008__arrears.sql", "V008__calendar.sql"), name -> ""));
        assertTrue(e.getMessage().contains("claim the same version"), e.getMessage());
    }

    @Test
    void aNameWithoutAVersionIsRefused() {
        assertThrows(IllegalStateException.class, () -> Migrations.from(List.of("payments.sql"), name -> ""));
    }

    @Test
    void theChecksumIgnoresLineEndingsButNotContent() {
        Migrations.Migration unix = new Migrations.Migration(1, "V001__a.sql", "SELECT 1;\nSELECT 2;\n");
        Migrations.Migration windows = new Migrations.Migration(1, "V001__a.sql", "SELECT 1;\r\nSELECT 2;\r\n");
        Migrations.Migration edited = new Migrations.Migration(1, "V001__a.sql", "SELECT 1;\nSELECT 3;\n");
        assertEquals(unix.checksum(), windows.checksum());
        assertNotEquals(unix.checksum(), edited.checksum());
    }

    @Test
    void theBundledScriptsHaveStrictlyIncreasingVersions() {
        List<Migrations.Migration> all = Migrations.all();
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).orderKey().compareTo(all.get(i - 1).orderKey()) > 0, all.get(i).name());
        }
        assertEquals(1, all.get(0).version());
    }
}
