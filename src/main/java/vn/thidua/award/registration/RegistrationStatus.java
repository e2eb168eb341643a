package vn.thidua.award.registration;

/** A registration stands, or was withdrawn (and may be registered again). */
public enum RegistrationStatus {
    REGISTERED,
    WITHDRAWN;

    public String messageKey() {
        return "registration.status." + name();
    }
}
