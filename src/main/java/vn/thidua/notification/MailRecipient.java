package vn.thidua.notification;

/** Someone with an e-mail address to tell. */
record MailRecipient(long userId, String email, String fullName) {}
