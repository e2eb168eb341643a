package vn.thidua.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.thidua.common.PlainText;
import vn.thidua.organization.UnitLevel;
import vn.thidua.organization.internal.Unit;
import vn.thidua.organization.internal.UnitCommand;

/** What the create and edit forms of a unit post. */
class UnitForm {

    @NotBlank(message = "{unit.form.code.required}")
    @Size(max = Unit.CODE_MAX, message = "{unit.form.code.size}")
    // An empty code is told once, by @NotBlank.
    @Pattern(regexp = "^$|" + Unit.CODE_REGEX, message = "{unit.form.code.pattern}")
    private String code;

    @NotBlank(message = "{unit.form.name.required}")
    @Size(max = Unit.NAME_MAX, message = "{unit.form.name.size}")
    @PlainText
    private String name;

    @NotBlank(message = "{unit.form.shortName.required}")
    @Size(max = Unit.SHORT_NAME_MAX, message = "{unit.form.shortName.size}")
    @PlainText
    private String shortName;

    @NotNull(message = "{unit.form.level.required}")
    private UnitLevel level;

    private Long parentId;

    private long version;

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.code = unit.getCode();
        form.name = unit.getName();
        form.shortName = unit.getShortName();
        form.level = unit.getLevel();
        form.parentId = unit.getParent() == null ? null : unit.getParent().getId();
        form.version = unit.getVersion();
        return form;
    }

    UnitCommand toCommand() {
        return new UnitCommand(trim(code), trim(name), trim(shortName), level, parentId);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
