package vn.thidua.pledge;

/** The fields (lĩnh vực) a pledge groups its targets by, in the order the document shows them. */
public enum PledgeField {
    ECONOMY_SOCIETY,
    DEFENCE_SECURITY,
    PARTY_GOVERNMENT,
    EMULATION_WORK;

    public String messageKey() {
        return "pledge.field." + name();
    }
}
