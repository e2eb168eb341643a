package vn.thidua.common;

/**
 * A page whose uploads are limited to less than the server accepts. An upload to it that the server finds too large
 * while reading it (a body sent in chunks, without a length to check beforehand) leads back to the page with the
 * page's own message and limit, as a too large upload with a length does, rather than the general one.
 */
public interface UploadLimit {

    /** Whether a POST to this path (without the context path) is an upload to this page. */
    boolean appliesTo(String path);

    /** Where a too large upload leads (without the context path): the page's form, which names its limit. */
    String tooLargeTarget();
}
