package vn.thidua.pledge.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.thidua.pledge.PledgeDocuments;
import vn.thidua.pledge.PledgeException;
import vn.thidua.pledge.PledgeService;

/** The documents of a completed pledge (PDF, Word), its QR code, and the province's list as Excel. */
@Controller
class PledgeExportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final String REFUSED = "pledge/document-refused";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PledgeDocuments documents;
    private final PledgeService pledges;
    private final VerificationLinks links;

    PledgeExportController(PledgeDocuments documents, PledgeService pledges, VerificationLinks links) {
        this.documents = documents;
        this.pledges = pledges;
        this.links = links;
    }

    @GetMapping("/pledges/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, HttpServletRequest request) {
        return download(
                documents.pdf(id, links.prefix(request)), MediaType.APPLICATION_PDF, "giao-uoc-thi-dua-" + id + ".pdf");
    }

    @GetMapping("/pledges/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, HttpServletRequest request) {
        return download(documents.docx(id, links.prefix(request)), DOCX, "giao-uoc-thi-dua-" + id + ".docx");
    }

    @GetMapping("/pledges/{id}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable long id, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(documents.qrCode(id, links.prefix(request)));
    }

    @GetMapping("/pledges/export.xlsx")
    ResponseEntity<byte[]> overview(@RequestParam(required = false) Integer year, HttpServletRequest request) {
        int shownYear = year == null ? pledges.workingYear() : year;
        return download(
                documents.overviewXlsx(shownYear, PledgeController.locale(request)),
                XLSX,
                "giao-uoc-thi-dua-" + shownYear + ".xlsx");
    }

    /**
     * A document that cannot be given (the pledge is not completed, or its stored text no longer matches its
     * signatures) gets a page that says why and leads back to the pledge, never a file.
     */
    @ExceptionHandler(PledgeException.class)
    ModelAndView refused(PledgeException exception, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(REFUSED);
        page.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("messageKey", exception.getMessageKey());
        page.addObject("messageArguments", exception.getArguments());
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        page.addObject("pledgeId", variables instanceof Map<?, ?> map ? map.get("id") : null);
        return page;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
