package vn.thidua.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.common.PlainText;
import vn.thidua.organization.ClusterKind;
import vn.thidua.organization.internal.Cluster;
import vn.thidua.organization.internal.ClusterCommand;

/** What the cluster form binds: the fields a user enters and the version they saw. */
class ClusterForm {

    @NotBlank(message = "{cluster.code.required}")
    @Size(max = 30, message = "{cluster.code.size}")
    @PlainText
    private String code;

    @NotBlank(message = "{cluster.name.required}")
    @Size(max = 255, message = "{cluster.name.size}")
    @PlainText
    private String name;

    @NotNull(message = "{cluster.kind.required}")
    private ClusterKind kind = ClusterKind.CLUSTER;

    @Size(max = 2000, message = "{cluster.description.size}")
    @PlainText(multiLine = true)
    private String description;

    private Long version;

    static ClusterForm of(Cluster cluster) {
        ClusterForm form = new ClusterForm();
        form.code = cluster.getCode();
        form.name = cluster.getName();
        form.kind = cluster.getKind();
        form.description = cluster.getDescription();
        form.version = cluster.getVersion();
        return form;
    }

    ClusterCommand toCommand() {
        return new ClusterCommand(code, name, kind, description);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ClusterKind getKind() {
        return kind;
    }

    public void setKind(ClusterKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
