package vn.thidua.scoring.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/** Binds decimals typed with either decimal mark ("7,5" or "7.5"); a bad one becomes a typeMismatch error. */
class DecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        try {
            setValue(ScoreFormat.parse(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : ((BigDecimal) value).stripTrailingZeros().toPlainString();
    }
}
