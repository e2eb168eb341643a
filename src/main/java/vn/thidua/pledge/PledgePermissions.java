package vn.thidua.pledge;

/**
 * What the signed-in person may do with a pledge now: each flag combines their role, their scope in the
 * cluster-year and the pledge's state. The service checks the same rules again when they act.
 */
public record PledgePermissions(
        boolean manage,
        boolean edit,
        boolean open,
        boolean withdraw,
        boolean sign,
        boolean decline,
        boolean countersign,
        boolean remind,
        boolean export) {

    public static final PledgePermissions NONE =
            new PledgePermissions(false, false, false, false, false, false, false, false, false);

    public boolean answer() {
        return sign || decline || countersign;
    }
}
