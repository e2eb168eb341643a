package vn.thidua.award.certificate;

/** One line of the layouts page: an award type (or the organiser's default, without a type) and its saved layout. */
public record LayoutRow(Long awardTypeId, String awardTypeName, boolean active, CertificateLayout layout) {

    public boolean isDefault() {
        return awardTypeId == null;
    }

    /** The key of the layout's page: {@code default} or the award type's id. */
    public String key() {
        return awardTypeId == null ? CertificateLayoutService.DEFAULT_KEY : awardTypeId.toString();
    }
}
