package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {

    @TempDir
    Path unpacked;

    @Test
    void theDriversFolderNamesForDesktopPlatforms() {
        assertEquals(Optional.of("org/sqlite/native/Linux/x86_64"), SqliteLibrary.platformFolder("Linux", "amd64"));
        assertEquals(Optional.of("org/sqlite/native/Linux/aarch64"), SqliteLibrary.platformFolder("Linux", "aarch64"));
        assertEquals(Optional.of("org/sqlite/native/Mac/aarch64"), SqliteLibrary.platformFolder("Mac OS X", "aarch64"));
        assertEquals(Optional.of("org/sqlite/native/Windows/x86_64"),
                SqliteLibrary.platformFolder("Windows 11", "amd64"));
        assertEquals(Optional.empty(), SqliteLibrary.platformFolder("FreeBSD", "amd64"));
        assertEquals(Optional.empty(), SqliteLibrary.platformFolder("Linux", "riscv64"));
    }

    @Test
    void theLibrarysFileIsNamedForThePlatformAskedAbout() {
        assertEquals(Optional.of("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so"),
                SqliteLibrary.platformFile("Linux", "amd64"));
        assertEquals(Optional.of("org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib"),
                SqliteLibrary.platformFile("Mac OS X", "aarch64"));
        assertEquals(Optional.of("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll"),
                SqliteLibrary.platformFile("Windows 11", "amd64"));
        assertEquals(Optional.empty(), SqliteLibrary.platformFile("FreeBSD", "amd64"));
    }

    @Test
    void pointsTheDriverAtTheCopyForThisPlatform() throws Exception {
        String name = "libsqlitejdbc.so";
        Path folder = Files.createDirectories(unpacked.resolve("org/sqlite/native/Linux/x86_64"));
        Files.write(folder.resolve(name), new byte[] {1});
        Properties system = new Properties();
        assertEquals(Optional.of(folder.resolve(name)),
                SqliteLibrary.useUnpackedCopy(unpacked, "Linux", "amd64", system));
        assertEquals(folder.toString(), system.getProperty(SqliteLibrary.PATH_PROPERTY));
        assertEquals(name, system.getProperty(SqliteLibrary.NAME_PROPERTY));
    }

    @Test
    void leavesTheDriverAloneWithoutACopyOrWhenAFolderIsAlreadySet() throws Exception {
        Properties none = new Properties();
        assertTrue(SqliteLibrary.useUnpackedCopy(unpacked, "Linux", "amd64", none).isEmpty());
        assertNull(none.getProperty(SqliteLibrary.PATH_PROPERTY));
        Path folder = Files.createDirectories(unpacked.resolve("org/sqlite/native/Linux/x86_64"));
        Files.write(folder.resolve("libsqlitejdbc.so"), new byte[] {1});
        Properties installed = new Properties();
        installed.setProperty(SqliteLibrary.PATH_PROPERTY, "/opt/app/lib/app/native");
        assertTrue(SqliteLibrary.useUnpackedCopy(unpacked, "Linux", "amd64", installed).isEmpty());
        assertEquals("/opt/app/lib/app/native", installed.getProperty(SqliteLibrary.PATH_PROPERTY));
    }
}
