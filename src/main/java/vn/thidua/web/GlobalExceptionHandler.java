package vn.thidua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;
import vn.thidua.common.DomainException;
import vn.thidua.common.NotFoundException;

/**
 * The last line of defence: what a controller did not handle itself becomes a friendly page, never a stack trace.
 * Forms handle their own errors so that the user's input is kept; this covers links and buttons.
 */
@ControllerAdvice
class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return "error/409";
    }

    /**
     * A query parameter of the wrong type (an edited address: {@code ?year=abc}) is dropped and the page shown without
     * it, as a filter left empty would be; a wrong path segment is a bad address and gets the error page.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String wrongParameter(
            MethodArgumentTypeMismatchException exception, HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod()) && request.getParameter(exception.getName()) != null) {
            UriComponentsBuilder target = UriComponentsBuilder.fromPath(
                    request.getRequestURI().substring(request.getContextPath().length()));
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals(exception.getName())) {
                    target.queryParam(name, (Object[]) values);
                }
            });
            return "redirect:" + target.encode().build().toUriString();
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "error";
    }

    /**
     * A value the database could not take (too long for its column, a number out of its range, a NUL byte) that no
     * form check caught: nothing was saved, and the person is told so instead of getting a server error. Forms check
     * their fields themselves, so this is only a last resort. Other integrity failures are not input errors.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String invalidData(DataIntegrityViolationException exception, Model model, HttpServletResponse response) {
        if (!isDataException(exception)) {
            throw exception;
        }
        log.warn(
                "Input the database refused: {}",
                exception.getMostSpecificCause().getMessage());
        response.setStatus(422);
        model.addAttribute("messageKey", "error.input.invalid");
        model.addAttribute("messageArguments", new Object[0]);
        return "error/refused";
    }

    /** SQL state class 22, "data exception": a value too long, out of range, or with characters the database refuses. */
    private static boolean isDataException(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException exception, Model model, HttpServletResponse response) {
        log.debug("Refused: {}", exception.getMessage());
        response.setStatus(422);
        model.addAttribute("messageKey", exception.getMessageKey());
        model.addAttribute("messageArguments", exception.getArguments());
        return "error/refused";
    }
}
