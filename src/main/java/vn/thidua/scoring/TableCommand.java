package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.List;

/** A criteria table's own fields as an administrator enters them. */
public record TableCommand(int year, String name, BigDecimal totalMax, List<Long> clusterIds) {}
