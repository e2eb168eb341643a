package vn.thidua.award.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.thidua.common.DisplayFormat;

/** Binds decimals as the reader types them in the page's language; a bad one becomes a typeMismatch error. */
class DecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        try {
            setValue(DisplayFormat.parseNumber(text, LocaleContextHolder.getLocale()));
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
