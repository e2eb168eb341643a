package vn.thidua.award.web;

/** An upload to the dossier: its kind, the item it belongs to (an achievement report), its name (another document). */
public class DocumentForm {

    private String kind;
    private Long itemId;
    private String name;
    private Long version;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
