package vn.thidua.scoring.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.common.PlainText;
import vn.thidua.scoring.CriteriaTable;
import vn.thidua.scoring.TableCommand;

/** The criteria table form. */
public class TableForm {

    @NotNull(message = "{scoring.table.yearInvalid}")
    @Min(value = 2000, message = "{scoring.table.yearInvalid}")
    @Max(value = 2100, message = "{scoring.table.yearInvalid}")
    private Integer year;

    @NotBlank(message = "{scoring.table.nameRequired}")
    @Size(max = 255, message = "{input.text.size}")
    @PlainText
    private String name;

    @NotNull(message = "{scoring.table.totalInvalid}")
    @DecimalMin(value = "0.01", message = "{scoring.table.totalInvalid}")
    @DecimalMax(value = NodeForm.POINTS_MAX, message = "{scoring.points.range}")
    @Digits(integer = 6, fraction = 2, message = "{scoring.points.range}")
    private BigDecimal totalMax;

    private List<Long> clusterIds = new ArrayList<>();

    private long version;

    static TableForm of(CriteriaTable table) {
        TableForm form = new TableForm();
        form.year = table.getYear();
        form.name = table.getName();
        form.totalMax = table.getTotalMax();
        form.clusterIds = new ArrayList<>(table.clusterIds());
        form.version = table.getVersion();
        return form;
    }

    TableCommand toCommand() {
        return new TableCommand(year, name, totalMax, clusterIds == null ? List.of() : clusterIds);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getTotalMax() {
        return totalMax;
    }

    public void setTotalMax(BigDecimal totalMax) {
        this.totalMax = totalMax;
    }

    public List<Long> getClusterIds() {
        return clusterIds;
    }

    public void setClusterIds(List<Long> clusterIds) {
        this.clusterIds = clusterIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
