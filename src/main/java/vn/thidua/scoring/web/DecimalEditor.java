package vn.thidua.scoring.web;

import org.springframework.context.i18n.LocaleContextHolder;
import vn.thidua.common.DisplayFormat;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Binds decimals typed with either decimal mark ("7,5" or "7.5"); a bad one becomes a typeMismatch error. Shows them
 * back with the reader's decimal mark.
 */
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
        return value == null ? "" : DisplayFormat.input((BigDecimal) value, LocaleContextHolder.getLocale());
    }
}
