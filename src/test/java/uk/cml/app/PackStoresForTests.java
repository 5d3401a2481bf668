package uk.cml.app;

/** The stores export-pack and the Evidence pack page gather a pack from, for tests outside this package. */
public final class PackStoresForTests {

    private PackStoresForTests() {
    }

    public static PackStores of(AppServices services) {
        return PackCommand.stores(services);
    }
}
