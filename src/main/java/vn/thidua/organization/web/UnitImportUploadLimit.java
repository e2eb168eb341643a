package vn.thidua.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.thidua.common.Flash;
import vn.thidua.organization.UnitImportService;

/**
 * A file over the server's upload limit fails before any controller runs; for the unit import it leads back to the
 * upload page with a message. Other uploads keep the default handling.
 */
@ControllerAdvice
class UnitImportUploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request) throws MaxUploadSizeExceededException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/admin/units/import")) {
            throw exception;
        }
        RequestContextUtils.getOutputFlashMap(request).put(Flash.ATTRIBUTE,
                new Flash("danger", "unit.import.file.tooLarge", new Object[]{UnitImportService.MAX_FILE_BYTES / (1024 * 1024)}));
        return "redirect:/admin/units/import";
    }
}
