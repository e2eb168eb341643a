package vn.thidua.infrastructure;

/**
 * Demo data that is easier to build through the application's own services than in SQL (signatures whose hashes
 * must match the text, for instance). Runs once, in name order together with the SQL scripts under {@code db/demo/}.
 */
public interface DemoDataContributor {

    /** A stable name, ordered with the SQL script names, e.g. {@code 20-pledge-demo}. */
    String name();

    /** Loads the data; runs inside a transaction that also records the name. */
    void load();
}
